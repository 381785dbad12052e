import Foundation

/// The compiled form of a lexicon: what the build writes once (`LexiconCompiler`, run by the
/// CompileLexicon plugin, from the files of `Lexicon/Data/`) and what the executable reads at
/// start-up instead of the files. It holds the lexicon after parsing and tokenizing: the
/// vocabularies' rows, the cue lines, and every phrase of the matcher as words already
/// folded and stemmed, with its roles, in the matcher's order. Reading it splits no line and
/// tokenizes no word; the tables the matching uses are rebuilt from it in one pass.
///
/// Layout: the magic `preuve-lexicon-image-3\n`, then the sections in this order, each a
/// count followed by its records. Integers are unsigned LEB128 varints; a string is its UTF-8
/// byte count then its bytes; an optional string is a flag byte then the string.
/// - vocabulary rows, then intervention-vocabulary rows: id, type (empty for none), labels
///   en and fr, synonyms en and fr, parents, MeSH id, MeSH heading, domain, source, group
///   (empty, `yes` or `no`), file, line;
/// - roles: each distinct role once, as its kind and value (`effect`, `supports`), so that
///   each is typed once; the sections below give a role by its number in this list;
/// - cue lines: role, phrases, file, line;
/// - matcher phrases: elements (a tag 0 word, 1 prefix, 2 gap, with the word), roles, and
///   whether the phrase is a name.
public enum LexiconImage {
    package static let magic = Array("preuve-lexicon-image-3\n".utf8)

    /// Why an image cannot be read: it is not one, or it ends or breaks somewhere.
    public struct Unreadable: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { "the compiled lexicon cannot be read: \(reason)" }
    }

    public static func encode(_ lexicon: ClaimLexicon) -> [UInt8] {
        var out = ImageWriter()
        out.bytes += magic
        for rows in [lexicon.vocabulary.rows, lexicon.interventionVocabulary.rows] {
            out.count(rows.count)
            for r in rows {
                for s in [r.id, r.type?.rawValue ?? "", r.labelEN, r.labelFR] { out.string(s) }
                for list in [r.synonymsEN, r.synonymsFR, r.parents] { out.strings(list) }
                for s in [r.meshID, r.meshHeading, r.domain, r.source] { out.optional(s) }
                out.string(r.group.map { $0 ? "yes" : "no" } ?? "")
                out.string(r.file)
                out.count(r.line)
            }
        }
        let entries = lexicon.matcher.entries
        var roleNumbers: [CueRole: Int] = [:]
        var roles: [CueRole] = []
        for role in lexicon.lines.map(\.role) + entries.flatMap(\.roles) where roleNumbers[role] == nil {
            roleNumbers[role] = roles.count
            roles.append(role)
        }
        out.count(roles.count)
        for role in roles {
            out.string(role.kind.rawValue)
            out.string(role.value)
        }
        out.count(lexicon.lines.count)
        for line in lexicon.lines {
            out.count(roleNumbers[line.role]!)
            out.strings(line.phrases)
            out.string(line.file)
            out.count(line.line)
        }
        out.count(entries.count)
        for entry in entries {
            out.count(entry.elements.count)
            for element in entry.elements {
                switch element {
                case .word(let w): out.bytes.append(0); out.string(w)
                case .prefix(let p): out.bytes.append(1); out.string(p)
                case .gap: out.bytes.append(2)
                }
            }
            out.count(entry.roles.count)
            for role in entry.roles { out.count(roleNumbers[role]!) }
            out.bytes.append(entry.isName ? 1 : 0)
        }
        return out.bytes
    }

    /// The lexicon of an image. Without `matcher`, only its vocabularies and cue lines, the
    /// names a user's words are read with: what `preuve query` needs, at a third of the cost.
    public static func decode(_ bytes: [UInt8], matcher: Bool = true) throws(Unreadable) -> ClaimLexicon {
        var input = ImageReader(bytes: bytes)
        guard bytes.starts(with: magic) else { throw Unreadable(reason: "it does not start with the image's magic") }
        input.position = magic.count
        var vocabularies: [ConceptVocabulary] = []
        for _ in 0..<2 {
            var rows: [ConceptRow] = []
            let count = try input.count()
            rows.reserveCapacity(count)
            for _ in 0..<count {
                let id = try input.string(), typeName = try input.string()
                let labelEN = try input.string(), labelFR = try input.string()
                let synonymsEN = try input.strings(), synonymsFR = try input.strings(), parents = try input.strings()
                let meshID = try input.optional(), meshHeading = try input.optional(), domain = try input.optional(), source = try input.optional()
                let groupName = try input.string()
                let file = try input.string(), line = try input.count()
                guard ["", "yes", "no"].contains(groupName) else { throw Unreadable(reason: "`group` is `\(groupName)`") }
                var type: ConceptType?
                if !typeName.isEmpty {
                    guard let t = ConceptType(rawValue: typeName) else { throw Unreadable(reason: "unknown concept type `\(typeName)`") }
                    type = t
                }
                rows.append(ConceptRow(id: id, type: type, labelEN: labelEN, labelFR: labelFR, synonymsEN: synonymsEN, synonymsFR: synonymsFR,
                                       parents: parents, meshID: meshID, meshHeading: meshHeading, domain: domain, source: source,
                                       group: groupName.isEmpty ? nil : groupName == "yes", file: file, line: line))
            }
            var vocabulary = ConceptVocabulary()
            do { try vocabulary.load(rows: rows) } catch { throw Unreadable(reason: "its vocabulary does not load: \(error)") }
            vocabularies.append(vocabulary)
        }
        var lexicon = ClaimLexicon(vocabulary: vocabularies[0])
        lexicon.interventionVocabulary = vocabularies[1]
        var roles: [CueRole] = []
        for _ in 0..<(try input.count()) { roles.append(try input.role()) }
        func role() throws(Unreadable) -> CueRole {
            let n = try input.count()
            guard n < roles.count else { throw Unreadable(reason: "role \(n) of \(roles.count) at byte \(input.position)") }
            return roles[n]
        }
        let lineCount = try input.count()
        lexicon.lines.reserveCapacity(lineCount)
        for _ in 0..<lineCount {
            let role = try role(), phrases = try input.strings(), file = try input.string(), line = try input.count()
            lexicon.lines.append(LexiconLine(role: role, phrases: phrases, file: file, line: line))
        }
        guard matcher else { return lexicon }
        let entryCount = try input.count()
        var entries: [(elements: [PhraseMatcher.Element], roles: [CueRole], isName: Bool)] = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            var elements: [PhraseMatcher.Element] = []
            let elementCount = try input.count()
            elements.reserveCapacity(elementCount)
            for _ in 0..<elementCount {
                switch try input.byte() {
                case 0: elements.append(.word(try input.string()))
                case 1: elements.append(.prefix(try input.string()))
                case 2: elements.append(.gap)
                case let tag: throw Unreadable(reason: "unknown phrase element tag \(tag)")
                }
            }
            guard let first = elements.first, first != .gap else { throw Unreadable(reason: "a phrase that starts with no word") }
            var phraseRoles: [CueRole] = []
            for _ in 0..<(try input.count()) { phraseRoles.append(try role()) }
            entries.append((elements, phraseRoles, try input.byte() == 1))
        }
        guard input.position == bytes.count else { throw Unreadable(reason: "\(bytes.count - input.position) bytes after its end") }
        var rebuilt = PhraseMatcher(entries: entries)
        ClaimLexicon.allowInterposed(lexicon.lines, in: &rebuilt)
        lexicon.matcher = rebuilt
        lexicon.rebuildNames()
        return lexicon
    }

    /// `decode` of an image written as base64 (as the build compiles it into the executable).
    public static func decode(base64: String, matcher: Bool = true) throws(Unreadable) -> ClaimLexicon {
        guard let data = Data(base64Encoded: base64) else { throw Unreadable(reason: "it is not base64") }
        return try decode([UInt8](data), matcher: matcher)
    }
}

