import Foundation
import NewsTestSupport

/// Runs the built `newsroom` binary as a script would, capturing its output.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String
}

let repositoryRoot = Repository.root

let seedPath = repositoryRoot + "/Fixtures/articles/seed-article.txt"

struct NoBuiltBinary: Error, CustomStringConvertible {
    var description: String {
        "no newsroom binary beside the test bundle; build it with the tests (swift build --build-tests)"
    }
}

/// The `newsroom` built with these tests (the same build folder), never another one lying around.
func newsroomBinary() throws -> String {
    guard let binary = Repository.builtProduct("newsroom") else { throw NoBuiltBinary() }
    return binary
}

func runNewsroom(_ arguments: [String], stdin: Data? = nil, directory: String = repositoryRoot,
                 environment: [String: String] = [:]) throws -> CLIRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try newsroomBinary())
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIRun(status: process.terminationStatus,
                  stdout: String(decoding: outData, as: UTF8.self),
                  stderr: String(decoding: errData, as: UTF8.self))
}

func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "newsroom-cli-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
