import Foundation
import TextAnalysis

/// Everything the extractor knows as words: interventions, indications and cues, from the
/// bundled files in `Lexicon/` plus any user files, compiled into one phrase matcher.
public struct ClaimLexicon: Sendable {
    public private(set) var vocabulary: IndicationVocabulary
    /// Interventions given as concepts (a user's vocabulary file with typed rows): their
    /// names join those of `interventions.tsv`.
    public private(set) var interventionVocabulary = ConceptVocabulary()
    /// Intervention ids with the names that call them, folded.
    public private(set) var interventions: [String: [String]] = [:]
    private var lines: [LexiconLine] = []
    /// Users' words to indications and interventions (rebuilt with the matcher).
    public private(set) var resolver: NameResolver
    private(set) var matcher = PhraseMatcher()
    /// What MeSH descriptors resolve to with these words (`MeSHIndexing`), remembered; a
    /// new one for each compiled lexicon.
    public private(set) var meshResolutions = MeSHResolutionCache()

    /// The bundled lexicon. A bundled file that does not parse is a defect of the build:
    /// `bundledProblem` says which and why (a test fails on it, the executable reports it), and
    /// the lexicon is built from the files that did parse.
    public static let bundled: ClaimLexicon = bundledLoad.lexicon
    /// Why a bundled lexicon file failed to load, naming the file and line; nil when all loaded.
    public static var bundledProblem: LexiconError? { bundledLoad.problem }

    private static let bundledLoad: (lexicon: ClaimLexicon, problem: LexiconError?) = {
        var lexicon = ClaimLexicon(vocabulary: IndicationVocabulary.bundled)
        var problem: LexiconError?
        for (name, text) in BundledLexicon.cueFiles {
            do { lexicon.addLines(try LexiconFile.parse(text, source: name)) } catch let error as LexiconError {
                problem = problem ?? error
            } catch {
                problem = problem ?? LexiconError(file: name, line: 0, reason: "\(error)")
            }
        }
        // Navigation phrases live with the HTML reader's page furniture (TextAnalysis), one
        // list for both: those that may open a sentence are `navigation` cues.
        lexicon.addLines(navigationLines(PageFurniture.bundled))
        if let furniture = PageFurniture.bundledProblem {
            problem = problem ?? LexiconError(file: furniture.file, line: furniture.line, reason: furniture.reason)
        }
        if let unknown = lexicon.unknownIndicationLines().first { problem = problem ?? unknown }
        problem = problem ?? IndicationVocabulary.bundledProblem
        lexicon.compile()
        return (lexicon, problem)
    }()

    /// The names of the bundled vocabulary and of `interventions.tsv`, without compiling the
    /// whole lexicon: what `preuve query` needs to read a user's words, at a fraction of the cost
    /// of `bundled`. It knows the same names as `bundled.resolver`: the bundled lexicon names
    /// interventions only in that file, and the resolver leaves out the recognised forms.
    public static let bundledResolver: NameResolver = {
        var spellings: [(id: String, names: [String])] = []
        if let text = try? BundledLexicon.text(interventionsFile), let lines = try? LexiconFile.parse(text, source: interventionsFile) {
            for line in lines { if case .intervention(let id) = line.role { spellings.append((id, line.phrases)) } }
        }
        return NameResolver(vocabulary: IndicationVocabulary.bundled, interventions: spellings)
    }()

    /// The `navigation` cue lines of page furniture: its phrases that may open a sentence,
    /// one line per line of the file.
    static func navigationLines(_ furniture: PageFurniture) -> [LexiconLine] {
        Dictionary(grouping: furniture.sentenceOpeners, by: \.line).sorted { $0.key < $1.key }.map { line, phrases in
            LexiconLine(role: .marker(.navigation), phrases: phrases.map(\.text), file: PageFurniture.fileName, line: line)
        }
    }

    /// The bundled file of intervention names.
    static let interventionsFile = "interventions.tsv"

    /// The bundled file of names recognised from the wide vocabulary (Scripts/recognized-names.py).
    static let recognisedFile = "recognized.tsv"

    /// Cue lines naming an indication the vocabulary lacks: such words would never be found.
    func unknownIndicationLines() -> [LexiconError] {
        lines.compactMap { line in
            guard case .indication(let id) = line.role, vocabulary.indication(id: id) == nil else { return nil }
            return LexiconError(file: line.file, line: line.line, reason: "indication `\(id)` is not in the vocabulary")
        }
    }

