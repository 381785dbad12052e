import Foundation
import TextAnalysis

/// One indication of the vocabulary: its id, labels and every name it goes by.
public struct Indication: Sendable, Hashable, Codable {
    public var id: String
    public var labelEN: String
    public var labelFR: String
    public var meshHeading: String?
    public var synonymsEN: [String]
    public var synonymsFR: [String]
    /// `therapeutic` or `aesthetic`: which part of an intervention's uses it belongs to, so
    /// that an evaluation of the aesthetic uses does not speak for tendinitis.
    public var domain: String?

    public var allNames: [String] { [id, labelEN, labelFR] + synonymsEN + synonymsFR + (meshHeading.map { [$0] } ?? []) }
}

/// The indications the catalogue knows, loaded from `Lexicon/indications.tsv` (and any
/// user file with the same columns). Looks names up in any case, with or without accents,
/// with hyphens or spaces, and suggests near names for unknown words.
public struct IndicationVocabulary: Sendable {
    public private(set) var indications: [Indication] = []
    private var byName: [String: Int] = [:]

    /// The bundled vocabulary.
    public static let bundled: IndicationVocabulary = {
        guard let url = Bundle.module.url(forResource: "indications", withExtension: "tsv", subdirectory: "Lexicon"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return IndicationVocabulary() }
        var v = IndicationVocabulary()
        try? v.load(tsv: text, source: url.path)
        return v
    }()

    public init() {}

    /// Adds the rows of a TSV with the columns of spec/indications.tsv. A row whose id is
    /// known adds its names to that indication.
    public mutating func load(tsv: String, source: String) throws {
        var lines = tsv.split(whereSeparator: \.isNewline).map(String.init)
        guard let header = lines.first else { return }
        let columns = header.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard columns.first == "id" else {
            throw LexiconError(file: source, line: 1, reason: "the header must start with `id` (columns: id, label_en, label_fr, mesh_heading, synonyms_en, synonyms_fr)")
        }
        lines.removeFirst()
        for (n, line) in lines.enumerated() where !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 3, !f[0].isEmpty else {
                throw LexiconError(file: source, line: n + 2, reason: "expected at least 3 tab-separated columns (id, label_en, label_fr)")
            }
            func list(_ i: Int) -> [String] { i < f.count ? f[i].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : [] }
            let row = Indication(id: f[0], labelEN: f[1], labelFR: f[2], meshHeading: f.count > 3 && !f[3].isEmpty ? f[3] : nil,
                                 synonymsEN: list(4), synonymsFR: list(5), domain: f.count > 6 && !f[6].isEmpty ? f[6] : nil)
            add(row)
        }
        addMeshHeadings()
    }

    private mutating func add(_ row: Indication) {
        let index: Int
        if let existing = indications.firstIndex(where: { $0.id == row.id }) {
            indications[existing].synonymsEN += row.synonymsEN + [row.labelEN]
            indications[existing].synonymsFR += row.synonymsFR + [row.labelFR]
            indications[existing].domain = row.domain ?? indications[existing].domain
            index = existing
        } else {
            indications.append(row)
            index = indications.count - 1
        }
        for name in [row.id, row.labelEN, row.labelFR] + row.synonymsEN + row.synonymsFR where !name.isEmpty {
            byName[Self.key(name)] = byName[Self.key(name)] ?? index
        }
    }

    /// MeSH headings name only what no label or synonym already names ("Back Pain" is the
    /// heading of thoracic back pain too, but "back pain" is the `back-pain` indication).
    private mutating func addMeshHeadings() {
        for (index, row) in indications.enumerated() {
            guard let mesh = row.meshHeading else { continue }
            byName[Self.key(mesh)] = byName[Self.key(mesh)] ?? index
        }
    }

    /// The indication a user's word names: id, label or synonym, any case, accents optional.
    public func lookup(_ name: String) -> Indication? {
        byName[Self.key(name)].map { indications[$0] }
    }

    public func indication(id: String) -> Indication? {
        indications.first { $0.id == id }
    }

    /// Names close to an unknown word, nearest first, for "did you mean".
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let key = Self.key(name)
        guard !key.isEmpty else { return [] }
        var scored: [(String, Int)] = []
        for (candidate, index) in byName {
            let distance = Self.editDistance(key, candidate, cap: max(2, key.count / 3))
            let prefix = candidate.hasPrefix(key) && key.count >= 4
            guard distance <= max(2, key.count / 3) || prefix else { continue }
            scored.append((displayName(candidate, index: index), prefix ? 0 : distance))
        }
        var seen = Set<String>()
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map(\.0).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    private func displayName(_ key: String, index: Int) -> String {
        indications[index].allNames.first { Self.key($0) == key } ?? key
    }

    /// Folded, with hyphens, apostrophes and runs of spaces made one space.
    public static func key(_ name: String) -> String {
        Folding.fold(name).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    static func editDistance(_ a: String, _ b: String, cap: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > cap { return cap + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > cap { return cap + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

/// A lexicon file that cannot be used, with the line at fault.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file):\(line): \(reason)" }
}
