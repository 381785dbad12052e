import Foundation
import Testing
import Documents
import TestSupport
@testable import Ingest

@Suite struct PubMedReaderTests {
    let reader = DocumentReader()

    @Test func oneDocumentPerArticleWithItsFields() throws {
        let docs = try reader.documents(at: Fixtures.path("pubmed/set.xml"))
        #expect(docs.map(\.fragment) == ["pmid:99000001", "pmid:99000002", "pmid:99000003", "pmid:99000004"])
        #expect(docs.allSatisfy { $0.format == .pubmed && $0.kind == .journalArticle })

        let rct = docs[0]
        #expect(rct.title == "Acupuncture versus sham for chronic low back pain: a randomised controlled trial (test record).")
        #expect(rct.identifiers == Identifiers(pmid: "99000001", doi: "10.99999/test.0001"))
        #expect(rct.publicationTypes == ["Randomized Controlled Trial", "Journal Article"])
        #expect(rct.metadata.meshHeadings == ["Acupuncture Therapy", "Low Back Pain"])
        #expect(rct.metadata.journal == "Journal of Invented Trials")
        #expect(rct.authors == ["Martin C", "Dupont JP"])
        #expect(rct.year == 2019)
        #expect(rct.language == "en" && rct.languageDeclared)
        #expect(rct.sections.map(\.heading) == [nil, "BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"])
        #expect(rct.sections.map(\.role) == [.main, .abstract, .abstract, .abstract, .conclusion])
        let conclusion = try #require(rct.sections.last?.paragraphs.last)
        #expect(rct.slice(conclusion) == "Acupuncture was not more effective than sham for chronic low back pain.")

        let meta = docs[1]
        #expect(meta.publicationTypes == ["Meta-Analysis", "Systematic Review"])
        #expect(meta.year == 2015, "MedlineDate 2015 Mar-Apr")
        #expect(meta.authors == ["Invented Review Group"])
        #expect(meta.identifiers.pmc == "PMC9900002")
        #expect(meta.identifiers.doi == "10.99999/test.0002", "DOI from ArticleIdList")
        #expect(meta.sections.last?.role == .conclusion, "NlmCategory CONCLUSIONS under another label")

        let caseReport = docs[2]
        #expect(caseReport.publicationTypes == ["Case Reports"])
        #expect(caseReport.sections.map(\.role) == [.main, .abstract])
        #expect(caseReport.sections[1].paragraphs.count == 2)

        let french = docs[3]
        #expect(french.language == "fr" && french.languageDeclared)
        #expect(french.title == "Mesotherapy for tendinopathy: an invented French study (test record).")
        #expect(french.text.contains("La mésothérapie a été comparée"))
        #expect(french.sections.last?.language == "en", "OtherAbstract in English")
    }

    @Test func allDocumentsShareTheFileHash() throws {
        let docs = try reader.documents(at: Fixtures.path("pubmed/set.xml"))
        let expected = SHA256.hex(of: [UInt8](try Fixtures.data("pubmed/set.xml")))
        #expect(docs.allSatisfy { $0.contentHash == expected })
        // Bytes given in memory go through the same reader and hash.
        let fromData = try reader.documents(data: try Fixtures.data("pubmed/set.xml"), source: "set.xml")
        #expect(fromData.map(\.text) == docs.map(\.text))
        #expect(fromData.allSatisfy { $0.contentHash == expected })
    }

    @Test func gzippedSetIsStreamedAndHashedAfterDecompression() throws {
        let plain = try reader.documents(at: Fixtures.path("pubmed/set.xml"))
        let gz = try reader.documents(at: Fixtures.path("pubmed/set.xml.gz"))
        #expect(gz.map(\.text) == plain.map(\.text))
        #expect(gz.map(\.contentHash) == plain.map(\.contentHash))
        #expect(gz.first?.source.hasSuffix("set.xml.gz") == true)
    }

