import Foundation
import Testing
import Documents
import TestSupport
@testable import Ingest

/// Main-content quality on 60 real pages (`../shared/realworld/html`, from readability's
/// test suite) whose main content was judged by hand: word-multiset precision, recall and
/// F1 of the reader's main sections against `expected.html`, and titles against
/// `expected-metadata.json`. Prints every page, worst first.
@Suite struct HTMLRealworldTests {
    static var pagesFolder: URL? {
        TestPaths.shared?.appendingPathComponent("realworld/html")
    }

    static func skipOrFail() {
        if TestPaths.sharedRequired { Issue.record("../shared/realworld/html is missing and CI is set") }
        print("skipped: ../shared/realworld/html is absent")
    }

    struct Score: Sendable {
        var name: String
        var precision: Double
        var recall: Double
        var f1: Double
    }

    @Test func mainContentF1AndTitles() throws {
        guard let folder = Self.pagesFolder, FileManager.default.fileExists(atPath: folder.path) else { Self.skipOrFail(); return }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent("source.html").path)
        }
        #expect(names.count >= 50)
        // Pages are independent: read them on all cores to keep the test fast in debug builds.
        let results = Results(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            results.set(index, Self.measure(folder.appendingPathComponent(names[index]), name: names[index]))
        }
        var scores: [Score] = []
        var titleMatches = 0
        var titleMismatches: [String] = []
        for (index, result) in results.values.enumerated() {
            guard let result else { Issue.record("\(names[index]) could not be read"); continue }
            scores.append(result.score)
            if let mismatch = result.titleMismatch { titleMismatches.append(mismatch) } else { titleMatches += 1 }
        }
        for s in scores.sorted(by: { $0.f1 < $1.f1 }) {
            print(String(format: "F1 %.3f  P %.3f  R %.3f  %@", s.f1, s.precision, s.recall, s.name))
        }
        let average = scores.map(\.f1).reduce(0, +) / Double(max(scores.count, 1))
        let titleShare = Double(titleMatches) / Double(max(names.count, 1))
        print(String(format: "realworld HTML: average F1 %.4f over %d pages; titles matching %d/%d (%.2f)", average, scores.count, titleMatches, names.count, titleShare))
        for line in titleMismatches { print("title mismatch: \(line)") }
        #expect(average >= 0.85, "average main-content F1 \(average) is below 0.85")
        #expect(titleShare >= 0.8, "only \(titleMatches) of \(names.count) titles match")
    }

    struct PageResult: Sendable {
        var score: Score
        var titleMismatch: String?
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [PageResult?]
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: PageResult?) { lock.lock(); storage[index] = value; lock.unlock() }
        var values: [PageResult?] { lock.lock(); defer { lock.unlock() }; return storage }
    }

    static func measure(_ page: URL, name: String) -> PageResult? {
        // The HTML reader alone: DocumentReader's content hash is not what is measured here.
        guard let bytes = try? [UInt8](Data(contentsOf: page.appendingPathComponent("source.html"))),
              let expectedBytes = try? [UInt8](Data(contentsOf: page.appendingPathComponent("expected.html"))) else { return nil }
        let input = InputFile(source: name, path: nil, compressed: false, bytes: bytes, contentHash: "", logicalExtension: "html")
        guard let doc = try? HTMLReader(limits: .default).read(input) else { return nil }
        let main = doc.sections.filter { $0.role != .comment }.map { String(doc.slice($0.range)) }.joined(separator: " ")
        let expected = LibXMLHTMLParser.parse(expectedBytes, encoding: "UTF-8", maxDepth: 1000)?.root.textContent ?? ""
        let score = Self.score(name, WordBag(main), WordBag(expected))
        let metadata = (try? Data(contentsOf: page.appendingPathComponent("expected-metadata.json")))
            .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        let want = TextBuilder.clean(metadata?["title"] as? String ?? "")
        let mismatch = TextBuilder.clean(doc.title) == want ? nil : "\(name): got \"\(doc.title)\", want \"\(want)\""
        return PageResult(score: score, titleMismatch: mismatch)
    }

    @Test func everyFileIngestsWithoutCrashing() throws {
        guard let folder = Self.pagesFolder, FileManager.default.fileExists(atPath: folder.path) else { Self.skipOrFail(); return }
        let files = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).filter { file in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        // Outcome per file: nil when read fine, else what went wrong; refusals with a named error are fine.
        let outcomes = Outcomes(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let path = folder.appendingPathComponent(files[index]).path
            do {
                let docs = try DocumentReader().documents(at: path)
                if docs.isEmpty { outcomes.set(index, "\(files[index]) gave no document") }
                for doc in docs where doc.sections.contains(where: { $0.range.end > doc.text.utf8.count }) {
                    outcomes.set(index, "\(files[index]) has a section past the end of its text")
                }
                outcomes.count(read: true)
            } catch let error as IngestError {
                if error.path != path { outcomes.set(index, "\(files[index]): error names \(error.path)") }
                outcomes.count(read: false)
            } catch {
                outcomes.set(index, "\(files[index]): unexpected error \(error)")
            }
        }
        for problem in outcomes.problems { Issue.record(Comment(rawValue: problem)) }
        print("realworld HTML folder: \(outcomes.read) files read, \(outcomes.refused) refused with a named error")
        #expect(outcomes.read > 100)
    }

    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [String?]
        private(set) var read = 0, refused = 0
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ problem: String) { lock.lock(); storage[index] = problem; lock.unlock() }
        func count(read ok: Bool) { lock.lock(); if ok { read += 1 } else { refused += 1 }; lock.unlock() }
        var problems: [String] { lock.lock(); defer { lock.unlock() }; return storage.compactMap { $0 } }
    }

    // MARK: - Word bags

    /// Lowercased words; each CJK ideograph or kana is a word of its own, since those
    /// scripts put no spaces between words.
    struct WordBag {
        var counts: [String: Int] = [:]
        var total = 0

        init(_ text: String) {
            var word = ""
            func flush() {
                if !word.isEmpty { counts[word, default: 0] += 1; total += 1; word = "" }
            }
            for scalar in text.lowercased().unicodeScalars {
                let v = scalar.value
                let cjk = (0x3040...0x30FF).contains(v) || (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v)
                if cjk {
                    flush()
                    counts[String(scalar), default: 0] += 1
                    total += 1
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    word.unicodeScalars.append(scalar)
                } else {
                    flush()
                }
            }
            flush()
        }
    }

    static func score(_ name: String, _ got: WordBag, _ want: WordBag) -> Score {
        guard got.total > 0, want.total > 0 else { return Score(name: name, precision: 0, recall: 0, f1: 0) }
        let common = got.counts.reduce(0) { $0 + min($1.value, want.counts[$1.key] ?? 0) }
        let precision = Double(common) / Double(got.total)
        let recall = Double(common) / Double(want.total)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return Score(name: name, precision: precision, recall: recall, f1: f1)
    }
}
