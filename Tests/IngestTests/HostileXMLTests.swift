import Foundation
import Testing
import Documents
import TestSupport
@testable import Ingest

/// Files built to hurt a parser: each gives safe text or an `IngestError` naming the file,
/// fast, and never the content of a file outside or an expanded entity bomb.
@Suite struct HostileXMLTests {
    /// Documents, or the error, of one file, with everything they say flattened into one string.
    private func outcome(_ path: String, limits: IngestLimits = .default) -> (docs: [Document], error: IngestError?, said: String) {
        do {
            let docs = try DocumentReader(limits: limits).documents(at: path)
            let said = docs.map { [$0.title, $0.text, $0.authors.joined(), $0.metadata.description ?? ""].joined(separator: "\n") }.joined()
            return (docs, nil, said)
        } catch let error as IngestError {
            return ([], error, error.description)
        } catch {
            Issue.record("\(path): not an IngestError: \(error)")
            return ([], nil, "")
        }
    }

    @Test func externalEntitiesAreNeverRead() {
        for name in ["hostile/xxe.xml", "hostile/xxe-pubmed.xml"] {
            let result = outcome(Fixtures.path(name))
            #expect(!result.said.contains("root:"), "\(name) leaked /etc/passwd")
            #expect(result.docs.count == 1 || result.error != nil)
        }
        let pubmed = outcome(Fixtures.path("hostile/xxe-pubmed.xml"))
        #expect(pubmed.docs.first?.title == "XXE test", "the unexpanded reference gives no text")
    }

    @Test(arguments: ["hostile/billion-laughs.xml", "hostile/billion-laughs-pubmed.xml"])
    func billionLaughsNeitherExpandsNorHangs(name: String) {
        let clock = ContinuousClock()
        var result: (docs: [Document], error: IngestError?, said: String) = ([], nil, "")
        let elapsed = clock.measure { result = outcome(Fixtures.path(name)) }
        #expect(elapsed < .seconds(5))
        #expect(!result.said.contains("lollol"))
        #expect(result.error?.path.hasSuffix(name) ?? true)
    }

    @Test func truncatedFileNamesTheFileAndLine() throws {
        let result = outcome(Fixtures.path("hostile/truncated.xml"))
        let error = try #require(result.error)
        #expect(error.path.hasSuffix("hostile/truncated.xml"))
        guard case .malformed(let why) = error.reason else { Issue.record("\(error)"); return }
        #expect(why.contains("line"))
    }

    @Test func junkEmptyAndTruncatedGzip() {
        #expect(outcome(Fixtures.path("hostile/junk.bin")).error?.reason == .binary)
        #expect(outcome(Fixtures.path("hostile/empty.xml")).error?.reason == .empty)
        let gz = outcome(Fixtures.path("hostile/truncated.xml.gz")).error
        #expect(gz?.reason == .malformed("gzip: truncated stream"))
    }

    @Test func gzipBombIsRefusedByRatio() throws {
        let error = try #require(outcome(Fixtures.path("hostile/bomb.xml.gz")).error)
        guard case .limitExceeded(let why) = error.reason else { Issue.record("\(error)"); return }
        #expect(why.contains("gzip bomb"))
        // The streaming path refuses it too.
        let stream = try ByteStream(path: Fixtures.path("hostile/bomb.xml.gz"), limits: .default)
        #expect(throws: IngestError.self) { try stream.drain() }
    }

    @Test func nestingBeyondTheDepthLimit() throws {
        var limits = IngestLimits()
        limits.maxDepth = 40
        let deep = String(repeating: "<d>", count: 60) + "x" + String(repeating: "</d>", count: 60)
        #expect {
            try DocumentReader(limits: limits).documents(data: Data(deep.utf8), source: "deep.xml")
        } throws: { error in
            guard let e = error as? IngestError, case .limitExceeded = e.reason else { return false }
            return e.path == "deep.xml"
        }
        let pubmed = "<PubmedArticleSet><PubmedArticle>" + deep + "</PubmedArticle></PubmedArticleSet>"
        #expect(throws: IngestError.self) {
            try DocumentReader(limits: limits).documents(data: Data(pubmed.utf8), source: "deep-pubmed.xml")
        }
        // Far deeper than libxml2's own ceiling: an error, not a crash.
        let deeper = String(repeating: "<d>", count: 20_000) + String(repeating: "</d>", count: 20_000)
        #expect(throws: IngestError.self) {
            try DocumentReader().documents(data: Data(deeper.utf8), source: "deeper.xml")
        }
    }

    @Test func textLimit() {
        var limits = IngestLimits()
        limits.maxTextBytes = 100
        let xml = "<doc><p>" + String(repeating: "word ", count: 100) + "</p></doc>"
        #expect(throws: IngestError.self) {
            try DocumentReader(limits: limits).documents(data: Data(xml.utf8), source: "long.xml")
        }
    }

    /// Entities are never substituted: a declared internal entity gives no text, and an
    /// entity the external DTD would define (never loaded) is no reason to refuse the file.
    @Test func entitiesStayUnexpanded() throws {
        let declared = "<!DOCTYPE doc [<!ENTITY co \"EXPANDED\">]><doc><p>Made by &co; here.</p></doc>"
        let doc = try #require(try DocumentReader().documents(data: Data(declared.utf8), source: "internal.xml").first)
        #expect(doc.text == "Made by here.")
        let external = """
        <!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN" "JATS-archivearticle1.dtd">
        <article><front><article-meta><title-group><article-title>A&mdash;B</article-title></title-group></article-meta></front><body><p>Text.</p></body></article>
        """
        let jats = try #require(try DocumentReader().documents(data: Data(external.utf8), source: "external.xml").first)
        #expect(jats.format == .jats && jats.title == "AB")
    }

    @Test func undefinedEntityIsAnError() {
        #expect(throws: IngestError.self) {
            try DocumentReader().documents(data: Data("<doc>&nope;</doc>".utf8), source: "undef.xml")
        }
    }

    /// libxml2's own malformed inputs and entity bombs from ../shared, every file of them
    /// (DTDs and entity files too), and every file of the other real-world XML folders.
    @Test func libxml2HostileCorpus() throws {
        guard let realworld = realworld("") else { return }
        var outcomes: [String: Int] = [:]
        for sub in ["hostile/errors", "hostile/recurse", "pubmed", "jats", "tei"] {
            let folder = realworld.appendingPathComponent(sub)
            let all = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in all.sorted().map({ folder.appendingPathComponent($0) }) {
                let result = outcome(file.path)
                #expect(!result.said.contains("root:"), "\(file.lastPathComponent)")
                #expect(!result.said.contains("lollol"), "\(file.lastPathComponent) expanded an entity")
                #expect(result.said.utf8.count < 200_000, "\(file.lastPathComponent) gave huge text")
                outcomes[result.error == nil ? "documents" : "errors", default: 0] += 1
            }
        }
        print("real-world and hostile files: \(outcomes)")
        #expect(outcomes.values.reduce(0, +) > 80)
    }
}
