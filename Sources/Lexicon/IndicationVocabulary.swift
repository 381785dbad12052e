import Foundation
#if !LEXICON_COMPILER
import TextAnalysis
#endif

/// One concept of the vocabulary (issue 12): a condition or symptom, or an intervention, with
/// its id, type, labels, every name it goes by, and its broader concepts.
public struct Concept: Sendable, Hashable, Codable {
    public var id: String
    public var type: ConceptType?
    public var labelEN: String
    public var labelFR: String
    public var meshHeading: String?
    public var meshID: String?
    public var synonymsEN: [String]
    public var synonymsFR: [String]
    /// Broader concepts (low back pain ⊂ back pain ⊂ musculoskeletal pain ⊂ pain).
    public var parents: [String]
    /// Where the labels come from (`MeSH`, `INN`, `common usage`, `preuve`).
    public var source: String?
    /// `aesthetic` or `therapeutic` for a condition: which part of an intervention's uses it
    /// belongs to, so that an evaluation of the aesthetic uses does not speak for tendinitis.
    /// Set by the vocabulary from the hierarchy (under `aesthetic-indications`), or read from a
    /// file with a `domain` column.
    public var domain: String?
    /// Whether it is a family rather than a name to find, where its file says (`group` column).
    public var group: Bool? = nil

    /// The labels and synonyms, French and English: the names texts call it by.
    public var names: [String] { [labelEN, labelFR] + synonymsEN + synonymsFR }

    public var allNames: [String] { [id, labelEN, labelFR] + synonymsEN + synonymsFR + (meshHeading.map { [$0] } ?? []) }
}

/// A condition of the vocabulary (the name the verdicts use).
public typealias Indication = Concept

/// The concepts the catalogue knows: the conditions (`Lexicon/Data/indications.tsv`), plus any
/// user file with a header the parser reads (`ConceptFile`). Looks names up in any case, with or without
/// accents, with hyphens or spaces; finds concepts by id in constant time; walks the
/// hierarchy; suggests near names for unknown words.
public struct ConceptVocabulary: Sendable {
    public private(set) var concepts: [Concept] = []
    private var byID: [String: Int] = [:]
    private var byName: [String: Int] = [:]
    private var childIDs: [String: [String]] = [:]
    private(set) var rows: [ConceptRow] = []

    /// The conditions.
    public var indications: [Concept] { concepts }

    public init() {}

    public mutating func load(tsv: String, source: String) throws {
        try load(rows: try ConceptFile.parse(tsv, source: source))
    }

    /// Adds rows already parsed (a user's file split between conditions and interventions).
    public mutating func load(rows parsed: [ConceptRow]) throws {
        for row in parsed { add(row) }
        // A MeSH heading names only what no label or synonym already names ("Back Pain" is the
        // heading of thoracic back pain too, but "back pain" is the `back-pain` indication).
        for row in parsed {
            if let mesh = row.meshHeading, let index = byID[row.id] { byName[Self.key(mesh)] = byName[Self.key(mesh)] ?? index }
        }
        for (index, concept) in concepts.enumerated() where concept.domain == nil && concept.type?.isIntervention != true {
            concepts[index].domain = isWithin(concept.id, "aesthetic-indications") ? "aesthetic" : "therapeutic"
        }
    }

    /// The first problem with the loaded rows: a parent no row defines, a cycle, or a name
    /// (label or synonym) given to two concepts of one file.
    public func problem() -> LexiconError? {
        if let e = ConceptFile.checkHierarchy(rows) { return e }
        // Within one file a name belongs to one concept; across files the first loaded keeps
        // it (a user's vocabulary does not take a bundled name).
        var owner: [String: String] = [:]
        for row in rows {
            for name in [row.labelEN, row.labelFR] + row.synonymsEN + row.synonymsFR {
                let key = row.file + "\u{0}" + Self.key(name)
                if let other = owner[key], other != row.id {
                    return LexiconError(file: row.file, line: row.line, reason: "the name `\(name)` is given to `\(other)` and to `\(row.id)`")
                }
                owner[key] = row.id
            }
        }
        return nil
    }

    /// Gives the names of `rows` (already loaded) to their concepts where another concept
    /// holds them that `yields` says may give them up: a user's "Willis-Ekbom disease" names
    /// the user's concept, not the bundled one that is only recognised.
    package mutating func takeNames(of rows: [ConceptRow], from yields: (String) -> Bool) {
        for row in rows {
            guard let index = byID[row.id] else { continue }
            for name in [row.labelEN, row.labelFR] + row.synonymsEN + row.synonymsFR where !name.isEmpty {
                let key = Self.key(name)
                if let owner = byName[key], owner != index, yields(concepts[owner].id) { byName[key] = index }
            }
        }
    }