    @Test func incrementalHashMatchesOneShotHash() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = SHA256.Hasher()
        for chunk in stride(from: 0, to: bytes.count, by: 37) {
            bytes[chunk..<min(chunk + 37, bytes.count)].withUnsafeBufferPointer { hasher.update($0) }
        }
        #expect(hasher.finalizeHex() == SHA256.hex(of: bytes))
    }

    @Test func documentLimitIsEnforced() {
        var limits = IngestLimits()
        limits.maxDocumentsPerFile = 2
        #expect {
            try DocumentReader(limits: limits).documents(at: Fixtures.path("pubmed/set.xml"))
        } throws: { error in
            guard let e = error as? IngestError, case .limitExceeded = e.reason else { return false }
            return e.path.hasSuffix("set.xml")
        }
    }

    @Test func truncatedSetIsMalformedAndNamed() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = try Fixtures.data("pubmed/set.xml")
        let cut = dir.appendingPathComponent("cut.xml")
        try whole.prefix(whole.count * 2 / 3).write(to: cut)
        var seen = 0
        #expect {
            try DocumentReader().forEachDocument(at: cut.path) { _ in seen += 1 }
        } throws: { error in
            guard let e = error as? IngestError, case .malformed(let why) = e.reason else { return false }
            return e.path == cut.path && why.contains("line")
        }
        #expect(seen >= 1, "articles before the cut are still delivered")
    }

    @Test func bookArticlesAndBareCitations() throws {
        let xml = """
        <PubmedArticleSet><PubmedBookArticle><BookDocument><PMID>99000050</PMID>
        <Book><BookTitle>Invented Handbook</BookTitle><PubDate><Year>2017</Year></PubDate></Book>
        <ArticleTitle>Chapter on invented remedies.</ArticleTitle><Language>eng</Language>
        <Abstract><AbstractText>Invented remedies are reviewed.</AbstractText></Abstract>
        <PublicationType>Review</PublicationType></BookDocument></PubmedBookArticle></PubmedArticleSet>
        """
        let book = try #require(try DocumentReader().documents(data: Data(xml.utf8), source: "book.xml").first)
        #expect(book.identifiers.pmid == "99000050" && book.title == "Chapter on invented remedies.")
        #expect(book.year == 2017 && book.publicationTypes == ["Review"])
        let medline = "<MedlineCitationSet><MedlineCitation><PMID>99000060</PMID><Article><ArticleTitle>Bare.</ArticleTitle></Article></MedlineCitation></MedlineCitationSet>"
        let bare = try DocumentReader().documents(data: Data(medline.utf8), source: "medline.xml")
        #expect(bare.map(\.fragment) == ["pmid:99000060"])
    }

    @Test func namespaceErrorsAloneDoNotRefuseTheSet() throws {
        let xml = "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>99000070</PMID><Article><ArticleTitle>Dose <mml:mi>x</mml:mi> response.</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
        let docs = try DocumentReader().documents(data: Data(xml.utf8), source: "ns.xml")
        #expect(docs.first?.title == "Dose x response.")
    }

    /// Readers run side by side (an index reads files in parallel): same results, no crash.
    @Test func concurrentReadsAgree() throws {
        let names = ["pubmed/set.xml", "pubmed/set.xml.gz", "jats/article.xml", "tei/paper.tei.xml", "rss/feed.rss", "hostile/truncated.xml"]
        let expected = names.map { name in (try? DocumentReader().documents(at: Fixtures.path(name)).map(\.text)) ?? [] }
        let results = Results(count: names.count * 8)
        DispatchQueue.concurrentPerform(iterations: names.count * 8) { i in
            let texts = (try? DocumentReader().documents(at: Fixtures.path(names[i % names.count])).map(\.text)) ?? []
            results.set(i, texts)
        }
        for i in 0..<(names.count * 8) { #expect(results.get(i) == expected[i % names.count]) }
    }

    /// 10,000 articles streamed: every one delivered, none kept by the reader.
    @Test func tenThousandArticlesStream() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.xml")
        try PubMedGenerator.write(articles: 10_000, to: file)
        var count = 0
        var lastPMID: String?
        try DocumentReader().forEachDocument(at: file.path) { doc in
            count += 1
            lastPMID = doc.identifiers.pmid
        }
        #expect(count == 10_000)
        #expect(lastPMID == "99010000")
    }
}

/// Writes an invented PubMed set of `articles` records, for streaming and memory tests.
enum PubMedGenerator {
    static func write(articles: Int, to url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        handle.write(Data("<?xml version=\"1.0\"?>\n<!-- TEST DATA: invented records. -->\n<PubmedArticleSet>\n".utf8))
        var chunk = ""
        for i in 1...articles {
            chunk += """
            <PubmedArticle><MedlineCitation><PMID>\(99_000_000 + i)</PMID><Article><Journal><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue><Title>Invented Journal</Title></Journal><ArticleTitle>Invented trial number \(i) of a remedy.</ArticleTitle><Abstract><AbstractText Label="RESULTS">The invented remedy did not differ from placebo in trial \(i).</AbstractText><AbstractText Label="CONCLUSIONS">No effect was shown.</AbstractText></Abstract><Language>eng</Language><PublicationTypeList><PublicationType>Randomized Controlled Trial</PublicationType></PublicationTypeList></Article></MedlineCitation></PubmedArticle>

            """
            if i % 500 == 0 { handle.write(Data(chunk.utf8)); chunk = "" }
        }
        handle.write(Data((chunk + "</PubmedArticleSet>\n").utf8))
    }
}

/// Results of concurrent work, behind a lock.
final class Results: @unchecked Sendable {
    private var values: [[String]]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [String]) { lock.lock(); values[i] = v; lock.unlock() }
    func get(_ i: Int) -> [String] { lock.lock(); defer { lock.unlock() }; return values[i] }
}
