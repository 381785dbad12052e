import Documents
import TextAnalysis

/// Claims from PubMed's indexing (issue 12, point 4). The conclusion of a record (its
/// CONCLUSION(S) section, or the last two sentences of an abstract without one) often
/// states an effect in words that do not name the condition, or name it in a form the
/// vocabulary lacks ("…improved control of the airway disorder"); the NLM's indexers named
/// it in the record's MeSH headings ("Asthma/drug therapy"). Run once per document after
/// the sentences' claims (`ClaimExtractor`), it
/// - gives a conclusion's claim filed `general` (the intervention named, no indication in
///   the sentence or its discourse) the one condition the headings index as treated;
/// - makes the claim of a conclusion that states an effect but made none because a side was
///   missing (no indication named, or no intervention named anywhere), when the headings
///   give exactly the missing side;
/// - adds a cue to a conclusion's claim whose indication or intervention the headings confirm.
/// Conservative: only one treated condition (or one intervention) in the headings supplies a
/// side, never over words the sentence itself gives (the whole practice, a condition the
/// vocabulary lacks, another intervention). A side from the headings lowers the confidence
/// (`ClaimConfidence.meshSide`).
enum MeSHClaims {
    static func apply(
        _ claims: [Claim], document d: Document, sentences: [AnalyzedSentence], stances: [[ClauseStance?]],
        main: (id: String, why: String)?, ownDesign: (basis: Basis, words: String, from: Int)?, titleDesign: (Basis, String)?,
        titleNames: Set<String>, naming: inout ClaimConfidence.SentencesNaming, bytes: [UInt8], lexicon: ClaimLexicon
    ) -> [Claim] {
        guard !d.metadata.mesh.isEmpty || !d.metadata.meshHeadings.isEmpty || !d.metadata.chemicals.isEmpty else { return claims }
        let zone = conclusionZone(sentences)
        guard !zone.isEmpty else { return claims }
        let indexing = MeSHIndexing(document: d, lexicon: lexicon)
        guard !indexing.isEmpty else { return claims }
        // The headings name what they index, as one more sentence of the record would.
        naming.count(headings: indexing)
        let vocabulary = lexicon.vocabulary
        let treated = indexing.treatedCondition(in: vocabulary)
        var out = claims
        var claimed = Set<Int>()
        let starts = Set(zone.map { sentences[$0].start })
        for i in out.indices where starts.contains(out[i].start) {
            claimed.insert(out[i].start)
            guard let s = zone.lazy.map({ sentences[$0] }).first(where: { $0.start == out[i].start }) else { continue }
            if out[i].indication == Claim.generalIndication, let t = treated, replaceable(out[i], in: s) {
                supply(t, to: &out[i])
            } else if let t = indexing.condition(agreeingWith: out[i].indication, in: vocabulary) {
                out[i].cues.insert(Cue(role: "indication", text: "MeSH: " + t.source,
                                       rule: "confirmed by the record's MeSH heading \(t.heading)"), at: confirmationIndex(out[i]))
            }
            if let t = indexing.interventions.first(where: { $0.id == out[i].intervention }) {
                out[i].cues.insert(Cue(role: "intervention", text: "MeSH: " + t.source,
                                       rule: "confirmed by the record's MeSH heading \(t.heading)"), at: confirmationIndex(out[i]))
            }
        }
        for index in zone where !claimed.contains(sentences[index].start) {
            let s = sentences[index]
            guard !s.isQuestion else { continue }
            let design = ownDesign.flatMap { ClaimExtractor.covers($0, index) ? ($0.basis, $0.words) : nil } ?? titleDesign
            out += made(s, stances: index < stances.count ? stances[index] : [], indexing: indexing, treated: treated, main: main,
                        design: design, titleNames: titleNames, document: d, bytes: bytes, lexicon: lexicon)
        }
        return out
    }

