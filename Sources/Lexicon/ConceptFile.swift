import Foundation
#if !LEXICON_COMPILER
import TextAnalysis
#endif

/// What a concept of the vocabulary is (issue 12): a condition or a symptom, or a kind of
/// intervention. Typed when a file is loaded; an unknown type names the file and line.
public enum ConceptType: String, Sendable, Hashable, Codable, CaseIterable {
    case condition, symptom
    case drug
    case drugClass = "drug-class"
    case procedure, device
    case physicalTherapy = "physical-therapy"
    case manualTherapy = "manual-therapy"
    case complementary, supplement, behavioural

    public var isIntervention: Bool { self != .condition && self != .symptom }
}

/// One row of a vocabulary file: a concept with a stable id, a type, labels and synonyms in
/// English and French, its broader concepts, and where its labels come from.
public struct ConceptRow: Sendable, Hashable {
    public var id: String
    public var type: ConceptType?
    public var labelEN: String
    public var labelFR: String
    public var synonymsEN: [String]
    public var synonymsFR: [String]
    public var parents: [String]
    /// A MeSH descriptor id read in the NLM's tree file, never invented.
    public var meshID: String?
    /// A MeSH heading given by name (the columns of spec/indications.tsv).
    public var meshHeading: String?
    /// The part of an intervention's uses a condition belongs to, in files that say it
    /// (spec/indications.tsv's `domain`); the bundled files give parents instead.
    public var domain: String?
    public var source: String?
    /// Whether the concept is a family to look up rather than a name to find in texts
    /// (`group` column: `yes` or `no`); nil where a file does not say, and the hierarchy
    /// decides (`ConceptVocabulary.isGroup`).
    public var group: Bool? = nil
    /// Where the row was read, for errors found after loading (a parent that does not exist).
    public var file: String
    public var line: Int
}

/// Reads the vocabulary's tab-separated files by their header, so that the bundled files
/// (`id type label_en label_fr synonyms_en synonyms_fr parents mesh_id source`) and the
/// columns of spec/indications.tsv (`id label_en label_fr mesh_heading synonyms_en
/// synonyms_fr domain`) go through one parser. `#` lines are comments; lists are `|`-separated.
public enum ConceptFile {
    /// Whether a file's first line that is neither blank nor a comment is a header starting
    /// with `id` and a tab.
    public static func hasHeader(_ text: String) -> Bool {
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = DataFileLines.trimmed(rest[..<end])
            if !DataFileLines.isBlankOrComment(line) { return line.hasPrefix("id\t") }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        return false
    }

