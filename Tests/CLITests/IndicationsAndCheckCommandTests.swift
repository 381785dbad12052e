import Foundation
import Testing
import TestSupport

@Suite struct IndicationsAndCheckCommandTests {
    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = try TestPaths.temporaryDirectory("preuve-check")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try body(folder)
    }

    @Test func indicationsCSVHasTheHeaderOnAnEmptyCatalogue() throws {
        try withFolder { folder in
            let result = try PreuveProcess.run(["indications", "--corpus", "corpus", "--format", "csv"], in: folder)
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("indication,label,label_fr,intervention,verdict,best_level,documents,evidence,testimony"))
        }
    }

    @Test func indicationsJSON() throws {
        try withFolder { folder in
            let result = try PreuveProcess.run(["indications", "--corpus", "corpus", "--format", "json"], in: folder)
            #expect(result.status == 0)
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(json?["indications"] is [Any])
        }
    }

    @Test func checkOfAMissingFileExitsOne() throws {
        try withFolder { folder in
            let result = try PreuveProcess.run(["check", "missing.html", "--corpus", "corpus"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains("missing.html"))
        }
    }

    @Test func checkWritesJSONAndClaimReview() throws {
        try withFolder { folder in
            let article = folder.appendingPathComponent("article.txt")
            try "Mésothérapie et mal de dos\n\nLa mésothérapie soulage les lombalgies.\n".write(to: article, atomically: true, encoding: .utf8)
            let json = try PreuveProcess.run(["check", "article.txt", "--corpus", "corpus", "--format", "json"], in: folder)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect(object?["checks"] is [Any])
            #expect(object?["title"] as? String == "Mésothérapie et mal de dos")

            let reviews = try PreuveProcess.run(["check", "article.txt", "--corpus", "corpus", "--format", "claimreview"], in: folder)
            #expect(reviews.status == 0)
            #expect(try JSONSerialization.jsonObject(with: Data(reviews.stdout.utf8)) is [Any])
        }
    }
}