extension CueRole {
    /// The `value` column a cue line writes for this role (empty for a marker).
    var value: String {
        switch self {
        case .intervention(let id), .indication(let id), .setting(let id): return id
        case .effect(let s), .answer(let s): return s.rawValue
        case .negation(let d): return d.rawValue
        case .basis(let b): return b.rawValue
        case .attribution(let a): return a.rawValue
        case .reference(let r): return r.rawValue
        case .marker: return ""
        }
    }
}

private struct ImageWriter {
    var bytes: [UInt8] = []

    mutating func count(_ value: Int) {
        var v = UInt64(value)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String) {
        count(s.utf8.count)
        bytes += s.utf8
    }

    mutating func strings(_ list: [String]) {
        count(list.count)
        for s in list { string(s) }
    }

    mutating func optional(_ s: String?) {
        bytes.append(s == nil ? 0 : 1)
        if let s { string(s) }
    }
}

private struct ImageReader {
    let bytes: [UInt8]
    var position = 0

    mutating func byte() throws(LexiconImage.Unreadable) -> UInt8 {
        guard position < bytes.count else { throw LexiconImage.Unreadable(reason: "it ends early, at byte \(position)") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func count() throws(LexiconImage.Unreadable) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 63 else { throw LexiconImage.Unreadable(reason: "a number too long at byte \(position)") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        guard value <= UInt64(bytes.count) * 8 + 1_000_000 else { throw LexiconImage.Unreadable(reason: "a count of \(value) at byte \(position)") }
        return Int(value)
    }

    mutating func string() throws(LexiconImage.Unreadable) -> String {
        let length = try count()
        guard length <= bytes.count - position else { throw LexiconImage.Unreadable(reason: "a string runs past the end at byte \(position)") }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    mutating func strings() throws(LexiconImage.Unreadable) -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(min(n, 1024))
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func optional() throws(LexiconImage.Unreadable) -> String? {
        try byte() == 0 ? nil : try string()
    }

    mutating func role() throws(LexiconImage.Unreadable) -> CueRole {
        let kindName = try string(), value = try string()
        guard let kind = CueKind(rawValue: kindName) else { throw LexiconImage.Unreadable(reason: "unknown cue kind `\(kindName)`") }
        do { return try CueRole.parse(kind: kind, value: value) } catch {
            throw LexiconImage.Unreadable(reason: "cue `\(kindName)` `\(value)`: \(error.reason)")
        }
    }
}
