import Foundation
import Testing
import TestSupport

/// The pages: what each shows, in both languages, with the security headers, and a hostile
/// document rendered inert everywhere it appears (issue 15).
@Suite struct PageTests {
    @Test func everyPageCarriesTheSecurityHeaders() async throws {
        let catalogue = try TestCatalogues.bundled.get()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            for path in ["/", "/indications/lombalgie", "/search?q=lombalgie", "/check", "/api/health", "/nothing",
                         "/documents/Corpus/articles/fr-actu-sante-express-mal-de-dos-etude.html"] {
                let answer = try await HTTPTestClient.get(port, path)
                let policy = answer.header("content-security-policy") ?? ""
                #expect(policy.contains("script-src 'none'"), "\(path)")
                #expect(!policy.contains("unsafe-inline"), "\(path)")
                #expect(answer.header("x-content-type-options") == "nosniff", "\(path)")
            }
            let css = try await HTTPTestClient.get(port, "/static/style.css")
            #expect(css.status == 200)
            #expect(css.header("content-type")?.hasPrefix("text/css") == true)
        }
    }

    @Test func homeShowsTheCatalogue() async throws {
        let catalogue = try TestCatalogues.bundled.get()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let home = try await HTTPTestClient.get(port, "/")
            #expect(home.status == 200)
            #expect(home.text.contains("<form class=\"search\" action=\"/search\""))
            #expect(home.text.contains("class=\"badge verdict-supported\""))
            #expect(home.text.contains("href=\"/indications/osteoarthritis\""))
            #expect(!home.text.contains("<script"), "the pages need no script")
        }
    }

    @Test func frenchAndEnglish() async throws {
        let catalogue = try TestCatalogues.bundled.get()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let french = try await HTTPTestClient.get(port, "/", headers: ["Accept-Language": "fr-FR,fr;q=0.9,en;q=0.8"])
            #expect(french.text.contains("<html lang=\"fr\">"))
            #expect(french.text.contains("Le catalogue en un coup d"))
            #expect(french.text.contains(">Insuffisant<"))
            #expect(french.text.contains("href=\"/?lang=en\""), "the switch")
            let english = try await HTTPTestClient.get(port, "/", headers: ["Accept-Language": "de, en;q=0.5"])
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains("The catalogue at a glance"))
            // The switch wins over the header, and is remembered.
            let switched = try await HTTPTestClient.get(port, "/indications/lombalgie?lang=fr", headers: ["Accept-Language": "en"])
            #expect(switched.text.contains("<h1>lombalgie"))
            #expect(switched.header("set-cookie")?.hasPrefix("lang=fr") == true)
            let remembered = try await HTTPTestClient.get(port, "/", headers: ["Accept-Language": "en", "Cookie": "lang=fr"])
            #expect(remembered.text.contains("<html lang=\"fr\">"))
        }
    }

    @Test func indicationPage() async throws {
        let catalogue = try TestCatalogues.bundled.get()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let page = try await HTTPTestClient.get(port, "/indications/lombalgie").text
            #expect(page.contains("data-verdict=\"insufficient\""))
            #expect(page.contains("<ol class=\"claims deciding\">"))
            #expect(page.contains("<svg class=\"chart\""))
            #expect(page.contains("class=\"rationale\""))
            #expect(page.contains("<ol class=\"claims testimony\">"), "testimony set apart")
            // Deciding sources link to their sentence in their document.
            #expect(page.range(of: #"href="/documents/Corpus/reports/[^"]+#c-\d+""#, options: .regularExpression) != nil)
            #expect(try await HTTPTestClient.get(port, "/indications/lombalgie?all=1&intervention=mesotherapy").status == 200)
            let unknown = try await HTTPTestClient.get(port, "/indications/lombalgiez")
            #expect(unknown.status == 404)
            #expect(unknown.text.contains("lombalgie"), "suggestions")
        }
    }

    @Test func documentPageHighlightsAndExplainsClaims() async throws {
        let catalogue = try TestCatalogues.bundled.get()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let page = try await HTTPTestClient.get(port, "/documents/Corpus/articles/fr-actu-sante-express-mal-de-dos-etude.html")
            #expect(page.status == 200)
            #expect(page.text.contains("<mark id=\"c-"))
            #expect(page.text.contains("class=\"claim-note"))
            #expect(page.text.contains("<ul class=\"cues\">"), "the cues of --explain")
            #expect(try await HTTPTestClient.get(port, "/documents/Corpus/none.html").status == 404)
        }
    }

    @Test func searchPage() async throws {
        let catalogue = try TestCatalogues.bundled.get()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let page = try await HTTPTestClient.get(port, "/search?q=lombalgie").text
            #expect(page.contains("<p class=\"snippet\">"))
            #expect(page.contains("<mark>"))
            #expect(page.contains("class=\"indication-card\""), "an indication's verdicts first")
            #expect(page.contains("value=\"lombalgie\""))
        }
    }

    @Test func factCheckPageFromAFormAndAnUpload() async throws {
        let catalogue = try TestCatalogues.bundled.get()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let form = try await HTTPTestClient.get(port, "/check")
            #expect(form.text.contains("enctype=\"multipart/form-data\""))
            let article = ServerAPITests.article
            let encoded = "text=" + (article.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            let posted = try await HTTPTestClient.post(port, "/check", body: Data(encoded.utf8),
                                                       contentType: "application/x-www-form-urlencoded")
            #expect(posted.status == 200, "\(posted.text)")
            #expect(posted.text.contains("class=\"check-item"))
            #expect(posted.text.contains(" flagged"))
            #expect(jsonLDBlock(posted.text) != nil)
            // The same article as an uploaded file.
            let boundary = "----preuveTestBoundary"
            var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n".utf8)
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"article.html\"\r\nContent-Type: text/html\r\n\r\n".utf8)
            body += Data(article.utf8)
            body += Data("\r\n--\(boundary)--\r\n".utf8)
            let uploaded = try await HTTPTestClient.post(port, "/check", body: body, contentType: "multipart/form-data; boundary=\(boundary)")
            #expect(uploaded.status == 200)
            let reviews = try #require(jsonLDBlock(uploaded.text))
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(reviews.utf8)) as? [[String: Any]])
            #expect(parsed.count >= 2)
            #expect(uploaded.text.contains("download=\"claimreview.json\" href=\"data:application/ld+json;base64,"))
            // Nothing to check.
            let empty = try await HTTPTestClient.post(port, "/check", body: Data("text=".utf8), contentType: "application/x-www-form-urlencoded")
            #expect(empty.status == 400)
            // A document of the catalogue.
            let stored = try await HTTPTestClient.get(port, "/check?doc=Corpus%2Farticles%2Ffr-actu-sante-express-mal-de-dos-etude.html")
            #expect(stored.status == 200)
            #expect(stored.text.contains("class=\"check-item"))
        }
    }

    // MARK: hostile documents

    /// Every page where the hostile documents' words appear shows them as text, never markup;
    /// the JSON-LD holds no `<` at all, and still says what the document said.
    @Test func hostileDocumentsRenderInert() async throws {
        let catalogue = try TestCatalogues.hostile.get()
        try await LiveServer.with(index: catalogue.index, corpus: catalogue.corpus) { port in
            let pages = [
                "/", "/indications/lombalgie", "/indications/cervicalgie", "/indications/cellulite",
                "/documents/Hostile/hostile.txt", "/documents/Hostile/hostile.html",
                "/search?q=m%C3%A9soth%C3%A9rapie", "/search?q=%3Cscript%3E",
                "/check?doc=Hostile%2Fhostile.txt", "/check?doc=Hostile%2Fhostile.html",
                "/indications/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/search?q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(2)%3E",
            ]
            var shown = 0
            for path in pages {
                let page = try await HTTPTestClient.get(port, path)
                for marker in HostileDocuments.markers {
                    #expect(!page.text.contains(marker), "\(path) holds \(marker) as markup")
                }
                #expect(!page.text.contains("onerror=alert") || page.text.contains("&quot;&gt;&lt;img src=x onerror=alert"), "\(path)")
                // At most the one JSON-LD block may be a script element.
                let scripts = page.text.components(separatedBy: "<script").count - 1
                #expect(scripts == (jsonLDBlock(page.text) == nil ? 0 : 1), "\(path) has \(scripts) script elements")
                if page.text.contains("&lt;script&gt;alert(") { shown += 1 }
            }
            #expect(shown >= 6, "the hostile words are shown, escaped, on the pages that quote them")

            // The fact-check of each hostile document: its JSON-LD is inert and intact.
            for id in ["Hostile%2Fhostile.txt", "Hostile%2Fhostile.html"] {
                let page = try await HTTPTestClient.get(port, "/check?doc=\(id)").text
                let block = try #require(jsonLDBlock(page), "\(id) has its JSON-LD")
                #expect(!block.contains("<"), "\(id): no < in JSON-LD")
                #expect(!block.contains(">"), "\(id): no > in JSON-LD")
                let reviews = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [[String: Any]])
                #expect(!reviews.isEmpty)
                let reviewed = reviews.compactMap { $0["claimReviewed"] as? String }.joined()
                #expect(reviewed.contains("</script>") || reviewed.contains("<script>"), "the reviewed sentence is kept, as data")
            }

            // An article posted with the same words.
            let posted = try await HTTPTestClient.post(port, "/check", body: Data(("text=" + (HostileDocuments.html
                .addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")).utf8), contentType: "application/x-www-form-urlencoded")
            #expect(posted.status == 200)
            for marker in HostileDocuments.markers { #expect(!posted.text.contains(marker)) }
            #expect(!(jsonLDBlock(posted.text) ?? "<").contains("<"))

            // The API's JSON is JSON: the words are strings in it, served as application/json with nosniff.
            let api = try await HTTPTestClient.get(port, "/api/documents/Hostile/hostile.txt")
            #expect(api.header("content-type")?.hasPrefix("application/json") == true)
            #expect((api.json as? [String: Any])?["title"] as? String == "Mésothérapie et lombalgie <script>alert(1)</script> \"><img src=x onerror=alert(2)> </script><script>alert(3)</script>")
        }
    }
}

/// Every word a template asks for (`{{t.key}}`) is in messages.tsv, in English and French.
@Suite struct TemplateMessagesTests {
    @Test func everyMessageATemplateUsesExists() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Sources/PreuveServer/Templates")
        let table = try String(contentsOf: folder.appendingPathComponent("messages.tsv"), encoding: .utf8)
        var keys = Set<String>()
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(cells.count == 3 && !cells[1].isEmpty && !cells[2].isEmpty, "messages.tsv: \(line)")
            keys.insert(String(cells[0]).replacingOccurrences(of: ".", with: "_").replacingOccurrences(of: "-", with: "_"))
        }
        let templates = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(templates.count >= 8)
        for name in templates {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var rest = text[...]
            while let range = rest.range(of: #"\{\{t\.[a-z_]+\}\}"#, options: .regularExpression) {
                let key = String(rest[range].dropFirst(4).dropLast(2))
                #expect(keys.contains(key), "\(name) asks for t.\(key), which messages.tsv lacks")
                rest = rest[range.upperBound...]
            }
        }
    }
}
