import Foundation
import Testing
@testable import NewsModel

/// `FileReader` reads a regular file into one buffer sized from its length and grows
/// the buffer for inputs of unknown length: both must return every byte, and the size
/// cap must hold at its exact edge.
struct FileReaderTests {
    @Test func regularFileAtTheLimitIsReadAndOneByteMoreIsRefused() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/edge.txt"
        let bytes = (0..<5_000).map { UInt8(truncatingIfNeeded: $0 % 251 + 1) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try FileReader.read(path: path, limit: 5_000) == bytes)
        #expect(throws: LoadFailureReason.tooLarge(limit: 4_999)) { try FileReader.read(path: path, limit: 4_999) }
    }

    @Test func pipeLongerThanTheFirstBufferIsReadWhole() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 253 + 1) }
        let writer = Thread { [fd = fds[1]] in
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(fd)
        }
        writer.start()
        #expect(try FileReader.read(path: "/dev/fd/\(fds[0])") == bytes)
    }

    @Test func textDecodingTellsASCIIBinaryAndInvalidApart() throws {
        #expect(try TextDecoding.decode(Array("plain ASCII text, long enough for words".utf8)).text
                == "plain ASCII text, long enough for words")
        #expect(try TextDecoding.decode(Array("caf\u{E9} \u{201C}quoted\u{201D}".utf8)).text == "caf\u{E9} \u{201C}quoted\u{201D}")
        #expect(throws: LoadFailureReason.binary) { try TextDecoding.decode(Array("twelve bytes\u{0}".utf8)) }
        #expect(throws: LoadFailureReason.binary) { try TextDecoding.decode([0x41, 0x00]) }
        let invalid = try TextDecoding.decode(Array("abcdefgh".utf8) + [0xFF] + Array("ijklmnop".utf8))
        #expect(invalid.text == "abcdefgh\u{FFFD}ijklmnop")
        #expect(invalid.warnings.count == 1)
    }
}