    /// The sentences a record concludes with: its CONCLUSION(S) section, else the last two
    /// sentences of its (first) unlabelled or labelled abstract.
    static func conclusionZone(_ sentences: [AnalyzedSentence]) -> [Int] {
        let labelled = sentences.indices.filter { sentences[$0].role == .conclusion }
        if !labelled.isEmpty { return labelled }
        guard let first = sentences.firstIndex(where: { $0.role == .abstract }) else { return [] }
        let section = sentences[first].section
        return Array(sentences.indices.filter { sentences[$0].section == section && sentences[$0].role == .abstract }.suffix(2))
    }

    /// A general claim the headings may narrow: not one whose words speak of the practice as
    /// a whole ("in all its indications") or widen to it.
    static func replaceable(_ claim: Claim, in s: AnalyzedSentence) -> Bool {
        !s.matches.contains { $0.has(.whole) } && !s.matches.contains { $0.has(.othercondition) }
            && !claim.cues.contains { $0.role == "indication" && $0.rule.contains("widened") }
    }

    /// Confirmations go before the confidence cue, which stays last.
    private static func confirmationIndex(_ claim: Claim) -> Int {
        claim.cues.lastIndex { $0.role == "confidence" } ?? claim.cues.count
    }

    /// A general claim narrowed to the treated condition of the headings.
    private static func supply(_ t: MeSHIndexing.Term, to claim: inout Claim) {
        claim.indication = t.id
        claim.surface = t.label
        claim.wholePractice = false
        claim.scope = nil
        // The cue that filed it as general no longer decides: the heading does.
        claim.cues.removeAll { $0.role == "indication" && ($0.rule.contains("no indication") || $0.rule.contains("as a whole")) }
        let at = claim.cues.firstIndex { $0.role != "intervention" && $0.role != "reference" } ?? claim.cues.count
        claim.cues.insert(cue(indication: t), at: at)
        // The heading reads the whole record, as the document's topic does (§6), less sure.
        ClaimConfidence.reassign(&claim, indication: TopicOrigin.topic.rawValue, factor: ClaimConfidence.meshSide)
    }

    private static func cue(indication t: MeSHIndexing.Term) -> Cue {
        Cue(role: "indication", text: "MeSH: " + t.source,
            rule: "from the record's MeSH heading \(t.heading): the one condition it indexes as treated (\(t.id), \(t.label))")
    }

