import Claims
import Documents
import Foundation
@testable import Catalogue
import Indexing
import Ingest

/// Small builders shared by the catalogue tests.
enum Fixtures {
    static func document(_ source: String, title: String, text: String, kind: DocumentKind = .other, year: Int? = nil) -> StoredDocument {
        var d = StoredDocument(Document(source: source, format: .text, kind: kind, title: title, year: year))
        d.text = text
        return d
    }

    static func claim(doc: String, intervention: String, indication: String, stance: Stance = .supports,
                      basis: Basis = .testimony, start: Int = 0) -> Claim {
        Claim(doc: doc, title: doc, year: 2020, kind: .other, intervention: intervention, indication: indication,
              surface: indication, stance: stance, basis: basis, cited: false, hedged: false, lang: "fr",
              sentence: "\(intervention) soigne \(indication).", start: start, end: start + 10,
              cues: [Cue(role: "stance", text: "soigne", rule: "verb of effect")])
    }

    /// Writes `.txt` files (first line the title) into a fresh folder.
    static func corpus(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("preuve-cat-\(UUID().uuidString)")
        for (name, content) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func hits(_ catalogue: Catalogue, _ query: String) throws -> [String] {
        try Searcher().search(query, in: catalogue, limit: 100).hits.map(\.id)
    }
}

/// The real reader, counting the files it parses and giving each document one claim
/// about the indication named by the file's first word after the title.
final class CountingParser: DocumentParsing, @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []
    private var hashedPaths: [String] = []

    /// The files read to be parsed, once per read.
    var parsed: [String] { lock.withLock { paths } }
    /// The files read only to hash them (touched: has the content changed?).
    var hashed: [String] { lock.withLock { hashedPaths } }
    func reset() { lock.withLock { paths = []; hashedPaths = [] } }

    func documents(at path: String) throws -> [Document] {
        lock.withLock { paths.append(path) }
        return try DocumentReader().documents(at: path)
    }

    func readFile(at path: String, _ body: (Document) throws -> Void) throws -> String {
        lock.withLock { paths.append(path) }
        return try DocumentReader().read(at: path, body)
    }

    func contentHash(at path: String) throws -> String? {
        lock.withLock { hashedPaths.append(path) }
        return try DocumentReader().contentHash(at: path)
    }

    func claims(in document: Document) -> [Claim] {
        [Fixtures.claim(doc: document.id, intervention: "mesotherapy", indication: document.title.lowercased())]
    }
}
