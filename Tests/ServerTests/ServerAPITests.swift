import Foundation
import Testing
import TestSupport

/// Every endpoint of the JSON API on the bundled corpus, against the command line's own
/// answers, and its errors (issue 15).
@Suite struct ServerAPITests {
    func catalogue() throws -> BuiltCatalogue { try TestCatalogues.bundled.get() }

    @Test func healthSaysWhatIsLoaded() async throws {
        let catalogue = try catalogue()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let answer = try await HTTPTestClient.get(port, "/api/health")
            #expect(answer.status == 200)
            let health = try #require(answer.json as? [String: Any])
            #expect(health["status"] as? String == "ok")
            #expect((health["documents"] as? Int ?? 0) > 20)
            #expect((health["claims"] as? Int ?? 0) > 100)
            #expect(answer.header("content-type")?.hasPrefix("application/json") == true)
        }
    }

    @Test func indicationsAreThoseOfTheCommandLine() async throws {
        let catalogue = try catalogue()
        let cli = try TestCatalogues.cliJSON(catalogue, ["indications"])
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let answer = try await HTTPTestClient.get(port, "/api/indications")
            #expect(answer.status == 200)
            #expect(sameJSON(answer.json, cli), "GET /api/indications differs from preuve indications --format json")
        }
    }

    @Test(arguments: [
        ("lombalgie", nil), ("Low%20back%20pain", nil), ("low-back-pain", "mesotherapy"), ("arthrose", "m%C3%A9soth%C3%A9rapie"),
        ("back+pain", nil),
    ] as [(String, String?)])
    func queryIsTheCommandLineAnswer(indication: String, intervention: String?) async throws {
        let catalogue = try catalogue()
        let word = Forms.decode(indication)
        let cli = try TestCatalogues.cliJSON(catalogue, ["query", word] + (intervention.map { ["--intervention", Forms.decode($0)] } ?? []))
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let path = "/api/query?indication=\(indication)" + (intervention.map { "&intervention=\($0)" } ?? "")
            let answer = try await HTTPTestClient.get(port, path)
            #expect(answer.status == 200, "\(answer.text)")
            #expect(sameJSON(answer.json, cli), "GET \(path) differs from preuve query")
            let again = try await HTTPTestClient.get(port, path)
            #expect(again.body == answer.body, "the second answer (from the cache) is the first")
        }
    }

    @Test func queryErrors() async throws {
        let catalogue = try catalogue()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            // No indication: a usage error.
            let missing = try await HTTPTestClient.get(port, "/api/query")
            #expect(missing.status == 400)
            #expect((missing.json as? [String: Any])?["exit_code"] as? Int == 2)
            // A word the vocabulary lacks: 404 with suggestions.
            let unknown = try await HTTPTestClient.get(port, "/api/query?indication=lombalgiez")
            #expect(unknown.status == 404)
            let body = try #require(unknown.json as? [String: Any])
            #expect((body["suggestions"] as? [String])?.contains("lombalgie") == true)
            #expect((body["error"] as? String)?.contains("lombalgiez") == true)
            // A known indication without claims: 200, verdict unknown (as `preuve query` exits 0).
            let known = try await HTTPTestClient.get(port, "/api/query?indication=dorsalgie")
            #expect(known.status == 200)
            let verdicts = (known.json as? [String: Any])?["verdicts"] as? [[String: Any]]
            #expect(verdicts?.first?["verdict"] as? String == "unknown")
            // An unknown intervention.
            let intervention = try await HTTPTestClient.get(port, "/api/query?indication=lombalgie&intervention=mesotherapyy")
            #expect(intervention.status == 404)
        }
    }

    @Test func searchIsTheCommandLineAnswer() async throws {
        let catalogue = try catalogue()
        let cli = try TestCatalogues.cliJSON(catalogue, ["search", "mésothérapie lombalgie", "--limit", "5"])
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let answer = try await HTTPTestClient.get(port, "/api/search?q=m%C3%A9soth%C3%A9rapie+lombalgie&limit=5")
            #expect(answer.status == 200)
            #expect(sameJSON(answer.json, cli), "GET /api/search differs from preuve search")
            #expect(try await HTTPTestClient.get(port, "/api/search").status == 400)
            #expect(try await HTTPTestClient.get(port, "/api/search?q=").status == 400)
            #expect(try await HTTPTestClient.get(port, "/api/search?q=x&limit=abc").status == 400)
            #expect(try await HTTPTestClient.get(port, "/api/search?q=x&limit=100000").status == 400)
        }
    }

    @Test func documentsByID() async throws {
        let catalogue = try catalogue()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let plain = try await HTTPTestClient.get(port, "/api/documents/Corpus/articles/fr-actu-sante-express-mal-de-dos-etude.html")
            #expect(plain.status == 200, "\(plain.text)")
            let document = try #require(plain.json as? [String: Any])
            #expect(document["doc"] as? String == "Corpus/articles/fr-actu-sante-express-mal-de-dos-etude.html")
            #expect(((document["claims"] as? [[String: Any]]) ?? []).count > 2)
            #expect((document["text"] as? String)?.isEmpty == false)
            // A record of a PubMed set: its `#` percent-encoded.
            let search = try await HTTPTestClient.get(port, "/api/search?q=mesotherapy&limit=100")
            let hits = ((search.json as? [String: Any])?["hits"] as? [[String: Any]]) ?? []
            let id = try #require(hits.compactMap { $0["doc"] as? String }.first { $0.contains("#") })
            #expect(id.contains("#"))
            let record = try await HTTPTestClient.get(port, "/api/documents/" + id.replacingOccurrences(of: "#", with: "%23"))
            #expect(record.status == 200)
            #expect((record.json as? [String: Any])?["doc"] as? String == id)
            // Unknown, and paths that only look like files.
            for path in ["/api/documents/Corpus/nothing.html", "/api/documents/../../etc/passwd", "/api/documents/%2Fetc%2Fpasswd",
                         "/api/documents/Package.swift"] {
                let answer = try await HTTPTestClient.get(port, path)
                #expect(answer.status == 404, "\(path)")
                #expect(!answer.text.contains("root:"), "\(path)")
            }
        }
    }

    static let article = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La mésothérapie contre le mal de dos</title></head>
        <body><article><h1>La mésothérapie contre le mal de dos</h1>
        <p>La mésothérapie soulage les lombalgies et guérit la cellulite.</p>
        <p>Une méta-analyse a montré que la mésothérapie est efficace dans l'arthrose du genou.</p>
        </article></body></html>
        """

    @Test func checkAndClaimsAreTheCommandLineAnswers() async throws {
        let catalogue = try catalogue()
        let file = try TestPaths.temporaryDirectory("preuve-article").appendingPathComponent("article.html")
        try Data(Self.article.utf8).write(to: file)
        let cliCheck = try #require(try TestCatalogues.cliJSON(catalogue, ["check", file.path]) as? [String: Any])
        let cliClaims = try #require(try PreuveProcess.run(["claims", file.path, "--format", "json"]).stdout.data(using: .utf8))
        let claimsCLI = try #require(try JSONSerialization.jsonObject(with: cliClaims) as? [[String: Any]])
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let check = try await HTTPTestClient.post(port, "/api/check?name=article.html", body: Data(Self.article.utf8))
            #expect(check.status == 200, "\(check.text)")
            let body = try #require(check.json as? [String: Any])
            #expect(body["claims"] as? Int == cliCheck["claims"] as? Int)
            #expect(body["flagged"] as? Int == cliCheck["flagged"] as? Int)
            #expect((body["flagged"] as? Int ?? 0) > 0)
            let assessments = { (b: [String: Any]) in ((b["checks"] as? [[String: Any]]) ?? []).map { $0["assessment"] as? String ?? "" } }
            #expect(assessments(body) == assessments(cliCheck))

            let reviews = try await HTTPTestClient.post(port, "/api/check?format=claimreview&url=https://example.org/a",
                                                        body: Data(Self.article.utf8))
            #expect(reviews.status == 200)
            let list = try #require(reviews.json as? [[String: Any]])
            #expect(list.count == body["claims"] as? Int)
            #expect(list.first?["@type"] as? String == "ClaimReview")

            let claims = try await HTTPTestClient.post(port, "/api/claims", body: Data(Self.article.utf8), contentType: "text/plain")
            #expect(claims.status == 200)
            let found = try #require(claims.json as? [[String: Any]])
            let key = { (c: [String: Any]) in "\(c["indication"] ?? "")/\(c["stance"] ?? "")/\(c["basis"] ?? "")/\(c["start"] ?? "")" }
            #expect(found.map(key) == claimsCLI.map(key))

            // Errors: no body, an unknown `about`, a bad format.
            #expect(try await HTTPTestClient.post(port, "/api/check", body: Data()).status == 400)
            let about = try await HTTPTestClient.post(port, "/api/claims?about=mesotherapyy", body: Data(Self.article.utf8))
            #expect(about.status == 400)
            #expect(try await HTTPTestClient.post(port, "/api/check?format=xml", body: Data(Self.article.utf8)).status == 400)
        }
    }

    @Test func bodyOverTheLimitIs413() async throws {
        let catalogue = try catalogue()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus, { $0.maxBodyBytes = 4096 }) { port in
            let big = Data(String(repeating: "La mésothérapie soulage les lombalgies. ", count: 400).utf8)
            for path in ["/api/check", "/api/claims", "/check"] {
                let answer = try await HTTPTestClient.post(port, path, body: big, contentType: "text/plain")
                #expect(answer.status == 413, "\(path): \(answer.status)")
            }
            let json = try await HTTPTestClient.post(port, "/api/claims", body: big)
            #expect((json.json as? [String: Any])?["status"] as? Int == 413)
            // Under the limit still answers.
            #expect(try await HTTPTestClient.post(port, "/api/claims", body: Data("La mésothérapie soulage les lombalgies.".utf8)).status == 200)
        }
    }

    @Test func aBodyThatNeverArrivesTimesOut() async throws {
        let catalogue = try catalogue()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus, { $0.timeoutSeconds = 1 }) { port in
            let start = Date()
            let answer = try await HTTPTestClient.request(port, method: "POST", path: "/api/check", headers: ["Content-Type": "text/plain"],
                                                          body: Data("La".utf8), declaredLength: 1000, stallAfterHeaders: true, timeout: 30)
            #expect(answer.status == 408, "\(answer.status) \(answer.text)")
            #expect(Date().timeIntervalSince(start) < 30 * TestPaths.slowdown, "answered by the request's own time limit, not the idle timeout")
        }
    }

    @Test func unknownRoutesAndMethods() async throws {
        let catalogue = try catalogue()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let api = try await HTTPTestClient.get(port, "/api/nothing")
            #expect(api.status == 404)
            #expect((api.json as? [String: Any])?["status"] as? Int == 404)
            let page = try await HTTPTestClient.get(port, "/nothing")
            #expect(page.status == 404)
            #expect(page.header("content-type")?.hasPrefix("text/html") == true)
            let method = try await HTTPTestClient.request(port, method: "DELETE", path: "/api/query?indication=lombalgie")
            #expect(method.status == 405)
            #expect(method.header("allow") == "GET")
            #expect(try await HTTPTestClient.get(port, "/api/check").status == 405)
            let static_ = try await HTTPTestClient.get(port, "/static/../Package.swift")
            #expect(static_.status == 404)
            #expect(!static_.text.contains("PackageDescription"))
        }
    }

    @Test func anUnreadableIndexIs503() async throws {
        // No index at all (read-only: never built), then a corrupt snapshot.
        let empty = try TestPaths.temporaryDirectory("preuve-noindex")
        try await LiveServer.with(index: empty) { port in
            let health = try await HTTPTestClient.get(port, "/api/health")
            #expect(health.status == 503)
            #expect((health.json as? [String: Any])?["status"] as? String == "unavailable")
            let query = try await HTTPTestClient.get(port, "/api/query?indication=lombalgie")
            #expect(query.status == 503)
            #expect(try await HTTPTestClient.get(port, "/").status == 503)
        }
        #expect(!FileManager.default.fileExists(atPath: empty.appendingPathComponent("catalogue.preuve").path),
                "the server never writes the index")
        let corrupt = try TestPaths.temporaryDirectory("preuve-corrupt")
        try Data("preuve-catalogue but not really".utf8).write(to: corrupt.appendingPathComponent("catalogue.preuve"))
        try await LiveServer.with(index: corrupt) { port in
            let query = try await HTTPTestClient.get(port, "/api/query?indication=lombalgie")
            #expect(query.status == 503)
            let body = try #require(query.json as? [String: Any])
            #expect(body["exit_code"] as? Int == 3)
            #expect((body["error"] as? String)?.contains("catalogue.preuve") == true)
            #expect(try await HTTPTestClient.get(port, "/api/indications").status == 503)
            #expect(try await HTTPTestClient.get(port, "/api/search?q=x").status == 503)
        }
    }

    /// A part of the index found damaged only when first read (format 6 checks each block on
    /// first use): the requests that read it answer 503 with exit code 3 and the file, the
    /// others still answer.
    @Test func aSectionDamagedAfterLoadingIs503ForTheRequestsThatReadIt() async throws {
        let built = try TestCatalogues.bundled.get()
        let index = try TestPaths.temporaryDirectory("preuve-damaged")
        // The meta file and its segments.
        for name in try FileManager.default.contentsOfDirectory(atPath: built.index.path) where !name.hasPrefix(".") {
            try FileManager.default.copyItem(at: built.index.appendingPathComponent(name), to: index.appendingPathComponent(name))
        }
        let verify = try PreuveProcess.run(["verify", "--format", "json", "--index", index.path])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any], "\(verify.stderr)")
        let texts = try #require((report["sections"] as? [[String: Any]])?.first { $0["name"] as? String == "texts" })
        let offset = try #require(texts["offset"] as? Int), length = try #require(texts["length"] as? Int)
        let segment = index.appendingPathComponent(try #require(texts["file"] as? String))
        var bytes = try Data(contentsOf: segment)
        bytes[offset + length / 2] ^= 0x10
        try bytes.write(to: segment)
        try await LiveServer.with(index: index, corpus: built.corpus) { port in
            #expect(try await HTTPTestClient.get(port, "/api/query?indication=lombalgie").status == 200, "the claims are sound")
            let search = try await HTTPTestClient.get(port, "/api/search?q=m%C3%A9soth%C3%A9rapie")
            #expect(search.status == 503, "snippets read the damaged texts")
            let body = try #require(search.json as? [String: Any])
            #expect(body["exit_code"] as? Int == 3)
            #expect((body["error"] as? String)?.contains("texts") == true, "\(body)")
        }
    }

    /// The server opens the index read-only: a changed corpus is not indexed, the snapshot
    /// is left as it was.
    @Test func theIndexIsNeverWritten() async throws {
        let source = try TestCatalogues.hostileCorpus.get()
        let corpus = try TestPaths.temporaryDirectory("preuve-ro").appendingPathComponent("Hostile")
        try FileManager.default.copyItem(at: source, to: corpus)
        let catalogue = try BuiltCatalogue.build(corpus: corpus)
        let snapshot = catalogue.index.appendingPathComponent("catalogue.preuve")
        let before = try Data(contentsOf: snapshot)
        try Data("Nouveau\nLa mésothérapie soulage les migraines.\n".utf8).write(to: corpus.appendingPathComponent("new.txt"))
        try await LiveServer.with(index: catalogue.index, corpus: corpus) { port in
            let health = try #require(try await HTTPTestClient.get(port, "/api/health").json as? [String: Any])
            #expect((health["warnings"] as? [String])?.contains { $0.contains("stale") } == true)
            #expect(try await HTTPTestClient.get(port, "/api/query?indication=migraine").status == 200)
        }
        #expect(try Data(contentsOf: snapshot) == before)
    }
}

/// The query string as the server decodes it (for building CLI arguments from test paths).
enum Forms {
    static func decode(_ s: String) -> String {
        (s.replacingOccurrences(of: "+", with: " ")).removingPercentEncoding ?? s
    }
}
