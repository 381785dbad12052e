import Foundation
import Testing
@testable import Ingest

/// The limits that HostileXMLTests does not cover already (depth, XML text, gzip ratio):
/// each breach is an IngestError that names the file.
@Suite struct IngestLimitsTests {
    func limitError(_ limits: IngestLimits, _ text: String, source: String) -> IngestError? {
        do {
            _ = try DocumentReader(limits: limits).documents(data: Data(text.utf8), source: source)
            return nil
        } catch {
            return error as? IngestError
        }
    }

    @Test func fileSize() throws {
        var limits = IngestLimits()
        limits.maxFileBytes = 50
        let text = "Title\n\n" + String(repeating: "word ", count: 20)
        #expect(limitError(limits, text, source: "big.txt") == IngestError(path: "big.txt", reason: .tooLarge(bytes: text.utf8.count, limit: 50)))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("preuve-big-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try text.write(to: url, atomically: true, encoding: .utf8)
        let error = #expect(throws: IngestError.self) { try DocumentReader(limits: limits).documents(at: url.path) }
        #expect(error?.path == url.path)
    }

    @Test func documentsPerFile() {
        var limits = IngestLimits()
        limits.maxDocumentsPerFile = 2
        let article = "<PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>T</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
        let set = "<PubmedArticleSet>" + String(repeating: article, count: 3) + "</PubmedArticleSet>"
        #expect(limitError(limits, set, source: "set.xml") == IngestError(path: "set.xml", reason: .limitExceeded("more than 2 documents")))
        let item = "<item><title>T</title><description>D</description></item>"
        let feed = "<rss><channel><title>F</title>" + String(repeating: item, count: 3) + "</channel></rss>"
        #expect(limitError(limits, feed, source: "feed.rss") == IngestError(path: "feed.rss", reason: .limitExceeded("more than 2 documents")))
    }

    @Test func textOfAPlainTextFile() {
        var limits = IngestLimits()
        limits.maxTextBytes = 100
        let text = "Title\n\n" + String(repeating: "word ", count: 100)
        let error = limitError(limits, text, source: "long.txt")
        #expect(error?.path == "long.txt")
        guard case .limitExceeded(let why)? = error?.reason else { Issue.record("\(String(describing: error))"); return }
        #expect(why.contains("over the limit of 100"))
    }

    /// The HTML reader keeps what fits and says so, rather than refusing the page.
    @Test func textOfAnHTMLPageIsCut() throws {
        var limits = IngestLimits()
        limits.maxTextBytes = 200
        let html = "<html><head><title>T</title></head><body><article>" + String(repeating: "<p>Some words of a paragraph here.</p>", count: 50) + "</article></body></html>"
        let document = try #require(try DocumentReader(limits: limits).documents(data: Data(html.utf8), source: "long.html").first)
        #expect(document.text.utf8.count <= 200)
        #expect(document.metadata.note?.contains("truncated") == true)
    }
}