    public init(vocabulary: IndicationVocabulary) {
        self.vocabulary = vocabulary
        self.resolver = NameResolver(vocabulary: vocabulary)
    }

    /// The bundled lexicon plus user files (`--lexicon`): a file whose header starts with
    /// `id` is a vocabulary (`ConceptFile`: the columns of indications.tsv, or typed concepts
    /// with parents, such as `Vocabulary/wide-*.tsv`); any other has cue lines.
    public static func withUserFiles(_ paths: [String]) throws -> ClaimLexicon {
        var lexicon = bundled
        for path in paths {
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw LexiconError(file: path, line: 0, reason: "cannot read: \(error.localizedDescription)")
            }
            let firstLine = text.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
            if path.hasSuffix(".obo") || (firstLine?.hasPrefix("format-version:") ?? false) {
                try lexicon.vocabulary.load(rows: try ConceptFile.parseOBO(text, source: path))
                if let problem = lexicon.vocabulary.problem() { throw problem }
            } else if let firstLine, firstLine.hasPrefix("id\t") {
                // A vocabulary file: typed rows of interventions go to the interventions, the
                // rest (conditions, symptoms, untyped rows of spec/indications.tsv) to the indications.
                let rows = try ConceptFile.parse(text, source: path)
                let interventions = rows.filter { $0.type?.isIntervention == true }
                try lexicon.vocabulary.load(rows: rows.filter { $0.type?.isIntervention != true })
                try lexicon.interventionVocabulary.load(rows: interventions)
                if let problem = lexicon.vocabulary.problem() ?? lexicon.interventionVocabulary.problem() { throw problem }
            } else {
                try lexicon.addLines(LexiconFile.parse(text, source: path))
            }
            if let unknown = lexicon.unknownIndicationLines().first { throw unknown }
        }
        lexicon.compile()
        return lexicon
    }

    mutating func addLines(_ more: [LexiconLine]) {
        lines += more
    }

    /// Rebuilds the matcher from the vocabulary and the cue lines. Indication names come
    /// first so a cue line cannot take a name from the vocabulary by accident.
    mutating func compile() {
        var m = PhraseMatcher()
        m.reserveCapacity(lines.reduce(0) { $0 + $1.phrases.count } + 8 * (vocabulary.concepts.count + interventionVocabulary.concepts.count))
        var names: [String: [String]] = [:]
        var spellings: [(id: String, names: [String])] = []
        // A group ("pain", "musculoskeletal diseases") names a family; texts name its members.
        func addNames(of v: ConceptVocabulary, as role: (String) -> CueRole) {
            for concept in v.concepts where !v.isGroup(concept.id) {
                let all = [concept.labelEN, concept.labelFR] + concept.synonymsEN + concept.synonymsFR
                for name in all where !name.isEmpty { m.add(Normalization.nfc(name), role: role(concept.id)) }
                if case .intervention = role(concept.id) {
                    names[concept.id, default: []] += all.map { Folding.fold($0) }
                    spellings.append((concept.id, all))
                }
            }
        }
        addNames(of: vocabulary) { .indication($0) }
        addNames(of: interventionVocabulary) { .intervention($0) }
        // The recognised names (generated from the wide vocabulary) come last and only where
        // no other file named the same words: a user's `intervention cryotherapy cryothérapie`
        // beats the bundled mapping of cryotherapy to physiotherapy.
        let recognised = lines.filter { $0.file == Self.recognisedFile }
        for line in lines.filter({ $0.file != Self.recognisedFile }) + recognised {
            let weak = line.file == Self.recognisedFile
            for phrase in line.phrases { m.add(phrase, role: line.role, onlyIfNew: weak) }
            // Recognised forms are words to find in texts, not names to type: the resolver
            // knows those of the lexicon and user files (and so does `bundledResolver`).
            if case .intervention(let id) = line.role, !weak {
                names[id, default: []] += line.phrases.map { Folding.fold($0) }
                spellings.append((id, line.phrases))
            }
        }
        matcher = m
        meshResolutions = MeSHResolutionCache()
        interventions = names
        resolver = NameResolver(vocabulary: vocabulary, interventions: spellings)
    }

    /// The intervention id a user's word names (`--about`): an id or any of its names
    /// (`NameResolver`).
    public func interventionID(for name: String) -> String? {
        resolver.interventionID(name)
    }
}
