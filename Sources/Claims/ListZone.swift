/// A list of uses under a lead-in that states their effect: a heading or a line ending in
/// ":" with an effect or a `listhead` phrase and no indication of its own ("Indications :",
/// "What can osteopathy help with?", "La mésothérapie soulage notamment :"). Each following
/// block of the same section that names indications and states nothing itself is a claim with
/// the lead-in's stance. The zone ends at the next section or at a long paragraph.
struct ListZone {
    /// A paragraph of more words than this, naming no indication, ends the list.
    static let paragraphWords = 20

    /// The lead-in's stance, the intervention it names, and the source it names ("The expert
    /// panel considers mesotherapy appropriate for:"): what each item claims and rests on.
    private var open: (section: Int, stance: ClauseStance, intervention: Mention?, basis: (Basis, String)?, lead: (indications: [Mention], words: String))?
    /// A lead-in that states no effect but gives the word to someone ("D'après ceux qui la
    /// pratiquent, la ventousothérapie :"): each item states its own effect, on that source.
    private var sourced: (section: Int, basis: (Basis, String))?

    /// The source of the lead-in an item is under, when the lead-in states no effect itself.
    func source(forItemOf s: AnalyzedSentence, naming indications: [Mention]) -> (Basis, String)? {
        guard let sourced, sourced.section == s.section, !indications.isEmpty, s.tokens.count <= Self.paragraphWords else { return nil }
        return sourced.basis
    }

    /// What the lead-in an item is under names for it to treat, when the item names treatments and
    /// no condition ("Plusieurs soins atténuent les vergetures : • le laser fractionné • les
    /// peelings"): each item is a treatment for the lead-in's conditions.
    func leadIndications(forItemOf s: AnalyzedSentence, interventions: [Mention]) -> (indications: [Mention], words: String)? {
        guard let open, open.section == s.section, open.intervention == nil, !open.lead.indications.isEmpty, !interventions.isEmpty,
              Self.readsAsItem(s) else { return nil }
        return open.lead
    }

    /// An item of a list, not a sentence of the text ("Les produits injectés associent … un
    /// anti-inflammatoire."): short, and not a full sentence unless very short.
    static func readsAsItem(_ s: AnalyzedSentence) -> Bool {
        s.tokens.count <= paragraphWords && (!s.text.hasSuffix(".") || s.tokens.count <= 8)
    }

    /// An item names indications (a list of uses), or interventions under a lead-in that names
    /// none ("Things you can do to ease the pain: • take paracetamol or ibuprofen"): a list of
    /// treatments for the condition the discourse speaks of.
    func stance(forItemOf s: AnalyzedSentence, naming indications: [Mention], interventions: [Mention] = [])
        -> (stance: ClauseStance, intervention: Mention?, basis: (Basis, String)?)? {
        guard let open, open.section == s.section else { return nil }
        // "Quelles zones peut-on traiter ? … La carboxythérapie est notamment proposée en cas de
        // cellulite": a sentence that describes use says so itself, whatever its lead-in.
        if s.matches.contains(where: { $0.has(.practice) }) { return nil }
        // "What it won't do — Strengthening exercise has far stronger evidence…": under a list head
        // that denies, a sentence that names a treatment, or one that states an effect and reads as
        // no item ("Calmer une crise d'allergie" is one), says its own stance.
        if open.stance.deniesItems, !interventions.isEmpty || (!Self.readsAsItem(s) && s.matches.contains(where: { $0.has(.effect) })) {
            return nil
        }
        if !indications.isEmpty { return (open.stance, open.intervention, open.basis) }
        if open.intervention == nil, !interventions.isEmpty, Self.readsAsItem(s) {
            return (open.stance, nil, open.basis)
        }
        return nil
    }

    /// Whether a heading or a line ending in ":" opens a list (it names no indication and states
    /// an effect or is a `listhead`): it claims through its items, not itself.
    /// A heading that states an effect of a named intervention ("Le paracétamol, aussi efficace")
    /// is a claim, not a lead-in, unless it is a `listhead` or ends in ":".
    /// (`headsTreatments`: the heading names conditions and a list of treatments follows it.)
    static func opens(_ s: AnalyzedSentence, isHeading: Bool, naming indications: [Mention], headsTreatments: Bool, bytes: [UInt8]) -> Bool {
        guard (isHeading || s.endsInColon), indications.isEmpty || headsTreatments,
              !s.isQuestion, leadStance(s, bytes: bytes) != nil else { return false }
        return s.interventionMentions.isEmpty || s.endsInColon || s.matches.contains { $0.has(.listhead) }
    }

    /// Whether a heading that names no treatment heads a list of treatments: the block right
    /// after it, in its section, reads as an item and names one ("Ce qui soulage la douleur au
    /// talon • Des semelles orthopédiques • Des étirements"). With an effect on a condition, it is
    /// a lead-in, each item a treatment for its conditions, as "Plusieurs soins atténuent les
    /// vergetures :" is; over a paragraph it is the page's own claim ("Efficace contre le stress").
    static func headsTreatments(_ s: AnalyzedSentence, isHeading: Bool, next: AnalyzedSentence?) -> Bool {
        guard isHeading, !s.isQuestion, s.interventionMentions.isEmpty, !s.matches.contains(where: { $0.has(.otherintervention) }),
              let next, next.section == s.section, readsAsItem(next) else { return false }
        return !next.interventionMentions.isEmpty
    }