    private mutating func add(_ row: ConceptRow) {
        rows.append(row)
        let index: Int
        if let existing = byID[row.id] {
            concepts[existing].synonymsEN += row.synonymsEN + [row.labelEN]
            concepts[existing].synonymsFR += row.synonymsFR + [row.labelFR]
            concepts[existing].domain = row.domain ?? concepts[existing].domain
            for p in row.parents where !concepts[existing].parents.contains(p) { concepts[existing].parents.append(p) }
            index = existing
        } else {
            concepts.append(Concept(id: row.id, type: row.type, labelEN: row.labelEN, labelFR: row.labelFR, meshHeading: row.meshHeading,
                                    meshID: row.meshID, synonymsEN: row.synonymsEN, synonymsFR: row.synonymsFR, parents: row.parents,
                                    source: row.source, domain: row.domain, group: row.group))
            index = concepts.count - 1
            byID[row.id] = index
        }
        for p in row.parents where !(childIDs[p]?.contains(row.id) ?? false) { childIDs[p, default: []].append(row.id) }
        for name in [row.id, row.labelEN, row.labelFR] + row.synonymsEN + row.synonymsFR where !name.isEmpty {
            byName[Self.key(name)] = byName[Self.key(name)] ?? index
        }
    }

    /// The concept a user's word names: id, label or synonym, any case, accents optional.
    /// A disease descriptor of MeSH that no concept claims answers as `mesh:UI` (`MeSHTree.concept`).
    public func lookup(_ name: String) -> Concept? {
        byName[Self.key(name)].map { concepts[$0] } ?? MeSHTree.bundled.concept(named: name)
    }

    /// A concept of the vocabulary, or `mesh:UI` for a MeSH disease descriptor (the concepts
    /// that claims from PubMed's indexing are filed under, `MeSHIndexing`).
    public func indication(id: String) -> Concept? {
        if let index = byID[id] { return concepts[index] }
        return id.hasPrefix("mesh:") ? MeSHTree.bundled.concept(id: id) : nil
    }

    /// Whether the vocabulary itself (not MeSH) has the concept.
    public func contains(id: String) -> Bool { byID[id] != nil }

    public func concept(id: String) -> Concept? { indication(id: id) }

    /// Whether a concept of the vocabulary lists `parent` among its parents (read in place: no
    /// copy of the concept, for checks made on every sentence).
    public func lists(_ parent: String, asParentOf id: String) -> Bool {
        guard let index = byID[id] else { return false }
        return concepts[index].parents.contains(parent)
    }

    /// The narrower concepts right below one.
    public func children(of id: String) -> [String] { childIDs[id] ?? [] }

    /// Every broader concept, nearest first.
    public func ancestors(of id: String) -> [String] {
        var out: [String] = []
        var frontier = indication(id: id)?.parents ?? []
        while !frontier.isEmpty {
            let next = frontier.removeFirst()
            guard !out.contains(next) else { continue }
            out.append(next)
            frontier += indication(id: next)?.parents ?? []
        }
        return out
    }

    /// Whether `id` is `ancestor` or lies below it.
    public func isWithin(_ id: String, _ ancestor: String) -> Bool {
        id == ancestor || ancestors(of: id).contains(ancestor)
    }

    /// A family of concepts rather than one: a top-level group with members ("pain",
    /// "musculoskeletal diseases"), or a concept its file marks as a group ("dietary supplements"; a file
    /// may also mark a top-level concept with members as none: "cancer" is a condition texts
    /// name). Texts name members; a group's names are not looked for in sentences.
    public func isGroup(_ id: String) -> Bool {
        guard let concept = indication(id: id) else { return false }
        if let group = concept.group { return group }
        return concept.parents.isEmpty && !(childIDs[id]?.isEmpty ?? true)
    }

    /// Names close to an unknown word, nearest first, for "did you mean".
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        NameResolver.nearest(to: Self.key(name), among: byName.map { (key: $0.key, display: displayName($0.key, index: $0.value)) }, limit: limit)
    }

    private func displayName(_ key: String, index: Int) -> String {
        indications[index].allNames.first { Self.key($0) == key } ?? key
    }

    /// The comparison key of a name (`NameResolver.key`).
    public static func key(_ name: String) -> String { NameResolver.key(name) }
}

/// A lexicon file that cannot be used, with the line at fault.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file):\(line): \(reason)" }

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }
}

/// The conditions' vocabulary: the name the verdicts and the command line use.
public typealias IndicationVocabulary = ConceptVocabulary
