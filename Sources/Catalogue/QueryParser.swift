import Documents
import TextAnalysis

/// Parses the search syntax of spec/cli.md: words, `"exact phrases"`, `-excluded`, `OR`
/// between alternatives, and the prefixes `title:` and `kind:`. Words are analysed as
/// documents are (folded, stemmed). Total: any input gives a query, never an error; an
/// unclosed quote runs to the end, stray operators are ignored.
public struct QueryParser: Sendable {
    public var analyzer: Analyzer

    public init(analyzer: Analyzer = .search) { self.analyzer = analyzer }

    /// A lexical item of the query.
    enum Item: Equatable {
        case or
        case clause(negated: Bool, prefix: String?, text: String, quoted: Bool)
    }

    public func parse(_ input: String) -> Query {
        var query = Query()
        var previousWasOr = false
        var lastWasPositiveClause = false
        for item in Self.lex(input) {
            switch item {
            case .or:
                previousWasOr = lastWasPositiveClause
                continue
            case .clause(let negated, let prefix, let text, let quoted):
                defer { previousWasOr = false }
                if prefix == "kind" {
                    let value = Folding.fold(text).trimmingCharacters(in: .whitespaces)
                    if let kind = DocumentKind(rawValue: value) {
                        if negated { query.excludedKinds.insert(kind) } else { query.kinds.insert(kind) }
                    } else if !negated {
                        query.unknownKinds.append(text)
                    }
                    lastWasPositiveClause = false
                    continue
                }
                let terms = analyzer.terms(text)
                guard !terms.isEmpty else { continue }
                let surface = (prefix.map { $0 + ":" } ?? "") + (quoted ? "\"\(text)\"" : text)
                let clause = Query.Clause(terms: terms, field: prefix == "title" ? .title : .any, surface: surface)
                if negated {
                    query.excluded.append(clause)
                    lastWasPositiveClause = false
                } else {
                    if previousWasOr, !query.groups.isEmpty {
                        query.groups[query.groups.count - 1].append(clause)
                    } else {
                        query.groups.append([clause])
                    }
                    lastWasPositiveClause = true
                }
            }
        }
        return query
    }

    static let fields: Set<String> = ["title", "kind"]

    /// Splits the input into `OR`s and clauses, handling quotes, `-` and field prefixes.
    static func lex(_ input: String) -> [Item] {
        var items: [Item] = []
        let chars = Array(input)
        var i = 0
        func isSpace(_ c: Character) -> Bool { c.isWhitespace }
        func isQuote(_ c: Character) -> Bool { c == "\"" || c == "“" || c == "”" || c == "«" || c == "»" }
        while i < chars.count {
            if isSpace(chars[i]) { i += 1; continue }
            var negated = false
            if chars[i] == "-" || chars[i] == "−" {
                negated = true
                i += 1
                if i >= chars.count || isSpace(chars[i]) { continue }  // a lone dash
            }
            // A field prefix: letters then a colon, followed by something.
            var prefix: String?
            var j = i
            while j < chars.count, chars[j].isLetter { j += 1 }
            if j < chars.count, chars[j] == ":", j > i, j + 1 < chars.count, !isSpace(chars[j + 1]) {
                let name = String(chars[i..<j]).lowercased()
                if fields.contains(name) {
                    prefix = name
                    i = j + 1
                }
            }
            if isQuote(chars[i]) {
                i += 1
                let start = i
                while i < chars.count, !isQuote(chars[i]) { i += 1 }
                let text = String(chars[start..<i])
                if i < chars.count { i += 1 }
                items.append(.clause(negated: negated, prefix: prefix, text: text, quoted: true))
                continue
            }
            let start = i
            while i < chars.count, !isSpace(chars[i]), !isQuote(chars[i]) { i += 1 }
            let text = String(chars[start..<i])
            if text == "OR", !negated, prefix == nil {
                items.append(.or)
            } else if !text.isEmpty {
                items.append(.clause(negated: negated, prefix: prefix, text: text, quoted: false))
            }
        }
        return items
    }
}
