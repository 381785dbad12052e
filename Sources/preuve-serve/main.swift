import ArgumentParser
import Claims
import Foundation
import PreuveServer

/// `preuve-serve` (also `preuve serve`): the web pages and the JSON API over one index.
struct PreuveServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preuve-serve",
        abstract: "Serve the catalogue: web pages for people and a JSON API (docs/openapi.yaml).",
        discussion: """
            Loads the index once and answers many readers at once. The index is opened
            read-only and never written (as with --no-update): keep it fresh with
            `preuve index`, and the server picks up the new snapshot by itself (it looks at
            the file every few seconds). Binds 127.0.0.1 unless told otherwise.

            Examples:
              preuve serve
              preuve serve --port 9000 --index /srv/preuve/Index
              preuve-serve --host 0.0.0.0 --port 8080     (other machines too: mind who can reach it)
            """
    )

    @Option(help: ArgumentHelp("The address to bind: by default this machine only.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port (0 picks a free one, reported on stderr).", valueName: "n"))
    var port = 8080

    @Option(help: ArgumentHelp("The index folder (default: Index, or $PREUVE_INDEX).", valueName: "dir"))
    var index: String?

    @Option(help: ArgumentHelp("One of the index's corpus folders (default: all of them, or $PREUVE_CORPUS).", valueName: "dir"))
    var corpus: String?

    @Option(help: ArgumentHelp("The largest request body accepted (an article to check), in bytes; larger gets 413.", valueName: "bytes"))
    var maxBody = 2 << 20

    @Option(help: ArgumentHelp("The longest a request may take, in seconds (408 for a body, 503 for the work).", valueName: "seconds"))
    var timeout = 20.0

    @Option(help: ArgumentHelp("Count only claims at or above this confidence, 0 to 1.", valueName: "x"))
    var minConfidence = ClaimConfidence.threshold

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 to 65535, not \(port).") }
        guard maxBody > 0 else { throw ValidationError("--max-body must be more than 0.") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0.") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence takes a number from 0 to 1, not \(minConfidence).") }
    }

    static func environment(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    func run() async throws {
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.index = index ?? Self.environment("PREUVE_INDEX") ?? "Index"
        configuration.corpus = corpus ?? Self.environment("PREUVE_CORPUS")
        configuration.maxBodyBytes = maxBody
        configuration.timeoutSeconds = timeout
        configuration.minConfidence = minConfidence
        let server: PreuveServer
        do {
            server = try PreuveServer(configuration: configuration) { Self.err($0) }
        } catch let error as StartupError {
            Self.err(error.description)
            throw ExitCode(2)
        }
        if let reason = server.unavailableReason {
            Self.err("warning: answering 503 until the index can be read: \(reason)")
        }
        let running: PreuveServer.Running
        do {
            running = try await server.start(stopOnSignals: true)
        } catch {
            Self.err("cannot listen on \(host):\(port): \(error)")
            throw ExitCode(1)
        }
        Self.err("listening on \(running.url) (index \(configuration.index); Ctrl-C stops)")
        try await running.wait()
    }

    static func err(_ s: String) {
        FileHandle.standardError.write(Data(("preuve serve: " + s + "\n").utf8))
    }

    /// ArgumentParser exits 64 on a usage error; the command line's contract is 2.
    static func mainWithUsageExit() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

await PreuveServe.mainWithUsageExit()
