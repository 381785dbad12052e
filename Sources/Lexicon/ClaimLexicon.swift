import Foundation
#if !LEXICON_COMPILER
import TextAnalysis
#endif

/// Everything the extractor knows as words: interventions, indications and cues, from the
/// bundled files in `Lexicon/` plus any user files, compiled into one phrase matcher.
public struct ClaimLexicon: Sendable {
    public internal(set) var vocabulary: IndicationVocabulary
    /// Interventions given as concepts (a user's vocabulary file with typed rows): their
    /// names join those of `interventions.tsv`.
    public internal(set) var interventionVocabulary = ConceptVocabulary()
    /// Intervention ids with the names that call them, folded: the interventions claims are made on.
    public internal(set) var interventions: [String: [String]] = [:]
    /// The concepts only the wide vocabulary gives (`wideConceptFiles`), conditions and
    /// interventions: claimed on like the others, and said so in a claim's confidence features
    /// (their names were gathered for recall, not tuned on real text one by one).
    public internal(set) var wideConcepts: Set<String> = []

    /// Whether a claim with these sides rests on a concept only the wide vocabulary gives.
    public func isWide(intervention: String, indication: String) -> Bool {
        wideConcepts.contains(intervention) || wideConcepts.contains(indication)
    }
    package var lines: [LexiconLine] = []
    /// Users' words to indications and interventions (rebuilt with the matcher).
    public internal(set) var resolver: NameResolver
    package var matcher = PhraseMatcher()
    /// What MeSH descriptors resolve to with these words (`MeSHIndexing`), remembered; a
    /// new one for each compiled lexicon.
    public internal(set) var meshResolutions = MeSHResolutionCache()
    /// Which member of a class of treatments a condition names, remembered; a new one for each
    /// compiled lexicon.
    public internal(set) var classMembers = ClassMemberCache()

    /// The lexicon of a set of files: the vocabulary file (the columns of
    /// `Lexicon/Data/indications.tsv`), every cue file, and the page furniture whose sentence
    /// openers are `navigation` cues. What the build compiles into the bundled lexicon
    /// (`LexiconCompiler`, run by the CompileLexicon plugin), and what a build whose compiled
    /// image cannot be read falls back to. With the first problem found, naming the file and
    /// line; the lexicon is then built from what did load.
    public static func compiling(vocabulary: (name: String, text: String), conceptFiles: [(name: String, text: String)] = [],
                                 cueFiles: [(name: String, text: String)],
                                 furniture: PageFurniture, furnitureProblem: PageFurnitureError? = nil)
        -> (lexicon: ClaimLexicon, problem: LexiconError?) {
        var problem: LexiconError?
        var concepts = ConceptVocabulary()
        do {
            try concepts.load(tsv: vocabulary.text, source: vocabulary.name)
            problem = concepts.problem()
        } catch let error as LexiconError {
            problem = error
        } catch {
            problem = LexiconError(file: vocabulary.name, line: 0, reason: "cannot read: \(error)")
        }
        var lexicon = ClaimLexicon(vocabulary: concepts)
        for (name, text) in conceptFiles {
            do { try lexicon.loadConcepts(try ConceptFile.parse(text, source: name)) } catch let error as LexiconError {
                problem = problem ?? error
            } catch {
                problem = problem ?? LexiconError(file: name, line: 0, reason: "\(error)")
            }
        }
        for (name, text) in cueFiles {
            do { lexicon.addLines(try LexiconFile.parse(text, source: name)) } catch let error as LexiconError {
                problem = problem ?? error
            } catch {
                problem = problem ?? LexiconError(file: name, line: 0, reason: "\(error)")
            }
        }
        // Navigation phrases live with the HTML reader's page furniture (TextAnalysis), one
        // list for both: those that may open a sentence are `navigation` cues.
        lexicon.addLines(navigationLines(furniture))
        if let furnitureProblem {
            problem = problem ?? LexiconError(file: furnitureProblem.file, line: furnitureProblem.line, reason: furnitureProblem.reason)
        }
        if let unknown = lexicon.unknownIndicationLines().first { problem = problem ?? unknown }
        lexicon.compile()
        return (lexicon, problem)
    }

