import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

let commandNames = Newsroom.configuration.subcommands.map { $0.configuration.commandName ?? String(describing: $0).lowercased() }
if let typo = CommandTypo.message(Array(CommandLine.arguments.dropFirst()), commands: commandNames + ["help"]) {
    Output.error(typo)
    exit(ExitStatus.usage)
}

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
