import GRDB
import GRDBSQLite

/// One cached INSERT statement run with values bound straight through SQLite's
/// C interface: `index` inserts about 120 rows an article, and boxing each value
/// into GRDB's `StatementArguments` cost more than SQLite's own work.
struct RowInserter {
    private let statement: SQLiteStatement

    init(_ db: Database, _ sql: String) throws {
        statement = try db.cachedStatement(sql: sql).sqliteStatement
    }

    func insert(_ bind: (inout Binder) -> Void) throws {
        sqlite3_reset(statement)
        var binder = Binder(statement: statement)
        bind(&binder)
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            let message = sqlite3_db_handle(statement).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            sqlite3_reset(statement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }

    struct Binder {
        let statement: SQLiteStatement
        private var index: Int32 = 1
        /// SQLite copies the bytes before the call returns (SQLITE_TRANSIENT).
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        init(statement: SQLiteStatement) { self.statement = statement }

        mutating func int<I: BinaryInteger>(_ value: I?) {
            if let value { sqlite3_bind_int64(statement, index, Int64(value)) } else { sqlite3_bind_null(statement, index) }
            index += 1
        }

        mutating func double(_ value: Double?) {
            if let value { sqlite3_bind_double(statement, index, value) } else { sqlite3_bind_null(statement, index) }
            index += 1
        }

        mutating func blob(_ value: [UInt8]) {
            value.withUnsafeBytes { bytes in
                _ = sqlite3_bind_blob(statement, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
            }
            index += 1
        }

        mutating func text(_ value: String?) {
            if var value {
                value.withUTF8 { bytes in
                    _ = bytes.withMemoryRebound(to: CChar.self) {
                        sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), Self.transient)
                    }
                }
            } else {
                sqlite3_bind_null(statement, index)
            }
            index += 1
        }
    }
}
