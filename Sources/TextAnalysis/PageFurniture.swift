/// The phrases of page furniture ("À lire aussi", "Partager", "Laisser un commentaire",
/// "About the author"), typed when loaded from `Resources/page-furniture.tsv` (its header
/// says the format): the one list the HTML reader (headings, link blocks, comment forms) and
/// the claim extractor (the `navigation` cues) read. Everything is compared folded
/// (`PageFurniture.fold`), so every reader matches the same way.
public struct PageFurniture: Sendable {
    /// What the block or sentence a phrase opens is.
    public enum Kind: String, Sendable, CaseIterable {
        /// Links to other articles ("À lire aussi", "Related posts", "Les plus lus").
        case readalso
        case share
        case subscribe
        /// A comment form ("Laisser un commentaire", "Leave a reply").
        case commentform
        /// An author box ("À propos de l'auteur", "L'auteur").
        case author
        /// The nouns of a comment count heading ("12 commentaires").
        case comments
    }

    /// Where a phrase counts.
    public enum Match: String, Sendable, CaseIterable {
        /// A heading, a short link block or a sentence that opens with the phrase.
        case opens
        /// A heading or a short link block that opens with it, not a sentence.
        case heading
        /// A heading that is the phrase alone.
        case whole
        /// A word of a comment count heading.
        case count
    }

    public struct Phrase: Sendable, Hashable {
        public var kind: Kind
        public var match: Match
        /// As written in the file.
        public var text: String
        /// As compared (`PageFurniture.fold`).
        public var folded: String
        public var line: Int
    }

    public let phrases: [Phrase]

    /// The bundled file's name.
    public static let fileName = "page-furniture.tsv"

    /// The bundled phrases; those of the lines that parsed when the file has a defect
    /// (`bundledProblem` names it; a test fails on it, nothing crashes).
    public static let bundled: PageFurniture = bundledLoad.furniture
    /// Why the bundled file did not load, naming the line; nil when it did.
    public static var bundledProblem: PageFurnitureError? { bundledLoad.problem }
    /// The bundled file's text (for fingerprints); empty when this build lacks it.
    public static var bundledText: String { EmbeddedData.text(fileName) ?? "" }

    private static let bundledLoad: (furniture: PageFurniture, problem: PageFurnitureError?) = {
        guard let text = EmbeddedData.text(fileName) else {
            return (PageFurniture(phrases: []), PageFurnitureError(file: fileName, line: 0, reason: "missing from this build (\(EmbeddedData.folder)/ holds \(EmbeddedData.names.joined(separator: ", ")))"))
        }
        return parseKeepingGoodLines(text, source: fileName)
    }()

    public init(phrases: [Phrase]) {
        self.phrases = phrases
    }

    /// The one normalisation of every reader: `Folding.fold` (case, accents, typographic
    /// apostrophes and dashes), runs of white space made one space, both ends trimmed.
    public static func fold(_ text: some StringProtocol) -> String {
        Folding.fold(text).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// Parses the file's format; throws at the first line that does not parse.
    public static func parse(_ text: String, source: String) throws(PageFurnitureError) -> PageFurniture {
        let (furniture, problem) = parseKeepingGoodLines(text, source: source)
        if let problem { throw problem }
        return furniture
    }

    private static func parseKeepingGoodLines(_ text: String, source: String) -> (furniture: PageFurniture, problem: PageFurnitureError?) {
        var phrases: [Phrase] = []
        var problem: PageFurnitureError?
        DataFileLines.forEachLine(in: text) { line, raw in
            if DataFileLines.isBlankOrComment(DataFileLines.trimmed(raw)) { return }
            let fields = DataFileLines.fields(of: raw, separatedBy: UInt8(ascii: "\t"))
            func fail(_ reason: String) { problem = problem ?? PageFurnitureError(file: source, line: line, reason: reason) }
            guard fields.count == 3 else { fail("a line is kind<TAB>match<TAB>phrases, not \(fields.count) field(s)"); return }
            guard let kind = Kind(rawValue: String(DataFileLines.trimmed(fields[0]))) else {
                fail("a kind is \(Kind.allCases.map(\.rawValue).joined(separator: ", ")), not `\(fields[0])`"); return
            }
            guard let match = Match(rawValue: String(DataFileLines.trimmed(fields[1]))) else {
                fail("a match is \(Match.allCases.map(\.rawValue).joined(separator: ", ")), not `\(fields[1])`"); return
            }
            if (match == .count) != (kind == .comments) { fail("`count` goes with `comments`, and only with it"); return }
            for part in DataFileLines.fields(of: fields[2], separatedBy: UInt8(ascii: "|")) {
                let phrase = String(DataFileLines.trimmed(part))
                let folded = fold(phrase)
                guard !folded.isEmpty else { fail("an empty phrase"); continue }
                guard !phrase.contains("*"), !phrase.contains("...") else {
                    fail("`\(phrase)`: a furniture phrase is words, without `*` or `...`"); continue
                }
                if match == .count, folded.contains(" ") { fail("`\(phrase)`: a count word is one word"); continue }
                phrases.append(Phrase(kind: kind, match: match, text: phrase, folded: folded, line: line))
            }
        }
        return (PageFurniture(phrases: phrases), problem)
    }

    /// The folded phrases of these kinds and matches.
    public func folded(_ kinds: Set<Kind> = Set(Kind.allCases), _ matches: Set<Match>) -> [String] {
        phrases.filter { kinds.contains($0.kind) && matches.contains($0.match) }.map(\.folded)
    }

    /// The phrases that may open a sentence (`opens`), for the claim extractor.
    public var sentenceOpeners: [Phrase] {
        phrases.filter { $0.match == .opens }
    }

    /// Whether `folded` (already `fold`ed) opens with a phrase of these kinds that counts
    /// for a heading or a link block (`opens`, `heading`).
    public func opensBlock(_ folded: String, kinds: Set<Kind> = Set(Kind.allCases)) -> Bool {
        phrases.contains { kinds.contains($0.kind) && ($0.match == .opens || $0.match == .heading) && folded.hasPrefix($0.folded) }
    }

    /// Whether `folded` is one of the `whole` phrases of these kinds, trailing punctuation
    /// aside ("Qui suis-je ?").
    public func isWhole(_ folded: String, kinds: Set<Kind> = Set(Kind.allCases)) -> Bool {
        let bare = String(folded.reversed().drop(while: { " ?!:.".contains($0) }).reversed())
        return phrases.contains { kinds.contains($0.kind) && $0.match == .whole && $0.folded == bare }
    }
}

/// A line of the page furniture file that does not parse.
public struct PageFurnitureError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file):\(line): \(reason)" }
}
