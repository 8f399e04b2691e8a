import ArgumentParser

// ArgumentParser exits 64 on usage errors; Newsroom documents 2, like most Unix tools.
do {
    var command = try Newsroom.parseAsRoot(ArchiveAccess.normalize(Array(CommandLine.arguments.dropFirst())))
    try command.run()
} catch {
    let code = Newsroom.exitCode(for: error)
    if code == .validationFailure {
        Output.error(Newsroom.fullMessage(for: error))
        Newsroom.exit(withError: ExitCode(ExitStatus.usage))
    }
    Newsroom.exit(withError: error)
}
