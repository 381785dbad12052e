import ArgumentParser
import Foundation

/// `preuve serve`: runs `preuve-serve`, the web pages and HTTP API, from the folder this
/// binary is in. The server is a program of its own so that `preuve` neither builds nor links
/// SwiftNIO; its options are its own (`preuve serve --help` shows them).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the catalogue: web pages for people and a JSON API (runs preuve-serve, installed beside preuve).",
        discussion: """
            Loads the index once, read-only (it is never written: keep it fresh with `preuve index`),
            and answers on http://127.0.0.1:8080 unless told otherwise. Options, passed to preuve-serve:
              --host ADDRESS        the address to bind (default 127.0.0.1: this machine only)
              --port N              the port (default 8080; 0 picks a free one)
              --index DIR           the index (default Index, or $PREUVE_INDEX)
              --corpus DIR          one of the index's corpus folders (default: all of them)
              --max-body BYTES      the largest article accepted by POST (default 2097152)
              --timeout SECONDS     the longest a request may take (default 20)
              --min-confidence X    count only claims at or above this confidence
            The API is described in docs/openapi.yaml.

            Examples:
              preuve serve
              preuve serve --port 9000 --index /srv/preuve/Index
            """
    )

    @Argument(parsing: .captureForPassthrough, help: "Options of preuve-serve (see above).")
    var arguments: [String] = []

    func run() throws {
        let server = try Self.serverExecutable()
        let argv = [server] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        execv(server, &cArguments)
        let reason = String(cString: strerror(errno))
        for pointer in cArguments { free(pointer) }
        Console.err("cannot run \(server): \(reason)")
        throw Exit.inputFailed
    }

    /// `preuve-serve` in the folder of this executable (as invoked, then through its links).
    static func serverExecutable() throws -> String {
        let name = "preuve-serve"
        var folders: [URL] = []
        if let own = Bundle.main.executableURL {
            folders.append(own.deletingLastPathComponent())
            folders.append(own.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        let invoked = URL(fileURLWithPath: CommandLine.arguments[0])
        if CommandLine.arguments[0].contains("/") { folders.append(invoked.deletingLastPathComponent()) }
        for folder in folders {
            let candidate = folder.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let looked = Array(Set(folders.map(\.path))).sorted().joined(separator: ", ")
        Console.err("""
            `preuve serve` runs \(name), which is not beside this preuve (looked in \(looked)). \
            Build it with `swift build -c release --product \(name)` (it lands in .build/release/, beside preuve), \
            or install both with Scripts/install.sh.
            """)
        throw Exit.usage
    }
}