    /// How a user's word is read (`NameResolver`), from the vocabularies and cue lines alone:
    /// what `resolver` is once the names are rebuilt, and what `preuve query` reads a user's
    /// words with from a lexicon read without its matcher (`bundledResolver`).
    public var wordResolver: NameResolver {
        NameResolver(vocabulary: vocabulary, interventions: interventionSpellings, forms: textForms)
    }

    /// The intervention names a user's word is read with: each intervention concept's names
    /// (groups aside: a family is looked up, never named), then the intervention lines of the
    /// cue and user files. The recognised forms are words to find in texts more than names to
    /// type: they come after every name, with the other lines' forms (`textForms`).
    var interventionSpellings: [(id: String, names: [String])] {
        var spellings: [(id: String, names: [String])] = []
        for concept in interventionVocabulary.concepts where !interventionVocabulary.isGroup(concept.id) {
            spellings.append((concept.id, concept.names))
        }
        for line in lines where line.file != Self.recognisedFile {
            if case .intervention(let id) = line.role { spellings.append((id, line.phrases)) }
        }
        return spellings
    }

    /// The lexicon's indication and intervention lines, as forms a user's word may also be
    /// (`NameResolver`, after the names): "Doliprane" is paracetamol there as in texts.
    var textForms: [(kind: NameResolver.Kind, id: String, forms: [String])] {
        lines.compactMap { line in
            switch line.role {
            case .indication(let id): (.indication, id, line.phrases)
            case .intervention(let id): (.intervention, id, line.phrases)
            default: nil
            }
        }
    }

    /// The `navigation` cue lines of page furniture: its phrases that may open a sentence,
    /// one line per line of the file.
    package static func navigationLines(_ furniture: PageFurniture) -> [LexiconLine] {
        Dictionary(grouping: furniture.sentenceOpeners, by: \.line).sorted { $0.key < $1.key }.map { line, phrases in
            LexiconLine(role: .marker(.navigation), phrases: phrases.map(\.text), file: PageFurniture.fileName, line: line)
        }
    }

    /// The bundled file of names recognised from the wide vocabulary (Scripts/recognized-names.py).
    public static let recognisedFile = "recognized.tsv"

    /// The bundled files of the wide vocabulary (Vocabulary/README.md): their concepts are
    /// claimed on, and a concept no other file gives is one of `wideConcepts`. A concept a
    /// user's file also gives takes its names from them.
    public static let wideConceptFiles: Set<String> = ["concepts.tsv"]

    /// Cue lines naming an indication the vocabulary lacks: such words would never be found.
    /// (And setting lines whose narrower condition the vocabulary lacks, or does not have below
    /// the broader one: such a setting would narrow nothing.)
    package func unknownIndicationLines() -> [LexiconError] {
        lines.compactMap { line in
            switch line.role {
            case .indication(let id) where vocabulary.indication(id: id) == nil:
                return LexiconError(file: line.file, line: line.line, reason: "indication `\(id)` is not in the vocabulary")
            case .setting(let value):
                guard let (broader, narrower) = CueRole.settingIDs(value), !(vocabulary.indication(id: narrower)?.parents.contains(broader) ?? false) else { return nil }
                return LexiconError(file: line.file, line: line.line, reason: "setting for `\(narrower)`, which is not in the vocabulary below `\(broader)`")
            default:
                return nil
            }
        }
    }

    public init(vocabulary: IndicationVocabulary) {
        self.vocabulary = vocabulary
        self.resolver = NameResolver(vocabulary: vocabulary)
    }

