import Foundation
import PreuveServer
import Testing
import TestSupport

/// A server of the tests' own, in process, on a free loopback port (port 0), over an index
/// built by the real `preuve index`.
struct LiveServer {
    let server: PreuveServer
    let running: PreuveServer.Running
    var port: Int { running.port }

    static func start(index: URL, corpus: URL? = nil,
                      _ configure: (inout ServerConfiguration) -> Void = { _ in }) async throws -> LiveServer {
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.index = index.path
        configuration.corpus = corpus?.path
        configure(&configuration)
        let server = try PreuveServer(configuration: configuration) { _ in }
        let running = try await server.start()
        #expect(running.port > 0)
        return LiveServer(server: server, running: running)
    }

    /// Runs `body` against a fresh server, and stops it whatever happens.
    static func with(index: URL, corpus: URL? = nil, _ configure: (inout ServerConfiguration) -> Void = { _ in },
                     _ body: (Int) async throws -> Void) async throws {
        let live = try await start(index: index, corpus: corpus, configure)
        do {
            try await body(live.port)
        } catch {
            try await live.running.stop()
            throw error
        }
        try await live.running.stop()
    }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        try await HTTPTestClient.get(port, path, headers: headers)
    }
}

/// Builds test catalogues once per run.
enum TestCatalogues {
    static let bundledCorpus = TestPaths.packageRoot.appendingPathComponent("Corpus")
    static let bundled = Result { try BuiltCatalogue.build(corpus: bundledCorpus) }

    /// A corpus of hostile documents: `<script>`, `"><img onerror=…>` and `</script>` in
    /// titles and in sentences that make claims.
    static let hostileCorpus: Result<URL, any Error> = Result {
        let folder = try TestPaths.temporaryDirectory("preuve-hostile").appendingPathComponent("Hostile")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(HostileDocuments.text.utf8).write(to: folder.appendingPathComponent("hostile.txt"))
        try Data(HostileDocuments.html.utf8).write(to: folder.appendingPathComponent("hostile.html"))
        return folder
    }
    static let hostile = Result { try BuiltCatalogue.build(corpus: try hostileCorpus.get()) }

    /// JSON from a CLI run, for comparison with the API's.
    static func cliJSON(_ catalogue: BuiltCatalogue, _ arguments: [String]) throws -> Any {
        let result = try catalogue.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }
}

enum HostileDocuments {
    /// What must never reach a page as markup.
    static let markers = ["<script>alert(", "<img src=x", "</script><script>", "</script><!--"]

    static let text = """
        Mésothérapie et lombalgie <script>alert(1)</script> "><img src=x onerror=alert(2)> </script><script>alert(3)</script>
        Un essai randomisé a montré que la mésothérapie soulage les lombalgies <script>alert(4)</script> "><img src=x onerror=alert(5)> </script><!--.

        Ma lombalgie a disparu après deux séances de mésothérapie </script><script>alert(6)</script>, je confirme.

        """

    static let html = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>&lt;script&gt;alert(7)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(8)&gt; mésothérapie</title></head>
        <body><article><h1>&lt;script&gt;alert(7)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(8)&gt; mésothérapie</h1>
        <p>La mésothérapie soulage les cervicalgies &lt;/script&gt;&lt;script&gt;alert(9)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(10)&gt;.</p>
        <p>Une revue systématique conclut que la mésothérapie ne soulage pas la cellulite &lt;script&gt;alert(11)&lt;/script&gt;.</p>
        </article></body></html>

        """
}

/// Structural equality of two JSON values (as JSONSerialization reads them).
func sameJSON(_ a: Any?, _ b: Any?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return NSDictionary(dictionary: ["v": a]).isEqual(to: ["v": b])
}

/// The `<script type="application/ld+json">` block of a page, as written.
func jsonLDBlock(_ page: String) -> String? {
    guard let open = page.range(of: "<script type=\"application/ld+json\">"),
          let close = page.range(of: "</script>", range: open.upperBound..<page.endIndex) else { return nil }
    return String(page[open.upperBound..<close.lowerBound])
}
