import Foundation
import Testing
import TestSupport

/// Every file of ../shared/realworld (and the hostile fixtures) through the real executable:
/// `preuve extract` and `preuve index` never crash, hang or show a local file's content;
/// each file gives documents or an error that names it.
@Suite struct RealWorldCLITests {
    static let folders = ["html", "pubmed", "jats", "tei", "hostile"]
    /// The first line of /etc/passwd on every Linux: what an external entity would bring in.
    static let localFileMarker = "root:x:0:0"

    /// The files under ../shared/realworld, by folder; nil (after recording an issue under
    /// CI) when ../shared is absent.
    func realworldFiles() -> [String: [String]]? {
        guard let shared = TestPaths.shared else {
            if TestPaths.sharedRequired { Issue.record("../shared is required (CI) but absent") }
            return nil
        }
        var out: [String: [String]] = [:]
        for folder in Self.folders {
            let root = shared.appendingPathComponent("realworld/\(folder)")
            let names = FileManager.default.subpaths(atPath: root.path) ?? []
            out[folder] = names.sorted().map { root.appendingPathComponent($0).path }.filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                    && ["html", "xml", "nxml", "ent", "dtd"].contains((path as NSString).pathExtension)
            }
        }
        let hostileFixtures = TestPaths.packageRoot.appendingPathComponent("Tests/IngestTests/Fixtures/hostile")
        out["fixtures"] = (try? FileManager.default.contentsOfDirectory(atPath: hostileFixtures.path))?.sorted()
            .map { hostileFixtures.appendingPathComponent($0).path }
        return out
    }

    @Test func extractTakesEveryFileWithoutCrashHangOrLeak() throws {
        guard let folders = realworldFiles() else { return }
        for (folder, all) in folders.sorted(by: { $0.key < $1.key }) {
            #expect(!all.isEmpty, "\(folder) is empty")
            // Ten files a run: a hang is told from a slow (sanitized, loaded) machine per batch.
            for start in stride(from: 0, to: all.count, by: 10) {
                try extract(Array(all[start..<min(start + 10, all.count)]), folder: folder)
            }
        }
    }

    func extract(_ files: [String], folder: String) throws {
        let result = try PreuveProcess.run(["extract", "--format", "jsonl"] + files, timeout: 120 * TestPaths.slowdown)
        #expect(!result.timedOut, "\(folder): hung on one of \(files)")
        #expect(!result.crashed, "\(folder): crashed on one of \(files)\n\(result.stderr.suffix(2000))")
        #expect(result.status == 0 || result.status == 1, "\(folder): exit \(result.status)\n\(result.stderr.suffix(2000))")
        #expect(!result.stdout.contains(Self.localFileMarker) && !result.stderr.contains(Self.localFileMarker),
                "\(folder): a local file's content came out")
        // Each file gave documents, or an error on stderr that names it.
        let output = result.stdout.replacingOccurrences(of: "\\/", with: "/")
        let unaccounted = files.filter { !output.contains("\"\($0)") && !result.stderr.contains($0 + ":") }
        #expect(unaccounted.isEmpty, "\(folder): neither documents nor an error for \(unaccounted)")
    }

    @Test func indexTakesEveryFileAndStaysReadable() throws {
        guard let shared = TestPaths.shared else {
            if TestPaths.sharedRequired { Issue.record("../shared is required (CI) but absent") }
            return
        }
        let root = try TestPaths.temporaryDirectory("preuve-realworld")
        defer { try? FileManager.default.removeItem(at: root) }
        let paths = Self.folders.map { shared.appendingPathComponent("realworld/\($0)").path }
        let index = try PreuveProcess.run(["index", "--format", "json"] + paths, in: root, timeout: 600 * TestPaths.slowdown)
        #expect(!index.timedOut, "hung")
        #expect(!index.crashed, "crashed\n\(index.stderr.suffix(2000))")
        #expect(index.status == 0 || index.status == 1, "exit \(index.status)\n\(index.stderr.suffix(2000))")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(index.stdout.utf8)) as? [String: Any], "\(index.stderr)")
        #expect((summary["documents"] as? Int ?? 0) > 0)
        let stats = try PreuveProcess.run(["stats", "--format", "json", "--no-update"], in: root, timeout: 120 * TestPaths.slowdown)
        #expect(stats.status == 0, "\(stats.stderr)")
        let snapshot = try Data(contentsOf: root.appendingPathComponent("Index/catalogue.preuve"))
        #expect(snapshot.range(of: Data(Self.localFileMarker.utf8)) == nil, "a local file's content was indexed")
    }
}
