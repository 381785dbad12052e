import Foundation
import Testing
import Documents
@testable import Ingest

@Suite struct TEIReaderTests {
    @Test func headerAbstractAndBodyDivs() throws {
        let doc = try #require(try DocumentReader().documents(at: Fixtures.path("tei/paper.tei.xml")).first)
        #expect(doc.format == .tei && doc.kind == .journalArticle)
        #expect(doc.title == "Omega-3 supplements and heart disease: an invented cohort")
        #expect(doc.authors == ["Wei L", "Curie-Test MA"])
        #expect(doc.year == 2016)
        #expect(doc.identifiers.doi == "10.99999/test.0020")
        #expect(doc.language == "en")
        #expect(doc.sections.map(\.heading) == [nil, nil, "Introduction", "Results", "Conclusion"])
        #expect(doc.sections.map(\.role) == [.main, .abstract, .body, .body, .conclusion])
        for dropped in ["FORMULATEXT", "FIGURETEXT", "BIBLTEXT", "Test et al."] {
            #expect(!doc.text.contains(dropped), "\(dropped) left out")
        }
        #expect(doc.text.contains("Fish oil is popular. See Figure 1."))
    }

    @Test func realGROBIDFiles() throws {
        guard let folder = realworld("tei") else { return }
        let doc = try #require(try DocumentReader().documents(at: folder.appendingPathComponent("s2orc-doc2json_N18-3011.tei.xml").path).first)
        #expect(doc.title == "Construction of the Literature Graph in Semantic Scholar")
        #expect(doc.authors.first == "Ammar W")
        for file in files(in: folder, extensions: ["xml"]) {
            let docs = try DocumentReader().documents(at: file.path)
            #expect(docs.count == 1 && docs[0].format == .tei, "\(file.lastPathComponent)")
            #expect(docs.first?.sections.contains { $0.role == .body } == true, "\(file.lastPathComponent) has a body")
        }
    }
}
