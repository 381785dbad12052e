import Documents
import Foundation
import TextAnalysis

/// What a PubMed record's indexing says its study is about (issue 12, point 4): the
/// conditions of its MeSH headings, those indexed as treated (qualifiers `therapy`, `drug
/// therapy`, `prevention & control`...), and the interventions (a descriptor or chemical
/// with `therapeutic use`, or one the vocabulary knows as an intervention). Each descriptor
/// is resolved through the vocabulary: its MeSH UI (`mesh_id`), its name (`mesh_heading`,
/// labels, synonyms, "Pain, Postoperative" read as "Postoperative Pain"), then its broader
/// descriptors in the MeSH tree; a disease descriptor the vocabulary does not know at all
/// is a concept of its own, `mesh:UI` with its English label, the UI read in the record or
/// the tree (never made up). `MeSHClaims` uses it on a record's conclusion.
public struct MeSHIndexing: Sendable {
    /// A condition or an intervention the indexing names.
    public struct Term: Sendable, Hashable {
        /// The concept id: the vocabulary's, or `mesh:UI`.
        public var id: String
        /// Its English label (the vocabulary's, or the descriptor's name).
        public var label: String
        /// The heading or chemical that gave it, as PubMed prints it ("Asthma/drug therapy").
        public var heading: String
        /// When the descriptor was resolved through a broader one: that descriptor's name.
        public var via: String?
        /// A condition indexed as treated, or an intervention indexed as used to treat.
        public var treated: Bool
        /// What the indexing says besides ("adverse effects").
        public var qualifiers: [String]

        /// How a cue names it: "Osteoarthritis, Knee/therapy (as Osteoarthritis)".
        public var source: String { heading + (via.map { " (as its broader descriptor \($0))" } ?? "") }
    }

    public private(set) var conditions: [Term] = []
    public private(set) var interventions: [Term] = []

    /// Qualifiers that make a condition's heading the one the study treats or prevents.
    public static let treatmentQualifiers: Set<String> = [
        "therapy", "drug therapy", "prevention & control", "surgery", "rehabilitation", "diet therapy", "radiotherapy",
    ]
    /// Qualifiers of a drug heading that say nothing of its use to treat: a heading with only
    /// these indexes a drug dosed, measured or harmful in the study, not the one it tests.
    public static let nonTreatingQualifiers: Set<String> = [
        "adverse effects", "poisoning", "toxicity", "administration & dosage", "pharmacokinetics",
        "blood", "metabolism", "chemistry", "analysis", "urine", "economics", "supply & distribution",
    ]
    /// The qualifier that makes a descriptor or chemical heading an intervention.
    public static let therapeuticUse = "therapeutic use"

    public init(document: Document, lexicon: ClaimLexicon = .bundled, tree: MeSHTree = .bundled) {
        let mesh = document.metadata.mesh.isEmpty
            ? document.metadata.meshHeadings.map { MeSHHeading(descriptor: $0) } : document.metadata.mesh
        let cache = lexicon.meshResolutions
        // Drugs whose heading indexes them for what is not their use: their chemical entry
        // does not make them the intervention either.
        var notUsed = Set<String>()
        for heading in mesh {
            let qualifiers = heading.qualifiers.map { $0.name.lowercased() }
            let resolved = cache.resolution(of: heading.descriptor, ui: heading.descriptorUI) {
                Self.resolve(heading.descriptor, ui: heading.descriptorUI, lexicon: lexicon, tree: tree)
            }
            if let known = resolved.intervention {
                // A treatment claims are made on, with no qualifier or one of use; not one indexed
                // only for what is not its use to treat (budesonide indexed for its dosage and
                // adverse effects beside two other drugs).
                let onlyNotItsUse = !qualifiers.isEmpty && qualifiers.allSatisfy { Self.nonTreatingQualifiers.contains($0) }
                if qualifiers.contains(Self.therapeuticUse) || (lexicon.interventions[known.id] != nil && !onlyNotItsUse) {
                    add(intervention: Term(id: known.id, label: known.label, heading: heading.display, treated: true, qualifiers: qualifiers))
                } else {
                    notUsed.insert(known.id)
                }
                continue
            }
            if qualifiers.contains(Self.therapeuticUse) {
                // A drug or substance indexed as used to treat, unknown to the vocabulary: its own
                // concept, only with the UI the record gives.
                if let ui = heading.descriptorUI {
                    add(intervention: Term(id: "mesh:" + ui, label: heading.descriptor, heading: heading.display, treated: true, qualifiers: qualifiers))
                }
                continue
            }
            guard let c = resolved.condition else { continue }
            let term = Term(id: c.id, label: c.label, heading: heading.display, via: c.via,
                            treated: qualifiers.contains { Self.treatmentQualifiers.contains($0) }, qualifiers: qualifiers)
            if !conditions.contains(term) { conditions.append(term) }
        }
        for chemical in document.metadata.chemicals {
            let resolved = cache.resolution(of: chemical.name, ui: nil, chemical: true) {
                MeSHResolutionCache.Resolution(intervention: Self.intervention(chemical.name, lexicon: lexicon), condition: nil)
            }
            // A chemical carries no qualifier: only a treatment claims are made on counts.
            guard let known = resolved.intervention, lexicon.interventions[known.id] != nil, !notUsed.contains(known.id) else { continue }
            add(intervention: Term(id: known.id, label: known.label, heading: "Chemical: " + chemical.name, treated: true, qualifiers: []))
        }
    }