    /// The claims of a conclusion that made none: each clause that states an effect, with
    /// the side the sentence lacks from the headings.
    private static func made(
        _ s: AnalyzedSentence, stances: [ClauseStance?], indexing: MeSHIndexing, treated: MeSHIndexing.Term?,
        main: (id: String, why: String)?, design: (Basis, String)?, titleNames: Set<String>, document d: Document,
        bytes: [UInt8], lexicon: ClaimLexicon
    ) -> [Claim] {
        var out: [Claim] = []
        var findings: [ClaimConfidence.Finding] = []
        var factors: [Double] = []
        for (clause, stance) in zip(s.clauses, stances) {
            guard let stance else { continue }
            let clauseMatches = s.matches(in: clause)
            if clauseMatches.contains(where: { $0.has(.whole) }) { continue }
            // Indication: the clause's own, else the heading's treated condition (not over a
            // condition the vocabulary lacks, which the sentence may be speaking of).
            var indications: [(id: String, surface: String, cue: Cue?)] =
                MentionFinder.indications(in: s, bytes: bytes, clause: clause).map { ($0.id, $0.surface, nil) }
            var fromMeSH = false
            if indications.isEmpty {
                guard let t = treated, !s.matches.contains(where: { $0.has(.othercondition) && !names(s, $0, t, bytes) }) else { continue }
                indications = [(t.id, t.label, cue(indication: t))]
                fromMeSH = true
            }
            // Intervention: named in the sentence, else the document's main one, else the headings' one.
            var intervention: (id: String, cue: Cue, origin: TopicOrigin, mesh: Bool)
            if let m = MentionFinder.interventions(in: s, bytes: bytes, clause: clause).first ?? MentionFinder.interventions(in: s, bytes: bytes).first {
                intervention = (m.id, Cue(role: "intervention", text: m.surface, rule: "named in the sentence"), .sentence, false)
            } else if let main {
                intervention = (main.id, Cue(role: "intervention", text: main.id, rule: "the document's main intervention (\(main.why))"),
                                .document, false)
            } else if let t = indexing.intervention, !s.matches.contains(where: { $0.interventionID != nil }),
                      !s.matches.contains(where: { $0.has(.otherintervention) && !names(s, $0, t, bytes) }),
                      !mentions(s, t) {
                // Only for a sentence that names no intervention at all: one the extractor read as
                // a comparator ("no more effective than mesotherapy") stays unclaimed.
                intervention = (t.id, Cue(role: "intervention", text: "MeSH: " + t.source,
                                          rule: "from the record's MeSH heading \(t.heading): the one intervention it indexes (\(t.id), \(t.label))"),
                                .document, true)
                fromMeSH = true
            } else {
                continue
            }
            // The sentence gave both sides and the extractor made no claim: its reasons stand.
            guard fromMeSH else { continue }
            let (basis, basisCue) = BasisClassifier.classify(s, clause: clause, stance: stance, document: d, bytes: bytes,
                                                             narrativeTestimony: nil, ownDesign: design, carriedDesign: nil)
            let citedCue = AttributionDetector.cited(s, document: d, bytes: bytes)
            for ind in indications where !out.contains(where: { $0.intervention == intervention.id && $0.indication == ind.id }) {
                var cues = [intervention.cue]
                cues.append(ind.cue ?? Cue(role: "indication", text: ind.surface, rule: "indication \(ind.id)"))
                cues += stance.cues
                cues.append(basisCue)
                if let citedCue { cues.append(citedCue) }
                let claim = Claim(doc: d.id, title: d.title, year: d.year, kind: d.kind, intervention: intervention.id,
                                  indication: ind.id, surface: ind.surface, stance: stance.stance, basis: basis, cited: citedCue != nil,
                                  hedged: stance.hedged, lang: s.lang, sentence: s.text, start: s.start, end: s.end, cues: cues)
                // A side from the headings counts as one from the document's topic (§6), times
                // `meshSide`: the indexers' reading of the whole record, not the sentence's words.
                out.append(claim)
                var finding = ClaimConfidence.Finding(indication: ind.cue == nil ? .clause : .topic, intervention: intervention.origin,
                                                      stanceWords: stance.strength)
                finding.wide = lexicon.isWide(intervention: intervention.id, indication: ind.id)
                finding.title = ClaimConfidence.titleAgreement(intervention: titleNames.contains(intervention.id),
                                                               indication: titleNames.contains(ind.id))
                findings.append(finding)
                factors.append((ind.cue == nil ? 1 : ClaimConfidence.meshSide) * (intervention.mesh ? ClaimConfidence.meshSide : 1))
            }
        }
        ClaimConfidence.assign(&out, findings: findings, sideFactors: factors)
        return out
    }

    /// Whether the sentence's words hold the term's label or descriptor name (folded), found or not.
    private static func mentions(_ s: AnalyzedSentence, _ t: MeSHIndexing.Term) -> Bool {
        let words = " " + NameResolver.key(s.text) + " "
        let descriptor = t.heading.split(separator: "/").first.map { String($0).replacingOccurrences(of: "*", with: "") } ?? t.heading
        return [t.label, descriptor].contains { let k = NameResolver.key($0); return !k.isEmpty && words.contains(" " + k + " ") }
    }

    /// Whether a phrase of the sentence names the term (its label, or the descriptor's name).
    private static func names(_ s: AnalyzedSentence, _ m: PhraseMatch, _ t: MeSHIndexing.Term, _ bytes: [UInt8]) -> Bool {
        let words = NameResolver.key(s.surface(m, bytes: bytes))
        let descriptor = t.heading.split(separator: "/").first.map(String.init) ?? t.heading
        return [t.label, descriptor, MeSHIndexing.uninverted(descriptor) ?? ""].contains { !$0.isEmpty && NameResolver.key($0) == words }
    }
}

extension ClaimConfidence {
    /// The factor of a side that only the record's MeSH headings give (`MeSHClaims`):
    /// the indexers' reading of the whole record, not the sentence's words.
    static let meshSide = 0.8
}