    mutating func note(_ s: AnalyzedSentence, isHeading: Bool, naming indications: [Mention], interventions: [Mention], headsTreatments: Bool,
                       bytes: [UInt8]) {
        if let o = open, o.section != s.section { open = nil }
        if let o = sourced, o.section != s.section || isHeading || (indications.isEmpty && s.tokens.count > Self.paragraphWords) { sourced = nil }
        let leadIn = isHeading || s.endsInColon
        let stance = leadIn ? Self.leadStance(s, bytes: bytes) : nil
        if stance == nil, s.endsInColon, indications.isEmpty, let source = Self.voice(of: s, bytes: bytes) {
            sourced = (s.section, source)
        }
        // "Quelles douleurs du dos peut-elle soulager ?" names a broad condition and asks for its
        // kinds; "Elle soigne l'essentiel de la traumatologie du sport :" names one and lists them.
        let headsTreatments = headsTreatments && !indications.isEmpty
        if leadIn, indications.isEmpty || s.isQuestion || s.endsInColon || headsTreatments, let stance {
            // (Its source may be people speaking from experience: "The clinical experience of one
            // clinic suggests that transplants can also help with:" gives each item as testimony.)
            // (Not a reader's question in the first person: "Will the lamp cure my ADHD?")
            open = (s.section, stance, interventions.first, s.isQuestion ? Self.source(of: s, bytes: bytes) : Self.voice(of: s, bytes: bytes),
                    ((s.endsInColon && !s.isQuestion) || headsTreatments ? indications : [], Discourse.clip(s.text)))
            return
        }
        if isHeading { open = nil; return }
        // "Au cabinet, la mésothérapie est proposée dans les situations suivantes :" under an
        // "Indications" heading: a lead-in of its own that describes use opens a list of uses
        // described, not claimed.
        if s.endsInColon, stance == nil, s.matches.contains(where: { $0.has(.practice) }) { open = nil; return }
        if indications.isEmpty, s.tokens.count > Self.paragraphWords { open = nil }
    }

    /// Words that negate a lead-in ("ne traite pas", "cannot treat", "will not cure"; folded
    /// tokens, so "can't" is "can" and "te", as the French "t'": it counts through its negation
    /// match, or as the "n't" of a `listhead` phrase that holds it, "What it won't do").
    static let negationWords: Set<String> = ["pas", "not", "cannot", "never", "jamais"]

    /// The source a lead-in names ("the expert panel", "la HAS"), the best of its basis cues.
    private static func source(of s: AnalyzedSentence, bytes: [UInt8]) -> (Basis, String)? {
        BasisClassifier.best(among: s.matches).map { ($0.0, s.surface($0.1, bytes: bytes)) }
    }

    /// The source of a lead-in that states no effect: its basis cues, or the people whose word
    /// it gives ("D'après ceux qui la pratiquent, la ventousothérapie :"): testimony.
    private static func voice(of s: AnalyzedSentence, bytes: [UInt8]) -> (Basis, String)? {
        source(of: s, bytes: bytes) ?? s.matches.first { $0.has(.testimony) }.map { (.testimony, s.surface($0, bytes: bytes)) }
    }

    private static func leadStance(_ s: AnalyzedSentence, bytes: [UInt8]) -> ClauseStance? {
        // "Ce que l'ostéopathie ne traite pas :" negates its list: its items are read from the
        // lead-in's own words below, not as uses.
        // (The listhead phrase "ce que … ne traite pas" holds the negation words itself.)
        let negated = s.matches.contains { m in m.negations.contains { $0 != .pseudo } }
            || s.tokens.contains { Self.negationWords.contains($0.folded) }
            || s.matches.contains { m in m.has(.listhead) && ["n't", "n’t"].contains { s.surface(m, bytes: bytes).contains($0) } }
        if !negated, let m = s.matches.first(where: { $0.has(.listhead) }) {
            return ClauseStance(stance: .supports, hedged: false,
                                cues: [Cue(role: "stance", text: s.surface(m, bytes: bytes), rule: "an item of the list of uses under it")],
                                strength: 0.9)
        }
        for clause in s.clauses {
            if var stance = StanceClassifier.classify(s, clause: clause, bytes: bytes) {
                stance.strength *= 0.9
                stance.cues.append(Cue(role: "stance", text: Discourse.clip(s.text), rule: "an item of the list under this lead-in"))
                return stance
            }
        }
        // "Ce qu'il ne peut pas faire", "What it can't do": a list head denied, with no word of
        // effect of its own, denies each of its items.
        if negated, let m = s.matches.first(where: { $0.has(.listhead) }) {
            return ClauseStance(stance: .refutes, hedged: false,
                                cues: [Cue(role: "stance", text: s.surface(m, bytes: bytes), rule: "an item of the list of what it does not do")],
                                strength: 0.8, deniesItems: true)
        }
        return nil
    }
}