    /// The bundled lexicon plus user files (`--lexicon`): a file whose header starts with
    /// `id` is a vocabulary (`ConceptFile`: the columns of indications.tsv, or typed concepts
    /// with parents, such as `Vocabulary/wide-*.tsv`); any other has cue lines.
    public func adding(userFiles paths: [String]) throws -> ClaimLexicon {
        var lexicon = self
        for path in paths {
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw LexiconError(file: path, line: 0, reason: "cannot read: \(error.localizedDescription)")
            }
            let firstLine = text.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
            if path.hasSuffix(".obo") || (firstLine?.hasPrefix("format-version:") ?? false) {
                try lexicon.loadConcepts(try ConceptFile.parseOBO(text, source: path))
            } else if ConceptFile.hasHeader(text) {
                try lexicon.loadConcepts(try ConceptFile.parse(text, source: path))
            } else {
                try lexicon.addLines(LexiconFile.parse(text, source: path))
            }
            if let unknown = lexicon.unknownIndicationLines().first { throw unknown }
        }
        lexicon.compile()
        return lexicon
    }

    /// Typed concepts (a vocabulary file): rows of interventions go to the interventions, the
    /// rest (conditions, symptoms, untyped rows of spec/indications.tsv) to the indications.
    /// Throws the first problem of the hierarchy or the names.
    package mutating func loadConcepts(_ rows: [ConceptRow]) throws {
        let conditions = rows.filter { $0.type?.isIntervention != true }, interventions = rows.filter { $0.type?.isIntervention == true }
        let core = (conditions: Self.coreIDs(of: vocabulary), interventions: Self.coreIDs(of: interventionVocabulary))
        try vocabulary.load(rows: conditions)
        try interventionVocabulary.load(rows: interventions)
        // A concept only the wide vocabulary gives yields its names to the new ones.
        vocabulary.takeNames(of: conditions) { !core.conditions.contains($0) }
        interventionVocabulary.takeNames(of: interventions) { !core.interventions.contains($0) }
        if let problem = vocabulary.problem() ?? interventionVocabulary.problem() { throw problem }
    }

    /// The concepts of a vocabulary some file other than the wide vocabulary's gives.
    package static func coreIDs(of v: ConceptVocabulary) -> Set<String> {
        Set(v.rows.lazy.filter { !wideConceptFiles.contains($0.file) }.map(\.id))
    }

    /// The concepts of a vocabulary only the wide vocabulary's files give.
    static func wideOnlyIDs(_ v: ConceptVocabulary) -> Set<String> {
        let core = coreIDs(of: v)
        return Set(v.rows.lazy.filter { wideConceptFiles.contains($0.file) && !core.contains($0.id) }.map(\.id))
    }

    package mutating func addLines(_ more: [LexiconLine]) {
        lines += more
    }

    /// Rebuilds the matcher from the vocabulary and the cue lines. Indication names come
    /// first so a cue line cannot take a name from the vocabulary by accident.
    package mutating func compile() {
        var m = PhraseMatcher()
        m.reserveCapacity(lines.reduce(0) { $0 + $1.phrases.count } + 8 * (vocabulary.concepts.count + interventionVocabulary.concepts.count))
        // A group ("pain", "musculoskeletal diseases") names a family; texts name its members.
        // The wide vocabulary's concepts come after the others: a name a bundled or user concept
        // also gives stays that concept's.
        let wide = Self.wideOnlyIDs(vocabulary).union(Self.wideOnlyIDs(interventionVocabulary))
        // Every concept's names with their role, the bundled and user concepts first, then the
        // wide vocabulary's (`wideRound`).
        func eachName(_ body: (_ name: String, _ role: CueRole, _ wideRound: Bool) -> Void) {
            for wideRound in [false, true] {
                for (v, role) in [(vocabulary, CueRole.indication), (interventionVocabulary, CueRole.intervention)] {
                    for concept in v.concepts where !v.isGroup(concept.id) && wide.contains(concept.id) == wideRound {
                        for name in concept.names where !name.isEmpty { body(Normalization.nfc(name), role(concept.id), wideRound) }
                    }
                }
            }
        }
        eachName { name, role, wideRound in m.add(name, role: role, onlyIfNew: wideRound) }
        // The same names with the other French article of a complement ("pleurs du nourrisson"
        // is also written "pleurs des nourrissons" and "pleurs de nourrisson"), after all the
        // names and only where no name already says those words.
        eachName { name, role, _ in
            for variant in Self.articleVariants(of: name) { m.add(variant, role: role, onlyIfNew: true) }
        }
        // Words a cue file gives as unknown conditions or treatments ("asthma") stay with the
        // concept a vocabulary names by them.
        for line in lines where line.file != Self.recognisedFile && line.role.kind != .interposed {
            let unknown = line.role.kind == .othercondition || line.role.kind == .otherintervention
            for phrase in line.phrases { m.add(phrase, role: line.role, onlyIfNew: unknown) }
        }
        // The recognised names (generated from the wide vocabulary) come last and only where
        // no other file named the same words: a user's `intervention cryotherapy cryothérapie`
        // beats the bundled mapping of cryotherapy to physiotherapy.
        for line in lines where line.file == Self.recognisedFile {
            for phrase in line.phrases { m.add(phrase, role: line.role, onlyIfNew: true) }
        }
        Self.allowInterposed(lines, in: &m)
        matcher = m
        rebuildNames()
    }

    /// The words the cue files let stand between two words of a phrase (`CueKind.interposed`),
    /// given to the matcher after its phrases: when it is compiled and when it is read from an image.
    package static func allowInterposed(_ lines: [LexiconLine], in matcher: inout PhraseMatcher) {
        for line in lines where line.role.kind == .interposed {
            for word in line.phrases { matcher.allowBetweenWords(word) }
        }
    }

    /// A French name with "du", "des" or "de" before a complement, with each of the other two
    /// there instead ("pleurs du nourrisson" → "pleurs des nourrissons", "pleurs de nourrisson":
    /// the stems meet plurals, so the article is all that differs).
    static func articleVariants(of name: String) -> [String] {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count >= 3 else { return [] }
        var out: [String] = []
        for (i, w) in words.enumerated() where i > 0 && i < words.count - 1 {
            let article = w.lowercased()
            guard article == "du" || article == "des" || article == "de" else { continue }
            // Not "de la", "de l'…": only a bare complement.
            let following = words[i + 1].lowercased()
            if article == "de", following == "la" || following.hasPrefix("l'") || following.hasPrefix("l’") { continue }
            for other in ["du", "des", "de"] where other != article {
                var changed = words
                changed[i] = Substring(other)
                out.append(changed.joined(separator: " "))
            }
        }
        return out
    }

    /// The intervention names (`interventions`) and the resolver, from the vocabularies and
    /// the cue lines: by `compile`, and by `LexiconImage` when it reads a compiled matcher.
    package mutating func rebuildNames() {
        var names: [String: [String]] = [:]
        let spellings = interventionSpellings
        for (id, written) in spellings { names[id, default: []] += written.map { Folding.fold($0) } }
        // A concept a cue line names too (a user's `intervention cryotherapy cryothérapie`) is
        // not the wide vocabulary's alone.
        var named = Set<String>()
        for line in lines where line.file != Self.recognisedFile {
            switch line.role {
            case .intervention(let id), .indication(let id): named.insert(id)
            default: break
            }
        }
        wideConcepts = Self.wideOnlyIDs(vocabulary).union(Self.wideOnlyIDs(interventionVocabulary)).subtracting(named)
        meshResolutions = MeSHResolutionCache()
        classMembers = ClassMemberCache()
        interventions = names
        // (`wordResolver`, from the spellings made above.)
        resolver = NameResolver(vocabulary: vocabulary, interventions: spellings, forms: textForms)
    }

    /// The intervention id a name names, by the names only (`NameResolver.interventionID`: a
    /// MeSH heading, a report's conclusion); a user's word goes through `resolver`.
    public func interventionID(for name: String) -> String? {
        resolver.interventionID(name)
    }
}