    /// What a descriptor names, whatever its qualifiers: a known intervention, else a condition.
    static func resolve(_ name: String, ui: String?, lexicon: ClaimLexicon, tree: MeSHTree) -> MeSHResolutionCache.Resolution {
        if let known = intervention(name, lexicon: lexicon) { return .init(intervention: known, condition: nil) }
        return .init(intervention: nil, condition: condition(name, ui: ui, lexicon: lexicon, tree: tree))
    }

    private mutating func add(intervention term: Term) {
        if !interventions.contains(where: { $0.id == term.id }) { interventions.append(term) }
    }

    public var isEmpty: Bool { conditions.isEmpty && interventions.isEmpty }

    /// The conditions indexed as treated, one per concept; a broader one indexed beside a
    /// narrower one ("Back Pain/therapy" with "Low Back Pain/therapy") counts as the narrower.
    public func treatedConditions(in vocabulary: ConceptVocabulary) -> [Term] {
        var out: [Term] = []
        for t in conditions where t.treated && !out.contains(where: { $0.id == t.id }) { out.append(t) }
        return out.filter { t in !out.contains { $0.id != t.id && vocabulary.isWithin($0.id, t.id) } }
    }

    /// The one condition the record is indexed as treating, if exactly one.
    public func treatedCondition(in vocabulary: ConceptVocabulary) -> Term? {
        let treated = treatedConditions(in: vocabulary)
        return treated.count == 1 ? treated[0] : nil
    }

    /// The one intervention the record is indexed with, if exactly one.
    public var intervention: Term? { interventions.count == 1 ? interventions[0] : nil }

    /// The term of the indexing that agrees with a claim's indication: the same concept, or
    /// one narrower or broader in the vocabulary.
    public func condition(agreeingWith id: String, in vocabulary: ConceptVocabulary) -> Term? {
        conditions.first { $0.id == id } ?? conditions.first { vocabulary.isWithin($0.id, id) || vocabulary.isWithin(id, $0.id) }
    }

    // MARK: resolving a descriptor

    /// "Pain, Postoperative" → "Postoperative Pain": MeSH puts the head noun first.
    static func uninverted(_ name: String) -> String? {
        let parts = name.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return parts[1] + " " + parts[0]
    }

    /// A known intervention a descriptor or chemical names.
    static func intervention(_ name: String, lexicon: ClaimLexicon) -> (id: String, label: String)? {
        // "Acupuncture Therapy", "Exercise Therapy": MeSH names a practice by its therapy.
        let practice = name.hasSuffix(" Therapy") ? String(name.dropLast(8)) : nil
        for form in [name] + (uninverted(name).map { [$0] } ?? []) + (practice.map { [$0] } ?? []) {
            if let id = lexicon.interventionID(for: form) {
                return (id, lexicon.interventionVocabulary.concept(id: id)?.labelEN ?? id)
            }
        }
        return nil
    }

    /// The condition a heading names: the vocabulary's concept by UI or name, else the
    /// nearest broader descriptor the vocabulary knows, else the descriptor itself as
    /// `mesh:UI` when it is a disease descriptor of the tree. Nil for headings that are no
    /// condition ("Humans", "Pain Measurement").
    static func condition(_ name: String, ui given: String?, lexicon: ClaimLexicon, tree: MeSHTree) -> MeSHResolutionCache.Condition? {
        let vocabulary = lexicon.vocabulary
        let ui = given ?? tree.ui(named: name)
        func known(_ name: String, _ ui: String?) -> Concept? {
            for form in [name] + (uninverted(name).map { [$0] } ?? []) {
                if let c = vocabulary.lookup(form), vocabulary.contains(id: c.id), !vocabulary.isGroup(c.id), c.type?.isIntervention != true { return c }
            }
            guard let ui else { return nil }
            return vocabulary.concepts.first { $0.meshID == ui && $0.type?.isIntervention != true }
        }
        if let c = known(name, ui) { return .init(id: c.id, label: c.labelEN, via: nil) }
        guard let ui, tree.descriptor(ui: ui) != nil else { return nil }
        for broader in tree.ancestors(of: ui) {
            if let c = known(broader.name, broader.ui) { return .init(id: c.id, label: c.labelEN, via: broader.name) }
        }
        return .init(id: "mesh:" + ui, label: name, via: nil)
    }
}
