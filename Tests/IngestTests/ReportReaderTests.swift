import Foundation
import Testing
import Documents
import TestSupport
@testable import Ingest

@Suite struct ReportReaderTests {
    @Test func reportFieldsSectionsAndConclusions() throws {
        let doc = try #require(try DocumentReader().documents(at: Fixtures.path("report/report.xml")).first)
        #expect(doc.format == .report && doc.kind == .htaReport)
        #expect(doc.title == "Évaluation (fictive) de la ventouse thérapeutique")
        #expect(doc.metadata.articleType == "hta-report")
        #expect(doc.metadata.publisher == "Agence de test")
        #expect(doc.metadata.sourceCitation == "Agence de test, rapport fictif, 15 mars 2012; Annexe fictive")
        #expect(doc.metadata.note == "Test data: invented for preuve's tests, not a real report.")
        #expect(doc.authors == ["Anne Exemple", "Paul Modèle"])
        #expect(doc.year == 2012)
        #expect(doc.language == "fr" && doc.languageDeclared)
        #expect(doc.sections.map(\.role) == [.main, .conclusion, .conclusion])
        #expect(doc.sections.map(\.heading) == [nil, "general", "neck-pain"])
        #expect(doc.conclusions.map(\.indication) == ["general", "neck-pain"])
        #expect(doc.conclusions.map(\.stance) == ["uncertain", "supports"])
        #expect(doc.conclusions.map(\.scope) == ["therapeutic", nil])
        #expect(doc.conclusions.allSatisfy { $0.intervention == "cupping" })
        #expect(doc.slice(doc.conclusions[0].range) == "L'efficacité de la ventouse n'est pas démontrée.")
        #expect(doc.slice(doc.conclusions[1].range) == "Un effet modeste sur la douleur cervicale est possible.\n\nIl reste à confirmer.")
    }

    @Test func otherKindsAreNotHTAReports() throws {
        let xml = """
        <report xmlns="urn:preuve:report:1" id="t" kind="expert-opinion"><title>Avis fictif</title><issuer>Académie de test</issuer><source url="https://example.org"/></report>
        """
        let doc = try #require(try DocumentReader().documents(data: Data(xml.utf8), source: "t.xml").first)
        #expect(doc.kind == .other && doc.metadata.articleType == "expert-opinion")
        #expect(doc.metadata.sourceCitation == "https://example.org")
    }

    /// The fixture follows the shipped schema; xmllint (libxml2-utils) checks it when present.
    @Test func fixtureValidatesAgainstTheSchema() throws {
        let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let xmllint else {
            print("note: xmllint not installed (apt-get install libxml2-utils); schema check skipped")
            return
        }
        let schemas = TestPaths.packageRoot.appendingPathComponent("Sources/Ingest/Schemas")
        for (flag, schema) in [("--relaxng", "report.rng"), ("--schema", "report.xsd")] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--noout", "--nonet", flag, schemas.appendingPathComponent(schema).path, Fixtures.path("report/report.xml")]
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "the fixture is valid against \(schema)")
        }
    }
}