    public static func parse(_ text: String, source: String) throws -> [ConceptRow] {
        var rows: [ConceptRow] = []
        var columns: [String: Int]?
        try DataFileLines.forEachLine(in: text) { n, raw in
            if DataFileLines.isBlankOrComment(DataFileLines.trimmed(raw)) { return }
            let fields = DataFileLines.fields(of: raw, separatedBy: UInt8(ascii: "\t")).map { String(DataFileLines.trimmed($0)) }
            guard let index = columns else {
                guard fields.first == "id" else {
                    throw LexiconError(file: source, line: n, reason: "the header must start with `id` (columns: id, type, label_en, label_fr, synonyms_en, synonyms_fr, parents, mesh_id, source)")
                }
                let named = Dictionary(fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                for required in ["label_en", "label_fr"] where named[required] == nil {
                    throw LexiconError(file: source, line: n, reason: "the header has no `\(required)` column")
                }
                columns = named
                return
            }
            func field(_ name: String) -> String? {
                guard let i = index[name], i < fields.count, !fields[i].isEmpty else { return nil }
                return fields[i]
            }
            func list(_ name: String) -> [String] {
                field(name).map { value in
                    DataFileLines.fields(of: Substring(value), separatedBy: UInt8(ascii: "|")).map { String(DataFileLines.trimmed($0)) }.filter { !$0.isEmpty }
                } ?? []
            }
            guard let id = field("id"), let labelEN = field("label_en"), let labelFR = field("label_fr") else {
                throw LexiconError(file: source, line: n, reason: "a row needs an id, label_en and label_fr")
            }
            var type: ConceptType?
            if let name = field("type") {
                guard let t = ConceptType(rawValue: name) else {
                    throw LexiconError(file: source, line: n, reason: "unknown type `\(name)` (known: \(ConceptType.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                type = t
            }
            var group: Bool?
            if let value = field("group") {
                guard value == "yes" || value == "no" else {
                    throw LexiconError(file: source, line: n, reason: "`group` is `yes` or `no`, not `\(value)`")
                }
                group = value == "yes"
            }
            if let mesh = field("mesh_id"), !(mesh.hasPrefix("D") && mesh.dropFirst().allSatisfy(\.isNumber)) {
                throw LexiconError(file: source, line: n, reason: "`\(mesh)` is not a MeSH descriptor id (D followed by digits)")
            }
            rows.append(ConceptRow(
                id: id, type: type, labelEN: labelEN, labelFR: labelFR, synonymsEN: list("synonyms_en"), synonymsFR: list("synonyms_fr"),
                parents: list("parents"), meshID: field("mesh_id"), meshHeading: field("mesh_heading"), domain: field("domain"),
                source: field("source"), group: group, file: source, line: n))
        }
        return rows
    }

    /// An OBO file (the format of the Disease Ontology, MONDO and HPO): each `[Term]` stanza
    /// is a condition, its `name` the English label (and the French one, which OBO does not
    /// give), its `synonym`s (EXACT and RELATED) its names, its `is_a` its parents. Obsolete
    /// terms are left out; a stanza with no `id` or `name` names the file and line.
    public static func parseOBO(_ text: String, source: String) throws -> [ConceptRow] {
        var rows: [ConceptRow] = []
        var current: (id: String?, name: String?, synonyms: [String], parents: [String], obsolete: Bool, line: Int)?
        func flush() throws {
            guard let c = current else { return }
            current = nil
            guard !c.obsolete else { return }
            guard let id = c.id, let name = c.name else {
                throw LexiconError(file: source, line: c.line, reason: "a [Term] needs an `id:` and a `name:`")
            }
            rows.append(ConceptRow(id: id, type: .condition, labelEN: name, labelFR: name, synonymsEN: c.synonyms, synonymsFR: [],
                                   parents: c.parents, meshID: nil, meshHeading: nil, domain: nil, source: source, file: source, line: c.line))
        }
        for (n, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                try flush()
                if line == "[Term]" { current = (nil, nil, [], [], false, n + 1) }
                continue
            }
            guard current != nil, let colon = line.firstIndex(of: ":") else { continue }
            let tag = String(line[..<colon])
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if let bang = value.range(of: " ! ") { value = String(value[..<bang.lowerBound]) }
            switch tag {
            case "id": current?.id = value
            case "name": current?.name = value
            case "is_a": current?.parents.append(value.split(separator: " ").first.map(String.init) ?? value)
            case "is_obsolete": current?.obsolete = value == "true"
            case "synonym":
                // synonym: "text" SCOPE [xrefs]: the exact and related ones are names.
                if let open = value.firstIndex(of: "\""), let close = value[value.index(after: open)...].firstIndex(of: "\"") {
                    let text = String(value[value.index(after: open)..<close])
                    let scope = value[value.index(after: close)...].trimmingCharacters(in: .whitespaces)
                    if scope.hasPrefix("EXACT") || scope.hasPrefix("RELATED") { current?.synonyms.append(text) }
                }
            default: break
            }
        }
        try flush()
        // Parents outside the file (a subset of an ontology) are dropped, not errors.
        let ids = Set(rows.map(\.id))
        return rows.map { var r = $0; r.parents = r.parents.filter(ids.contains); return r }
    }

    /// A loaded vocabulary's rows, checked together: every parent exists and no concept is its
    /// own ancestor. Returns the first problem, naming the row.
    package static func checkHierarchy(_ rows: [ConceptRow]) -> LexiconError? {
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            for parent in row.parents where byID[parent] == nil {
                return LexiconError(file: row.file, line: row.line, reason: "`\(row.id)` has the parent `\(parent)`, which no row defines")
            }
        }
        for row in rows {
            var seen: Set<String> = [row.id]
            var frontier = row.parents
            while let next = frontier.popLast() {
                if next == row.id { return LexiconError(file: row.file, line: row.line, reason: "`\(row.id)` is its own ancestor") }
                guard seen.insert(next).inserted else { continue }
                frontier += byID[next]?.parents ?? []
            }
        }
        return nil
    }
}
