import Foundation
import Testing
import TestSupport

/// The bundled corpus (`Corpus/`): it ingests whole, its verdicts are those the README's
/// table shows, every record names its source, and no identifier is unverified.
@Suite struct BundledCorpusTests {
    static let corpus = TestPaths.packageRoot.appendingPathComponent("Corpus")
    static let catalogue = Result { try BuiltCatalogue.build(corpus: corpus) }

    /// The files `preuve index` reads, by extension.
    static var corpusFiles: [URL] {
        let readable: Set = ["html", "htm", "xhtml", "xml", "txt", "gz"]
        let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { readable.contains($0.pathExtension.lowercased()) }
    }

    @Test func everyFileIngestsWithNoFailure() throws {
        let index = try TestPaths.temporaryDirectory("preuve-corpus")
        defer { try? FileManager.default.removeItem(at: index) }
        let result = try PreuveProcess.run(["index", "--corpus", Self.corpus.path, "--index", index.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((summary["failed"] as? [Any])?.isEmpty == true, "\(summary["failed"] ?? "")")
        #expect(summary["added"] as? Int == Self.corpusFiles.count)
        #expect((summary["claims"] as? Int ?? 0) > 100)
    }

    /// Rows of the README's verdict table: indication id, intervention, verdict.
    static func readmeTable() throws -> [(id: String, intervention: String, verdict: String)] {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let begin = readme.range(of: "<!-- verdicts:begin -->"), let end = readme.range(of: "<!-- verdicts:end -->") else { return [] }
        return readme[begin.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, cells[0].first?.isLetter == true, cells[0] != "indication" else { return nil }
            return (cells[0], cells[2], cells[3].replacingOccurrences(of: "*", with: ""))
        }
    }

    @Test func verdictsAreThoseOfTheReadmeTable() throws {
        let catalogue = try Self.catalogue.get()
        let table = try Self.readmeTable()
        #expect(table.count >= 10)
        #expect(Set(table.map(\.verdict)).isSuperset(of: ["supported", "insufficient", "conflicting", "testimony-only"]))
        let (result, json) = try catalogue.json(["indications"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require((json as? [String: Any])?["indications"] as? [[String: Any]])
        var actual: [String: String] = [:]
        for row in rows {
            for v in row["verdicts"] as? [[String: Any]] ?? [] {
                actual["\(row["id"] ?? "")/\(v["intervention"] ?? "")"] = v["verdict"] as? String
            }
        }
        for row in table {
            #expect(actual["\(row.id)/\(row.intervention)"] == row.verdict, "\(row.id) / \(row.intervention)")
        }
        #expect(actual.count == table.count, "the README lists every row of `preuve indications`")
    }

    @Test(arguments: ["lombalgie", "Low back pain", "low-back-pain"])
    func namesOfLowBackPainGiveOneVerdict(word: String) throws {
        let (result, json) = try Self.catalogue.get().json(["query", word])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(json as? [String: Any])
        #expect((object["indication"] as? [String: Any])?["id"] as? String == "low-back-pain")
        let verdicts = try #require(object["verdicts"] as? [[String: Any]])
        #expect(verdicts.first { $0["intervention"] as? String == "mesotherapy" }?["verdict"] as? String == "insufficient")
    }

    /// Every document says it is a summary written for the catalogue, and names its source.
    @Test func everyDocumentCarriesItsSource() throws {
        for file in Self.corpusFiles {
            let result = try PreuveProcess.run(["extract", file.path, "--format", "jsonl"])
            #expect(result.status == 0, "\(file.lastPathComponent): \(result.stderr)")
            for line in result.stdout.split(separator: "\n") {
                let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let name = doc["doc"] as? String ?? file.path
                let note = (doc["note"] as? String ?? "").lowercased()
                #expect(note.contains("preuve"), "\(name) has no note saying it was written for the catalogue")
                let source = (doc["source_citation"] as? String) ?? (doc["url"] as? String) ?? (doc["journal"] as? String)
                #expect(source?.isEmpty == false, "\(name) names no source")
            }
        }
    }

    /// An identifier in the corpus (PMID, DOI) must be one the fact sheet verifies.
    @Test func noIdentifierIsUnverified() throws {
        guard let facts = TestPaths.shared.flatMap({ try? String(contentsOf: $0.appendingPathComponent("facts/mesotherapy.md"), encoding: .utf8) }) else {
            if TestPaths.sharedRequired { Issue.record("../shared/facts/mesotherapy.md is missing") }
            return
        }
        let doi = try Regex(#"10\.\d{4,9}/[^\s"'<>)\],;]+"#)
        let pmidElement = try Regex(#"<PMID[^>]*>(\d+)</PMID>|IdType="pubmed">(\d+)<|citation_pmid"\s+content="(\d+)"|PMID:?\s*(\d{6,9})"#)
        var checked = 0
        for file in Self.corpusFiles {
            let text = try String(contentsOf: file, encoding: .isoLatin1)
            for match in text.matches(of: doi) {
                var id = String(text[match.range])
                while let last = id.last, ".".contains(last) { id.removeLast() }
                #expect(facts.contains(id), "\(file.lastPathComponent): DOI \(id) is not in the fact sheet")
                checked += 1
            }
            for match in text.matches(of: pmidElement) {
                // The identifier is the last run of digits (`Version="1"` comes first).
                let found = String(text[match.range])
                let digits = found.matches(of: /\d{6,9}/).last.map { String(found[$0.range]) } ?? found
                #expect(facts.contains(digits), "\(file.lastPathComponent): PMID \(digits) is not in the fact sheet")
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    @Test func reportsValidateAgainstTheSchema() throws {
        let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let xmllint else { return }  // libxml2-utils absent: the reader tests still check the reports
        let reports = Self.corpusFiles.filter { $0.path.contains("/reports/") }
        #expect(!reports.isEmpty)
        let schema = TestPaths.packageRoot.appendingPathComponent("Sources/Ingest/Schemas/report.rng")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--relaxng", schema.path] + reports.map(\.path)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

/// `preuve check` against the bundled catalogue.
@Suite struct CheckAgainstBundledCorpusTests {
    @Test func seed004ClaimsMoreThanTheEvidenceOnCelluliteAndAlopecia() throws {
        guard let shared = TestPaths.shared else {
            if TestPaths.sharedRequired { Issue.record("../shared/seeds is missing") }
            return
        }
        let catalogue = try BundledCorpusTests.catalogue.get()
        let seed = shared.appendingPathComponent("seeds/004_dcb6e8c9300817d4.txt").path
        let (result, json) = try catalogue.json(["check", seed])
        #expect(result.status == 0, "\(result.stderr)")
        let checks = try #require((json as? [String: Any])?["checks"] as? [[String: Any]])
        for indication in ["cellulite", "alopecia"] {
            let check = checks.first { ($0["claim"] as? [String: Any])?["indication"] as? String == indication }
            #expect(check?["flagged"] as? Bool == true, "\(indication)")
            #expect(check?["assessment"] as? String == "stronger-than-evidence", "\(indication)")
        }

        let reviews = try catalogue.run(["check", seed, "--format", "claimreview"])
        #expect(reviews.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(reviews.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == checks.count)
        let review = try #require(items.first { ($0["claimReviewed"] as? String)?.contains("cellulite") == true })
        #expect(review["@type"] as? String == "ClaimReview")
        #expect((review["@context"] as? String)?.contains("schema.org") == true)
        let rating = try #require(review["reviewRating"] as? [String: Any])
        #expect(rating["ratingValue"] != nil && rating["bestRating"] != nil && rating["worstRating"] != nil)
        #expect(rating["alternateName"] is String)
        let item = try #require(review["itemReviewed"] as? [String: Any])
        #expect(item["appearance"] != nil)
        #expect((review["author"] as? [String: Any])?["name"] is String)
        #expect(review["datePublished"] is String)
    }
}
