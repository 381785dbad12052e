import Documents
import Foundation
import Testing
import TextAnalysis
import TestSupport
@testable import Claims
@testable import Ingest

/// One rule at a time: the phrase matcher, negation scope, the stance and basis classifiers,
/// the discourse resolver and the lexicon's typing, each on a sentence written for it.
enum RuleFixtures {
    static let lexicon = ClaimLexicon.bundled

    static func sentence(_ text: String) -> AnalyzedSentence {
        AnalyzedSentence(text: text, start: 0, end: text.utf8.count, section: 0, block: 0, role: .main, lang: nil,
                         bytes: Array(text.utf8), matcher: lexicon.matcher)
    }

    /// A document of sections (heading, paragraphs) as the readers build it.
    static func document(title: String, kind: DocumentKind = .blog, lang: String = "fr", _ sections: [(String?, [String])]) -> Document {
        var b = TextBuilder()
        for (heading, paragraphs) in sections {
            b.beginSection(heading: heading, role: .main)
            for p in paragraphs { b.appendParagraph(p) }
        }
        let (text, built) = b.finish()
        return Document(source: "\(title).html", format: .html, kind: kind, title: title, language: lang, text: text, sections: built)
    }

    /// With `allWide`, claims on the wide vocabulary's concepts whatever their confidence: the
    /// rule under test, not the threshold (`ClaimExtractor.Options.wideMinimumConfidence`).
    static func claims(title: String, kind: DocumentKind = .blog, lang: String = "fr", allWide: Bool = false, _ sections: [(String?, [String])]) -> [Claim] {
        ClaimExtractor().claims(in: document(title: title, kind: kind, lang: lang, sections),
                                options: allWide ? .init(wideMinimumConfidence: 0) : .init())
    }

    /// Each claim as "intervention/indication/stance/basis", the form the wording cases name.
    static func keys(_ claims: [Claim]) -> Set<String> {
        Set(claims.map { "\($0.intervention)/\($0.indication)/\($0.stance.rawValue)/\($0.basis.rawValue)" })
    }

    static func stance(_ text: String) -> Stance? {
        let s = sentence(text)
        return s.clauses.lazy.compactMap { StanceClassifier.classify(s, clause: $0, bytes: Array(text.utf8)) }.first?.stance
    }
}

@Suite struct PhraseMatcherTests {
    /// French elided words are spelt out ("n'" is "ne", "lorsqu'" is "lorsque"), other short
    /// words and words ending in "qu" are left as they are.
    @Test func elidedWordsAreSpeltOut() {
        let folded = ClaimTokenizer.tokens(in: "Lorsqu'il n'y a qu'une séance, jusqu'à l'été, puisqu'on s'y rend : le cirque du quoiqu'il").map(\.folded)
        #expect(folded == ["lorsque", "il", "ne", "y", "a", "que", "une", "seance", "jusque", "a", "le", "ete", "puisque", "on", "se", "y", "rend",
                           "le", "cirque", "du", "quoique", "il"], "\(folded)")
    }

    /// Forty-fifth session: complaints people buy a remedy for, named as the passages' annotators
    /// named them, are concepts of their own; vague digestive discomfort is a stomach complaint,
    /// not functional dyspepsia; cracked heels are no sore nipples.
    @Test func complaintsNamedInThePassagesAreConcepts() {
        let cases: [(String, [String])] = [
            ("La menthe poivrée soulage la dyspepsie fonctionnelle.", ["dyspepsia"]),
            ("Massage eases growing pains in children.", ["growing-pains"]),
            ("Ce dentifrice calme les dents sensibles.", ["tooth-sensitivity"]),
            ("La lanoline apaise les crevasses du mamelon.", ["sore-nipples"]),
            ("Perineal massage reduces perineal pain after birth.", ["perineal-pain"]),
            ("Un émollient soulage la sécheresse cutanée.", ["dry-skin"]),
            ("Elle soulage la digestion difficile.", ["stomach-disorders"]),
            ("La crème au karité soulage les crevasses des talons.", []),
        ]
        for (text, expected) in cases {
            let names = RuleFixtures.sentence(text).matches.compactMap(\.indicationID)
            #expect(names == expected, "\(text): \(names)")
        }
    }

    @Test func theLongestPhraseWinsAndNamesComeFirst() {
        let s = RuleFixtures.sentence("La mésothérapie n'a pas fait mieux que le placebo dans la lombalgie chronique.")
        let names = s.matches.compactMap(\.indicationID)
        #expect(names == ["low-back-pain"])
        #expect(s.matches.contains { $0.states(.refutes) && $0.covered.count >= 4 }, "\"n'a pas fait mieux\" is one phrase, not \"ne ... pas\"")
        #expect(s.matches.contains { $0.interventionID == "mesotherapy" })
    }

    /// A setting phrase lies over the words a name took ("opération" stays surgery) and takes
    /// none; words a setting line gave that another line gives a role too are an ordinary phrase.
    @Test func aSettingLiesOverANameAndAnotherRoleMakesItAnOrdinaryPhrase() {
        var m = PhraseMatcher()
        m.add("opération", role: .intervention("surgery"))
        m.add("après une opération", role: .setting("pain>postoperative-pain"))
        let over = m.matches(in: ClaimTokenizer.tokens(in: "la douleur après une opération"))
        #expect(over.contains { $0.interventionID == "surgery" && $0.covered.count == 1 })
        #expect(over.contains { $0.has(.setting) && $0.covered.count == 3 })
        m.add("après une opération", role: .marker(.neutral))
        let ordinary = m.matches(in: ClaimTokenizer.tokens(in: "la douleur après une opération"))
        #expect(ordinary.contains { $0.has(.setting) && $0.has(.neutral) && $0.covered.count == 3 }, "\(ordinary.map(\.roles))")
        #expect(!ordinary.contains { $0.interventionID == "surgery" })
    }

    @Test func aGapSpansAFewWordsOnly() {
        var m = PhraseMatcher()
        m.add("ne ... pas", role: .negation(.pre))
        let near = m.matches(in: ClaimTokenizer.tokens(in: "elle ne traite pas la cause"))
        #expect(near.count == 1)
        let far = m.matches(in: ClaimTokenizer.tokens(in: "elle ne un deux trois quatre cinq six sept pas"))
        #expect(far.isEmpty)
    }

    /// A word the cue files let stand inside a phrase ("également", "also") does not break a cue
    /// phrase, at most two of them, and never a name: "pourrait également aider" is "pourrait
    /// aider", "low also back pain" is no low back pain; without the word the phrase is unbroken too.
    @Test func anInterposedWordStandsInsideACuePhraseOnly() {
        var m = PhraseMatcher()
        m.add("pourrait aider", role: .effect(.supports))
        m.add("fait ses preuves", role: .effect(.supports))
        m.add("low back pain", role: .indication("low-back-pain"))
        for word in ["également", "aussi", "déjà", "also"] { m.allowBetweenWords(word) }
        let covered = { (text: String) in m.matches(in: ClaimTokenizer.tokens(in: text)).map(\.covered.count) }
        #expect(covered("il pourrait aider") == [2])
        #expect(covered("il pourrait également aider") == [2])
        #expect(covered("elle a déjà fait ses preuves") == [3])
        #expect(covered("elle fait déjà aussi ses preuves") == [3])
        #expect(covered("elle fait déjà aussi également ses preuves").isEmpty, "three interposed words break the phrase")
        #expect(covered("il pourrait vraiment aider").isEmpty, "a word not listed breaks it")
        #expect(m.matches(in: ClaimTokenizer.tokens(in: "low also back pain")).compactMap(\.indicationID).isEmpty)
        #expect(m.matches(in: ClaimTokenizer.tokens(in: "également")).isEmpty, "an interposed word is no phrase")
    }

    /// Interposed words of a run ("en revanche", "par contre") stand inside a cue phrase only
    /// together: "ne font en revanche rien contre" is "ne font rien contre", "peut par contre
    /// aider" is "peut aider" (a phrase found by its first pair), but "en" or "contre" alone is no
    /// interposed word, and a run counts as one of the two allowed.
    @Test func anInterposedRunStandsInsideACuePhraseOnlyWhole() {
        var m = PhraseMatcher()
        m.add("ne font rien contre", role: .effect(.refutes))
        m.add("peut aider", role: .effect(.supports))
        for words in ["en revanche", "par contre", "également"] { m.allowBetweenWords(words) }
        let covered = { (text: String) in m.matches(in: ClaimTokenizer.tokens(in: text)).map(\.covered.count) }
        #expect(covered("ces appareils ne font en revanche rien contre la pelade") == [4])
        #expect(covered("elle peut par contre aider") == [2])
        #expect(covered("elle peut par contre également aider") == [2], "a run and a word: two interposed")
        #expect(covered("ces appareils ne font en rien contre la pelade").isEmpty, "\"en\" alone is not interposed")
        #expect(covered("elle peut contre aider").isEmpty, "nor the last word of a run alone")
        #expect(m.matches(in: ClaimTokenizer.tokens(in: "en revanche")).isEmpty, "a run is no phrase")
    }

    /// Phrases are looked up by their first two words when the second follows the first: a
    /// frequent first word starts phrases of one word, of two, with a gap and with a prefix,
    /// and each is found where its words stand, none where they do not.
    @Test func phrasesSharingAFirstWordAreEachFound() {
        var m = PhraseMatcher()
        m.add("fait", role: .effect(.supports))
        m.add("fait baisser", role: .effect(.supports))
        m.add("fait ... mieux", role: .effect(.supports))
        m.add("fait place*", role: .marker(.neutral))
        let covered = { (text: String) in m.matches(in: ClaimTokenizer.tokens(in: text)).map(\.covered.count) }
        #expect(covered("le sel fait baisser la tension") == [2])
        #expect(covered("il fait nettement mieux") == [2])
        #expect(covered("il fait placer les aiguilles") == [2])
        #expect(covered("il fait beau") == [1])
        #expect(covered("baisser fait") == [1])
    }

    /// Where a vocabulary name and a neutral phrase of as many words overlap, the name is read:
    /// "cure thermale" is spa therapy, though "la cure" alone hides the English verb.
    @Test func aNameBeatsANeutralPhraseOfAsManyWords() {
        var m = PhraseMatcher()
        m.add("la cure", role: .marker(.neutral))
        m.add("cure thermale", role: .intervention("spa-therapy"))
        let found = m.matches(in: ClaimTokenizer.tokens(in: "la cure thermale apaise le psoriasis"))
        #expect(found.compactMap(\.interventionID) == ["spa-therapy"])
        let alone = m.matches(in: ClaimTokenizer.tokens(in: "la cure de magnésium"))
        #expect(alone.count == 1 && alone[0].interventionID == nil && alone[0].has(.neutral))
    }

    @Test func aPrefixWordMatchesEveryEnding() {
        var m = PhraseMatcher()
        m.add("soulag*", role: .effect(.supports))
        for word in ["soulage", "soulagement", "soulagées"] {
            #expect(m.matches(in: ClaimTokenizer.tokens(in: "elle \(word) vite")).count == 1, "\(word)")
        }
    }
}

@Suite struct NegationScopeTests {
    @Test func aNegationDoesNotCrossAClauseBoundary() {
        // "mais" ends the clause: the support after it is not negated.
        #expect(RuleFixtures.stance("La mésothérapie ne traite pas la cause de la hernie discale") == .refutes)
        let s = RuleFixtures.sentence("Elle ne traite pas la cause, mais elle soulage la douleur.")
        #expect(s.clauses.count == 2)
        let second = StanceClassifier.classify(s, clause: s.clauses[1], bytes: Array(s.text.utf8))
        #expect(second?.stance == .supports)
    }

    @Test func aColonEndsTheNegationsReach() {
        // Thirty-second session: "Do not use chelation: the committee found…" does not deny the
        // committee (a study named as missing), though it stands within six words. (A semicolon
        // already ends the clause.)
        let s = RuleFixtures.sentence("Do not use chelation: the committee found no evidence.")
        let committee = s.tokens.firstIndex { $0.folded == "committee" }!
        let chelation = s.tokens.firstIndex { $0.folded == "chelation" }!
        let clause = s.clauses.first { $0.contains(chelation) }!
        #expect(clause.contains(committee), "the clause runs past the colon, so the scope, not the clause, must stop")
        let scope = NegationScope(clause: clause, matches: s.matches(in: clause), tokens: s.tokens, breaks: s.breaks)
        #expect(scope.negated.contains(chelation))
        #expect(!scope.negated.contains(committee))
    }

    @Test func aPseudoNegationNegatesNothing() {
        #expect(RuleFixtures.stance("Une technique sans effets secondaires qui soulage les tendinites.") == .supports)
    }

    @Test func butNotInTheControlGroupDoesNotDenyTheEffect() {
        let text = "La douleur a diminué chez les patients traités par mésothérapie, mais pas dans le groupe contrôle."
        let s = RuleFixtures.sentence(text)
        let bytes = Array(text.utf8)
        let first = StanceClassifier.classify(s, clause: s.clauses[0], bytes: bytes)
        #expect(first?.stance == .supports)
        #expect(StanceClassifier.elidedNegation(s, clause: s.clauses[1], after: first!, bytes: bytes) == nil)
    }

    @Test func butNotInTheLongRunDeniesIt() {
        let text = "La mésothérapie soulage les tendinites à court terme, mais pas à long terme."
        let s = RuleFixtures.sentence(text)
        let bytes = Array(text.utf8)
        let first = StanceClassifier.classify(s, clause: s.clauses[0], bytes: bytes)!
        #expect(StanceClassifier.elidedNegation(s, clause: s.clauses[1], after: first, bytes: bytes)?.stance == .refutes)
    }
}

@Suite struct StanceClassifierTests {
    @Test(arguments: [
        ("Acupuncture was no better than sham needling for migraine.", Stance.refutes),
        ("La mésothérapie n'est pas plus efficace qu'un placebo dans la cellulite.", .refutes),
        ("Les aiguilles font mieux que l'absence de traitement dans la lombalgie.", .supports),
        ("There are no data that it works for tendinitis.", .uncertain),
        ("Il n'est pas recommandé faute de preuves dans l'arthrose.", .uncertain),
        ("Its effects can vary a great deal from one patient to the next.", .uncertain),
        ("Son efficacité reste débattue dans la fibromyalgie.", .uncertain),
        ("Clinics claim that it melts fat in weeks.", nil),
        ("It is a myth that mesotherapy melts fat.", .refutes),
        ("Neither the review nor the report found reliable evidence that it works.", .uncertain),
        ("The agency has seen no adequate studies showing that it helps autism.", .uncertain),
        ("There are no large randomised trials of cupping for neck pain.", .uncertain),
        ("The patches had no side effects and trials show they ease pain.", .supports),
        ("There is no credible evidence of harm to the baby.", nil),
        ("La technique n'a jamais vraiment fait ses preuves dans la cellulite.", .uncertain),
    ] as [(String, Stance?)])
    func stanceOf(_ text: String, _ expected: Stance?) {
        #expect(RuleFixtures.stance(text) == expected, "\(text)")
    }

    /// "no better than ibuprofen" compares two treatments; it says nothing of an effect.
    @Test func noBetterThanAnActiveTreatmentIsAComparisonNotANoEffect() {
        #expect(RuleFixtures.stance("In head-to-head trials it was no better than physiotherapy for sciatica.") == nil)
        #expect(RuleFixtures.stance("À six semaines, le PRP n'a pas fait mieux que les corticoïdes.") == nil)
    }

    @Test func describingUseIsNotClaimingAnEffect() {
        #expect(RuleFixtures.stance("Elle est proposée contre la douleur et la migraine.") == nil)
        #expect(RuleFixtures.stance("The objective was to determine whether acupuncture reduces pain.") == nil)
    }

    /// Thirty-fourth session: a ratio's confidence interval that includes 1, in English and
    /// French, the level before or after "CI"; not an interval that excludes 1, not a mean
    /// difference's interval, not a sentence without "CI".
    @Test(arguments: [
        ("The hazard ratio was 0.78 (95% CI 0.59–1.03).", true),
        ("Risk ratio 0.86, CI 95% 0.70 to 1.06.", true),
        ("Risque relatif 0,79 ; IC à 95 % : 0,60-1,04.", true),
        ("The hazard ratio was 0.62 (95% CI 0.45–0.86).", false),
        ("The mean difference was 0.3 points (95% CI -0.5 to 1.1).", false),
        ("The hazard ratio was 0.78 and the result was not significant.", false),
        ("Pain fell by 0.5 to 1.5 points, a ratio of about one in three.", false),
    ] as [(String, Bool)])
    func aRatioIntervalIncludingOne(_ text: String, _ expected: Bool) {
        #expect(ArmComparison.ratioIntervalIncludesOne(RuleFixtures.sentence(text)) == expected, "\(text)")
    }

    /// Thirty-fourth session: "did not differ" refutes only with the condition named before it
    /// in its clause.
    @Test func anOutcomeAlikeInBothArmsNeedsItsCondition() {
        #expect(RuleFixtures.stance("Bloating did not differ between groups.") == .refutes)
        #expect(RuleFixtures.stance("At twelve weeks the groups did not differ.") == nil)
    }
}

@Suite struct BasisClassifierTests {
    func basis(_ paragraphs: [String], kind: DocumentKind = .news, lang: String = "en") -> [Basis] {
        RuleFixtures.claims(title: "Acupuncture", kind: kind, lang: lang, [(nil, paragraphs)]).map(\.basis)
    }

    @Test func officialEvaluatorsBeyondFranceAreHTAReports() {
        #expect(basis(["Australia's NHMRC found that homeopathy did not relieve migraine."]) == [.htaReport])
    }

    @Test func aDesignNamedInTheSentenceBeforeIsCarriedOver() {
        let found = basis(["A randomised trial enrolled 120 adults with chronic low back pain.",
                           "Pain fell more with acupuncture than with sham needling."])
        #expect(found == [.rct])
    }

    @Test func aStudyNamedAsMissingIsNotTheBasis() {
        #expect(basis(["No controlled study has shown that mesotherapy improves scars."]) == [.assertion])
    }

    @Test func firstPersonExperienceAndQuotedPractitionersAreTestimony() {
        #expect(basis(["« Ce traitement m'a guéri de ma sciatique », raconte Paul."], lang: "fr") == [.testimony])
        #expect(basis(["« La mésothérapie soulage vraiment les tendinites », assure le Dr Martin."], lang: "fr") == [.testimony])
        #expect(basis(["Patient satisfaction with acupuncture for neck pain is high."]).allSatisfy { $0 == .testimony })
    }

    /// A quotation opened after a speaker and a colon on the stance's own first word ("Un
    /// professeur … va plus loin : « Aucune étude sérieuse ne montre que … »") is the speaker's
    /// word: there are no words between the opening mark and the stance (a debug build trapped
    /// on that empty span).
    @Test func aQuotationOpeningOnTheStanceWordIsTheSpeakers() {
        let found = RuleFixtures.claims(title: "Sirops contre la toux", allWide: true, [(nil, [
            "Un professeur de médecine générale va plus loin : « Aucune étude sérieuse ne montre que les sirops contre la toux servent à quelque chose. »",
        ])])
        #expect(found.contains { $0.intervention == "cough-medicines" && $0.stance == .uncertain && $0.basis == .testimony },
                "\(found.map { "\($0.intervention)/\($0.indication)/\($0.stance)/\($0.basis)" })")
    }

    @Test func anAffiliationIsNoCueAndNoIntervention() {
        let found = RuleFixtures.claims(title: "Abstract", kind: .journalArticle, lang: "en",
                                        [(nil, ["Department of Plastic Surgery, College of Medicine, Seoul, Korea."])])
        #expect(found.isEmpty)
    }
}

@Suite struct DiscourseTests {
    @Test func aSentenceNamingNoConditionTakesItFromTheTitle() {
        let found = RuleFixtures.claims(title: "Acupuncture et lombalgie aiguë", kind: .news, [
            (nil, ["Une revue Cochrane a réuni une trentaine d'essais sur l'acupuncture."]),
            (nil, ["Cependant, les effets ne sont que de petite taille, et l'acupuncture n'est pas plus efficace qu'une acupuncture simulée."]),
        ])
        #expect(found.map(\.indication) == ["low-back-pain"])
        #expect(found.first?.cues.contains { $0.rule.contains("title") } == true)
    }

    @Test func theHeadingOfItsSectionComesBeforeTheTitle() {
        let found = RuleFixtures.claims(title: "La mésothérapie", [
            ("Mésothérapie et cellulite", ["Les études sont trop hétérogènes pour conclure."]),
            ("Mésothérapie et arthrose", ["Elle soulage la douleur chez certains patients."]),
        ])
        #expect(found.map(\.indication) == ["cellulite", "osteoarthritis"])
        #expect(found.map(\.stance) == [.uncertain, .supports])
    }

    @Test func aYesAnswersTheQuestionHeading() {
        let found = RuleFixtures.claims(title: "Shockwave therapy", lang: "en", [
            ("Does shockwave therapy work for plantar fasciitis?", ["For most of our patients, yes."]),
        ])
        #expect(found.map(\.indication) == ["plantar-fasciitis"])
        #expect(found.first?.stance == .supports)
    }

    @Test func theItemsOfAListOfUsesAreClaims() {
        let found = RuleFixtures.claims(title: "Ostéopathie", [
            ("Indications", ["Lombalgies", "Cervicalgies", "Migraines"]),
        ])
        #expect(Set(found.map(\.indication)) == ["low-back-pain", "neck-pain", "migraine"])
        #expect(found.allSatisfy { $0.intervention == "osteopathy" && $0.stance == .supports })
    }

    @Test func aSentenceAboutThePracticeAsAWholeIsGeneralAndDecides() {
        let found = RuleFixtures.claims(title: "Homéopathie", [
            (nil, ["L'homéopathie n'a montré d'efficacité dans aucune des affections examinées, selon le rapport."]),
        ])
        #expect(found.map(\.indication) == [Claim.generalIndication])
        #expect(found.first?.wholePractice == true)
    }

    /// spec/claims.md §4: "a sentence whose indication simply was not found is not a general
    /// claim". An effect word with no condition in the sentence or its discourse claims nothing;
    /// a statement on the evidence for the practice ("n'a pas fait ses preuves") stays general.
    @Test func anEffectWordWithNoConditionAnywhereClaimsNothing() {
        let found = RuleFixtures.claims(title: "La cryolipolyse", [(nil, ["Elle est efficace, disent nos clients."])])
        #expect(found.isEmpty)
        let evidence = RuleFixtures.claims(title: "La cryolipolyse", [(nil, ["La cryolipolyse n'a pas fait ses preuves."])])
        #expect(evidence.map(\.indication) == [Claim.generalIndication])
        #expect(evidence.first?.wholePractice == true)
    }

    @Test func aConditionNamedInTheParagraphCarriesOnButNotIntoTheNextSection() {
        let found = RuleFixtures.claims(title: "Le PRP", [
            (nil, ["Le PRP est injecté dans le genou en cas d'arthrose. Il réduit la douleur."]),
            ("Tarifs", ["Une séance coûte 300 euros et elle soulage vite."]),
        ])
        #expect(found.first?.indication == "osteoarthritis")
        #expect(found.first?.intervention == "prp")
    }
}

@Suite struct LexiconTypingTests {
    @Test func theBundledLexiconParses() {
        #expect(ClaimLexicon.bundledProblem == nil, "\(ClaimLexicon.bundledProblem.map(String.init(describing:)) ?? "")")
        #expect(!RuleFixtures.lexicon.matcher.phrases.isEmpty)
    }

    @Test func valuesAreTypedWhenLoaded() throws {
        let lines = try LexiconFile.parse("effect\tuncertain\treste débattue\nnegation\tpost\tnot observed\nanswer\trefutes\tnope\n", source: "t.tsv")
        #expect(lines.map(\.role) == [.effect(.uncertain), .negation(.post), .answer(.refutes)])
        let setting = try LexiconFile.parse("setting\tpain>postoperative-pain\tafter surgery\n", source: "t.tsv")
        #expect(setting.map(\.role) == [.setting("pain>postoperative-pain")])
        #expect(CueRole.settingIDs("pain>postoperative-pain")! == ("pain", "postoperative-pain"))
    }

    /// A setting line (`broader>narrower`) whose narrower condition the vocabulary does not have
    /// below the broader one would narrow nothing: a user's file with one is refused, naming it.
    @Test func aSettingForAConditionNotBelowItsBroaderOneNamesTheLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("preuve-\(UUID().uuidString).tsv")
        try "# settings\nsetting\tnausea>postoperative-pain\tafter surgery\n".write(to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        do {
            _ = try ClaimLexicon.withUserFiles([path.path])
            Issue.record("a setting for a condition not below its broader one was accepted")
        } catch {
            #expect("\(error)".hasPrefix("\(path.path):2"), "\(error)")
            #expect("\(error)".contains("postoperative-pain"), "\(error)")
        }
    }

    @Test(arguments: [
        ("effect\tmaybe\tsoulage", "t.tsv:1"),
        ("negation\tsideways\tnot", "t.tsv:1"),
        ("hedge\tstrong\tmay", "t.tsv:1"),
        ("# comment\nbasis\tgossip\trumour", "t.tsv:2"),
        ("whatever\t-\tx", "t.tsv:1"),
        ("setting\tpostoperative-pain\tafter surgery", "t.tsv:1"),
        ("setting\tpain>\tafter surgery", "t.tsv:1"),
    ])
    func aBadLineNamesTheFileAndLine(_ text: String, _ place: String) {
        #expect(throws: LexiconError.self) { try LexiconFile.parse(text, source: "t.tsv") }
        do { _ = try LexiconFile.parse(text, source: "t.tsv") } catch {
            #expect("\(error)".hasPrefix(place), "\(error)")
        }
    }
}

/// The rules added after the batches written on real pages (rwG, rwH) and their development
/// thirds: one case each, in words written for the test.
@Suite struct RealPageRuleTests {
    @Test func aBroaderConditionIsNarrowedToTheOneItsTitleNames() {
        // "mal de dos" in an article titled on chronic low back pain speaks of low back pain.
        let found = RuleFixtures.claims(title: "Lombalgie chronique : l'ostéopathie à l'essai", kind: .news, [
            (nil, ["Chez ces patients dont le mal de dos durait depuis des mois, l'ostéopathie n'a pas fait mieux qu'un placebo."]),
        ])
        #expect(found.map(\.indication) == ["low-back-pain"])
        #expect(found.first?.cues.contains { $0.rule.contains("narrowed to low-back-pain") } == true)
    }

    @Test func aConditionIsNarrowedToTheFormNamedForACauseAnEarlierParagraphNames() {
        // The title names neither the treatment nor the cause; the first paragraph names the
        // chemotherapy, so the nausea the ginger eases later is chemotherapy's.
        let found = RuleFixtures.claims(title: "Le gingembre, allié des patients ?", kind: .news, allWide: true, [
            (nil, ["Beaucoup de patients traités par chimiothérapie cherchent des remèdes naturels entre deux cures."]),
            (nil, ["Selon une infirmière, le gingembre soulage les nausées de ses patients."]),
        ])
        #expect(found.map(\.indication) == ["chemotherapy-nausea"])
        #expect(found.first?.cues.contains { $0.rule.contains("narrowed to chemotherapy-nausea") } == true)
    }

    @Test func aListLedInByADescriptionOfUseClaimsNothingEvenUnderAnIndicationsHeading() {
        // The heading would make each item a use claimed; the lead-in right above the items says
        // they are where the practice is offered, and so do the items.
        let offered = RuleFixtures.claims(title: "La mésothérapie au cabinet", [
            ("Indications", ["Au cabinet, la mésothérapie est proposée dans les situations suivantes :",
                             "entorses de la cheville", "tendinites de l'épaule"]),
        ])
        #expect(offered.isEmpty, "\(offered.map(\.indication))")
        // Under the same heading with no such lead-in, the items are uses claimed.
        let claimed = RuleFixtures.claims(title: "La mésothérapie au cabinet", [
            ("Indications", ["entorses de la cheville", "tendinites de l'épaule"]),
        ])
        #expect(Set(claimed.map(\.indication)) == ["sprain", "tendinopathy"])
    }

    @Test func aNarrowerConditionIsNotWidenedByABroaderTitle() {
        let found = RuleFixtures.claims(title: "Mal de dos : que faire ?", kind: .news, [
            (nil, ["Dans la lombalgie aiguë, le paracétamol ne fait pas mieux qu'un placebo."]),
        ])
        #expect(found.map(\.indication) == ["low-back-pain"])
    }

    @Test func whatOnePractitionerSaysIsTestimony() {
        let found = RuleFixtures.claims(title: "Ondes de choc et arthrose", kind: .news, [
            (nil, ["« Les ondes de choc ne font pas repousser le cartilage de l'arthrose », tranche un chirurgien orthopédiste."]),
        ])
        #expect(found.map(\.basis) == [.testimony])
        #expect(found.first?.cues.contains { $0.rule == "what one practitioner or patient says" } == true)
    }

    @Test func anOfficialBodyQuotedIsNotTestimony() {
        let found = RuleFixtures.claims(title: "Homéopathie", kind: .news, [
            (nil, ["Selon la HAS, l'homéopathie n'a démontré son efficacité dans aucune indication, explique un médecin."]),
        ])
        #expect(found.map(\.basis) == [.htaReport])
    }

    @Test func aFrenchNegationInTwoPartsReachesAcrossTheSentence() {
        // "ne … aucune" nine words apart: no efficacy shown, not efficacy shown.
        #expect(RuleFixtures.stance("L'homéopathie n'avait démontré une efficacité suffisante dans aucune indication.") == .uncertain)
        // And a statement of no effect keeps its own negation ("aucun bénéfice" refutes).
        #expect(RuleFixtures.stance("Deux essais randomisés n'ont montré aucun bénéfice du PRP sur la tendinite.") == .refutes)
    }

    @Test func wordsThatOnlyLookLikeANameHideIt() {
        // "l'aiguille de la balance" is the needle of the scale, not acupuncture.
        let s = RuleFixtures.sentence("La cryolipolyse ne fera pas baisser l'aiguille de la balance.")
        #expect(s.interventionMentions.map(\.id) == ["cryolipolysis"])
    }

    @Test func aPluralReferenceStandsForEachInterventionNamedBefore() {
        let found = RuleFixtures.claims(title: "Médecines douces et mal de dos", kind: .news, [
            (nil, ["Ostéopathie, acupuncture, mésothérapie : les approches proposées pour le mal de dos ne manquent pas. Leurs efficacités restent débattues."]),
        ])
        #expect(Set(found.map(\.intervention)) == ["osteopathy", "acupuncture", "mesotherapy"])
        #expect(Set(found.map(\.stance)) == [.uncertain])
    }

    @Test func anEffectOfAWideVocabularyInterventionIsItsOwn() {
        // Chiropractic, a concept of the wide vocabulary: the sentence's effect is its own, not
        // the exercise's named later as a comparator, nor the main intervention's.
        let found = RuleFixtures.claims(title: "Low back pain: what helps?", kind: .blog, lang: "en", allWide: true, [
            (nil, ["Exercise helps many people with low back pain.",
                   "Chiropractic adjustments relieve low back pain as well as rest or exercise do."]),
        ])
        #expect(found.map { "\($0.intervention)/\($0.indication)/\($0.stance)" } == ["exercise/low-back-pain/supports", "chiropractic/low-back-pain/supports"])
    }

    @Test func aNarrowerConceptOfTheWideVocabularyCountsAsItsBundledAncestor() {
        let s = RuleFixtures.sentence("Elle soulage les névralgies cervico-brachiales et le coup du lapin.")
        #expect(s.indicationMentions.map(\.id) == ["neuralgia", "neck-pain"])
    }

    /// After "alongside" or "compared with", every treatment of the list is compared; the list
    /// ends at the comma after its coordinator's item, where the subject stands.
    @Test func aComparatorsListKeepsAllItsTreatmentsOutOfTheSubject() {
        let alongside = RuleFixtures.claims(title: "PRP et alopécie", kind: .blog, lang: "en", allWide: true, [
            (nil, ["PRP helps hair loss, and it works best alongside minoxidil or finasteride."]),
        ])
        #expect(alongside.map(\.intervention) == ["prp"], "\(alongside.map(\.intervention))")
        let suchAs = RuleFixtures.claims(title: "Massage for low back pain", kind: .blog, lang: "en", allWide: true, [
            (nil, ["Compared with active treatments such as exercise, relaxation or manipulation, massage also eased low back pain."]),
        ])
        #expect(suchAs.map(\.intervention) == ["massage"], "\(suchAs.map(\.intervention))")
    }

    /// A case report's complication cleared by drugs named in passing: the document's only
    /// condition (the fat its injections were meant to dissolve) is not theirs.
    @Test func aDrugNamedInPassingDoesNotTakeTheDocumentsOnlyCondition() {
        let found = RuleFixtures.claims(title: "Suppurative panniculitis after injection lipolysis: a case report", kind: .other, lang: "en", allWide: true, [
            (nil, ["A 31-year-old woman received injections to dissolve fat on her abdomen.",
                   "Three weeks later, painful nodules appeared at the injection sites.",
                   "The lesions resolved with prednisone and methotrexate."]),
        ])
        #expect(!found.contains { $0.intervention == "prednisone" || $0.intervention == "methotrexate" }, "\(found.map { "\($0.intervention)/\($0.indication)" })")
    }

    /// A page that names no condition and whose title names no treatment is no health page:
    /// "operations" in a text on software makes no main intervention for "it" to refer to.
    @Test func aPageWithNoConditionHasNoMainIntervention() {
        let found = RuleFixtures.claims(title: "A new release of the export tool", kind: .news, lang: "en", [
            (nil, ["The release speeds up bulk operations and adds two export operations.",
                   "It is not a simple select-and-click tool, and it does not prevent users from editing the output by hand."]),
        ])
        #expect(found.isEmpty, "\(found.map { "\($0.intervention)/\($0.indication)/\($0.stance)" })")
        // The same words on a page about a condition still refer to its treatment.
        let health = RuleFixtures.claims(title: "Hernie discale", kind: .news, lang: "fr", [
            (nil, ["Les opérations de la hernie discale sont de plus en plus rares.", "Elle ne soulage pas mieux la sciatique que l'attente, à un an."]),
        ])
        #expect(!health.isEmpty)
    }

    /// "Sauf carence en fer ou en vitamines": what the body lacks is no treatment.
    @Test func aLackNamesNoTreatment() {
        let found = RuleFixtures.claims(title: "Chute de cheveux : les compléments", kind: .blog, allWide: true, [
            (nil, ["Sauf carence avérée en fer ou en vitamines, ils n'ont aucun effet démontré sur la chute de cheveux."]),
        ])
        #expect(!found.contains { $0.intervention == "iron" || $0.intervention == "vitamins" }, "\(found.map(\.intervention))")
    }

    @Test func anotherConditionNamedInPassingIsTheSentencesOwn() {
        // "in children with asthma": the condition treated in the trial, not the title's.
        let found = RuleFixtures.claims(title: "Arnica et canal carpien", kind: .blog, lang: "en", allWide: true, [
            (nil, ["In a trial in children with asthma, homeopathy did no better than placebo."]),
        ])
        #expect(found.map { "\($0.intervention)/\($0.indication)/\($0.stance)" } == ["homeopathy/asthma/refutes"])
    }

    @Test func ordinaryWordsBeforeAnUnknownConditionDoNotBlockTheTopic() {
        // "de petite taille" (small) is also the name of short stature: after "de" with no word
        // of care, it names no condition.
        let found = RuleFixtures.claims(title: "Acupuncture et lombalgie aiguë", kind: .news, [
            (nil, ["Les effets sont de petite taille, et l'acupuncture n'est pas plus efficace qu'une acupuncture simulée."]),
        ])
        #expect(found.map(\.indication) == ["low-back-pain"])
    }

    /// recognized.tsv and concepts.tsv are generated from Vocabulary/wide-*.tsv
    /// (Scripts/recognized-names.py), leaving out the names the other bundled files use; each
    /// records the SHA-256 of both in a comment, so a wide file or a cue file edited without
    /// regenerating fails here. (A setting phrase added to discourse.tsv once took four
    /// cancers' labels away at the next regeneration, unnoticed: only the wide files were hashed.)
    @Test(arguments: ["recognized.tsv", "concepts.tsv"])
    func theGeneratedFilesMatchTheCurrentVocabularyFiles(file: String) throws {
        let root = TestPaths.packageRoot
        let data = root.appendingPathComponent("Sources/Lexicon/Data")
        let generated = try String(contentsOf: data.appendingPathComponent(file), encoding: .utf8)
        var sources: [UInt8] = []
        for name in ["Vocabulary/wide-conditions.tsv", "Vocabulary/wide-interventions.tsv"] {
            sources += try [UInt8](Data(contentsOf: root.appendingPathComponent(name)))
        }
        // The script's `lexicon_files()`: every .tsv of the data but the two it writes, by name.
        let cueFiles = try FileManager.default.contentsOfDirectory(atPath: data.path)
            .filter { $0.hasSuffix(".tsv") && !["recognized.tsv", "concepts.tsv"].contains($0) }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(cueFiles.contains("discourse.tsv") && cueFiles.contains("indications.tsv"), "\(cueFiles)")
        var lexicon: [UInt8] = []
        for name in cueFiles { lexicon += try [UInt8](Data(contentsOf: data.appendingPathComponent(name))) }
        let marker = "sources sha256 ", lexiconMarker = " lexicon sha256 "
        let line = generated.split(separator: "\n").first { $0.hasPrefix("#") && $0.contains(marker) }.map(String.init) ?? ""
        let stamp = line.range(of: marker).map { String(line[$0.upperBound...]) } ?? ""
        let parts = stamp.components(separatedBy: lexiconMarker)
        #expect(parts.first == SHA256.hex(of: sources), "\(file): a wide file changed; run Scripts/recognized-names.py")
        #expect(parts.count == 2 && parts.last == SHA256.hex(of: lexicon), "\(file): a bundled file changed; run Scripts/recognized-names.py")
    }

    /// A word ending ("prétendu*", reported) is not taken over by a whole word of another kind
    /// that starts so ("prétendument", a hedge): the matcher prefers the whole word, so the
    /// ending's kind is silently lost there. ("Des granules censés écourter…" stated an effect
    /// until the forty-first session: "censé*" was reported, "censés" a hedge.) A word that is
    /// of the ending's kind too is meant.
    @Test func noWholeWordOfAnotherKindShadowsAWordEnding() {
        // Each word ending and each whole word (single words only), with its kinds and where it
        // is first given.
        var endings: [String: (kinds: Set<String>, at: String)] = [:]
        var words: [String: (kinds: Set<String>, at: String)] = [:]
        for line in ClaimLexicon.bundled.lines {
            let at = "\(line.file):\(line.line)"
            for phrase in line.phrases where !phrase.contains(" ") {
                let folded = Folding.fold(phrase)
                if folded.hasSuffix("*") {
                    endings[String(folded.dropLast()), default: ([], at)].kinds.insert("\(line.role.kind)")
                } else {
                    words[folded, default: ([], at)].kinds.insert("\(line.role.kind)")
                }
            }
        }
        #expect(!endings.isEmpty && !words.isEmpty)
        for (stem, e) in endings {
            for (word, w) in words where word.hasPrefix(stem) && w.kinds.isDisjoint(with: e.kinds) {
                Issue.record("\(e.at): `\(stem)*` (\(e.kinds.sorted().joined(separator: ", "))) is shadowed by `\(word)` (\(w.kinds.sorted().joined(separator: ", ")), \(w.at))")
            }
        }
    }
}

/// Rules from the second round on the rwG/rwH development thirds.
@Suite struct RealPageRuleRoundTwoTests {
    @Test func workTheNounIsNoEffect() {
        #expect(RuleFixtures.stance("Low back pain is one of the main reasons people take time off work.") == nil)
        #expect(RuleFixtures.stance("Colds are a leading cause of missed school and work.") == nil)
        #expect(RuleFixtures.stance("People commonly take it for jet lag and shift work.") == nil)
        #expect(RuleFixtures.stance("The drops are safe and work well for most people.") == .supports)
        #expect(RuleFixtures.stance("Acupuncture works for chronic low back pain.") == .supports)
    }

    /// "strain" names a sprain (spec/indications.tsv), but not in its other senses: eye strain
    /// (a complaint of its own since the forty-sixth session), a bacterial or viral strain, the
    /// strain on a joint.
    @Test func strainInAnotherSenseIsNoSprain() {
        func indications(_ sentence: String) -> [String] {
            RuleFixtures.claims(title: "Questions and answers", kind: .news, lang: "en", [(nil, [sentence])]).map(\.indication)
        }
        #expect(indications("Acupuncture eased the muscle strain in most runners.") == ["sprain"])
        #expect(indications("Acupuncture eased the strain in most runners.") == ["sprain"])
        #expect(indications("Acupuncture eased eye strain in office workers.").allSatisfy { $0 != "sprain" })
        #expect(indications("Homeopathy helps people under intense physical strain, its sellers say.").isEmpty)
        #expect(indications("Probiotics with Lactobacillus strains relieve bloating.").allSatisfy { $0 != "sprain" })
    }

    /// Words of effect in senses that claim nothing, met on general-health pages: the noun
    /// "stimulation" (a TENS unit's electrical stimulation), "help" before a verb of knowing (a
    /// score that helps estimate), a drug's name as a measure ("fasting insulin fell"), and a
    /// worsening that only sets when a prescription is collected.
    @Test func effectWordsInSensesThatClaimNothing() {
        #expect(RuleFixtures.stance("TENS is a cheap and portable form of electrical stimulation for back pain.") == nil)
        #expect(RuleFixtures.stance("TENS stimulates the nerves and relieves back pain.") == .supports)
        #expect(RuleFixtures.stance("The Centor score helps estimate whether tonsillitis is bacterial.") == nil)
        #expect(RuleFixtures.stance("The Centor score helps children with tonsillitis.") == .supports)
        let insulin = RuleFixtures.claims(title: "Intermittent fasting and weight loss", kind: .news, lang: "en", [
            (nil, ["Fasting insulin fell slightly more with the intermittent approach."]),
        ])
        #expect(!insulin.contains { $0.intervention == "insulin" }, "\(insulin.map { "\($0.intervention)/\($0.indication)" })")
        let delayed = RuleFixtures.claims(title: "Antibiotics for sore throat", kind: .news, lang: "en", [
            (nil, ["A delayed prescription, to be collected if symptoms worsen after three days, is a common compromise."]),
        ])
        #expect(delayed.isEmpty, "\(delayed.map { "\($0.intervention)/\($0.indication)/\($0.stance)" })")
        #expect(RuleFixtures.stance("Acupuncture worsened the pain in a third of patients.") == .refutes)
    }

    /// "recommend not giving" is a recommendation against, as "recommend against" is (no
    /// claim without a reason); an aim stated ("l'objectif affiché") states no effect; patients who credit a
    /// treatment testify; "the absence of benefit" denies one.
    @Test func recommendationsAgainstAimsCreditAndAbsence() {
        #expect(RuleFixtures.stance("Guidelines recommend not giving antibiotics for otitis in the first three days.") == nil)
        #expect(RuleFixtures.stance("Les autorités recommandent de ne pas donner d'antibiotiques pour une otite.") == nil)
        #expect(RuleFixtures.stance("L'objectif affiché est souvent de perdre du poids.") == nil)
        #expect(RuleFixtures.stance("The decision on acupuncture for back pain is driven by the absence of benefit.") == .refutes)
        let credited = RuleFixtures.claims(title: "Osteopathy and back pain", kind: .news, lang: "en", [
            (nil, ["Vast numbers of patients credit osteopathy with easing their back pain."]),
        ])
        #expect(credited.map(\.basis) == [.testimony], "\(credited.map { "\($0.indication)/\($0.basis)" })")
    }

    /// A belief reported ("are convinced that") is not stated; the usual advice is a practice.
    @Test func aBeliefReportedAndTheUsualAdviceStateNoEffect() {
        #expect(RuleFixtures.stance("Many members of the public are convinced that omega-3 supplements relieve depression.") == nil)
        #expect(RuleFixtures.stance("La restriction calorique est le conseil le plus souvent donné aux personnes obèses pour maigrir.") == nil)
        #expect(RuleFixtures.stance("Omega-3 supplements relieve depression.") == .supports)
    }

    /// From the general-health passages: a condition's own course ("clear up by themselves",
    /// "has no cure"), a difference short of clinical importance (no effect), the CDC as an
    /// official body, and herbalists speaking from their practice.
    @Test func courseClinicalImportanceOfficialBodiesAndPractitioners() {
        #expect(RuleFixtures.stance("Most sore throats clear up by themselves, bacterial or not.") == nil)
        #expect(RuleFixtures.stance("Diabetes has no cure, although it can go into remission.") == nil)
        // Its first clause states an effect; the clause after "but" finds the difference too small,
        // and the sentence claims no effect.
        #expect(RuleFixtures.stance("Chondroitin lowered pain scores a little more than placebo, but the difference fell short of being clinically important.") != nil)
        let chondroitin = RuleFixtures.claims(title: "Hyaluronic acid for knee osteoarthritis", kind: .news, lang: "en", [(nil, [
            "Hyaluronic acid lowered pain scores a little more than placebo, but the difference fell short of being clinically important.",
        ])])
        #expect(chondroitin.map(\.stance) == [.refutes], "\(chondroitin.map { "\($0.intervention) \($0.indication) \($0.stance)" })")
        #expect(RuleFixtures.stance("Le gain sur la douleur par rapport au placebo est minime et n'atteint pas le seuil d'importance clinique.") == .refutes)
        #expect(RuleFixtures.stance("À trois mois, l'écart entre les groupes était trop faible pour être jugé cliniquement utile.") == .refutes)
        #expect(RuleFixtures.stance("Nor is there good evidence that mesotherapy smooths cellulite.") == .uncertain)
        // Shortening an illness and making symptoms less severe are effects; denied, no effect.
        #expect(RuleFixtures.stance("Commencé tôt, le traitement écourte la lombalgie d'environ une journée.") == .supports)
        #expect(RuleFixtures.stance("En revanche, l'acupuncture ne rendait pas les douleurs moins intenses.") == .refutes)
        // "who can't tolerate tablets" sets a circumstance, its negation is not the claim's;
        // "effective doses" is a dose, not an effect.
        #expect(RuleFixtures.stance("For patients who can't tolerate tablets, acupuncture is a reasonable option for migraine.") == .supports)
        #expect(RuleFixtures.stance("Shingles pain often resists drugs in older adults who cannot tolerate effective doses.") == nil)
        let cdc = RuleFixtures.claims(title: "Acupuncture and back pain", kind: .news, lang: "en", [
            (nil, ["According to the US Centers for Disease Control and Prevention, acupuncture helps people with low back pain."]),
        ])
        #expect(cdc.map(\.basis) == [.htaReport], "\(cdc.map { "\($0.indication)/\($0.basis)" })")
        let herbalists = RuleFixtures.claims(title: "Acupuncture and migraine", kind: .news, lang: "en", [
            (nil, ["Herbalists say acupuncture helps with migraine."]),
        ])
        #expect(herbalists.map(\.basis) == [.testimony], "\(herbalists.map { "\($0.indication)/\($0.basis)" })")
    }

    /// A review's stated aim ("To review the evidence … on the efficacy of"), a recommendation
    /// against with words between ("recommandent d'ailleurs de ne pas"), and stopping a
    /// treatment ("stop their insulin") state no effect.
    @Test func aReviewsAimARecommendationAgainstAndStoppingATreatment() {
        #expect(RuleFixtures.stance("Objective: To review the evidence from randomised trials on the efficacy of acupuncture for low back pain.") == nil)
        #expect(RuleFixtures.stance("Les autorités recommandent d'ailleurs de ne pas donner d'anti-inflammatoires pendant trois jours.") == nil)
        #expect(RuleFixtures.stance("The video told viewers with diabetes that they could stop taking their medicines.") == nil)
        #expect(RuleFixtures.stance("Le plasma riche en plaquettes est de plus en plus employé dans le traitement des tendinopathies.") == nil)
    }

    @Test func aRegulatorsRefusalIsNoClaimOfNoEffect() {
        let found = RuleFixtures.claims(title: "Mesotherapy for hair loss", kind: .news, lang: "en", [
            (nil, ["Neither the US Food and Drug Administration nor the UK's medicines regulator has approved mesotherapy for any condition."]),
        ])
        #expect(found.isEmpty)
    }

    @Test func bothArmsImprovingIsNoEffectWhenTheTextNamesTheControl() {
        // The title names no control; the text does ("either PRP or saline").
        let found = RuleFixtures.claims(title: "PRP for knee osteoarthritis: a trial", kind: .news, lang: "en", [
            (nil, ["Adults with knee osteoarthritis received three injections of either PRP or saline.",
                   "Pain fell by about two points in both groups."]),
        ])
        #expect(found.isEmpty)
    }

    @Test func aListsLeadInClaimsThroughItsItemsNotItself() {
        let found = RuleFixtures.claims(title: "Cabinet d'ostéopathie", [
            ("Ce que l'ostéopathie peut soulager", ["les lombalgies ;", "les cervicalgies ;", "les migraines."]),
        ])
        #expect(Set(found.map(\.indication)) == ["low-back-pain", "neck-pain", "migraine"])
        #expect(!found.contains { $0.indication == "general" })
    }

    @Test func theseConditionsAfterAListSpeakOfTheWholeList() {
        let found = RuleFixtures.claims(title: "Cabinet d'ostéopathie", [
            ("Ce que l'ostéopathie peut soulager", ["les lombalgies ;", "les cervicalgies ;", "les migraines.",
                                                    "L'ostéopathe ne remplace pas votre médecin traitant.",
                                                    "Pour ces troubles, les preuves scientifiques restent limitées."]),
        ])
        let uncertain = Set(found.filter { $0.stance == .uncertain }.map(\.indication))
        #expect(uncertain == ["low-back-pain", "neck-pain", "migraine"])
        // "médecin traitant" is the family doctor, not a treatment denied.
        #expect(!found.contains { $0.stance == .refutes })
    }

    @Test func aNameRightBeforeAnotherIsItsIngredient() {
        let s = RuleFixtures.sentence("In knee osteoarthritis, piroxicam mesotherapy improved function more than oral piroxicam.")
        #expect(s.interventionMentions.first?.id == "mesotherapy")
        // Names in a list, separated by commas, are each their own.
        let list = RuleFixtures.sentence("Ostéopathie, acupuncture, mésothérapie : les approches ne manquent pas.")
        #expect(list.interventionMentions.map(\.id) == ["osteopathy", "acupuncture", "mesotherapy"])
    }

    @Test func aNewSectionDoesNotGoOnFromTheLastSentenceOfTheOneBefore() {
        let found = RuleFixtures.claims(title: "Ondes de choc", [
            ("Ce que les ondes de choc peuvent traiter", ["le tennis elbow ;", "l'aponévrosite plantaire."]),
            ("Ce qu'elles ne traitent pas", ["Les bursites ne relèvent pas de cette technique."]),
        ])
        // The items of the first list stay supported: the denial under the next heading does not
        // reach back to its last item ("l'aponévrosite plantaire").
        #expect(found.filter { $0.indication == "plantar-fasciitis" }.map(\.stance) == [.supports], "\(found)")
        #expect(found.filter { $0.indication == "epicondylitis" }.map(\.stance) == [.supports], "\(found)")
        // What the new section denies is its own sentence's condition, if anything.
        #expect(found.filter { $0.stance == .refutes }.allSatisfy { $0.indication == "bursitis" }, "\(found)")
    }
}

/// Rules from the third round, on the rwI/rwJ development thirds.
@Suite struct RealPageRuleRoundThreeTests {
    @Test func aListOfTreatmentsUnderALeadInIsAListOfClaims() {
        let found = RuleFixtures.claims(title: "Heel pain (plantar fasciitis): treatment", kind: .blog, lang: "en", [
            ("Things you can do to ease the pain", ["take paracetamol or ibuprofen", "wear shoes with a cushioned heel"]),
        ])
        #expect(Set(found.map(\.intervention)) == ["paracetamol", "nsaid"])
        #expect(Set(found.map(\.indication)) == ["plantar-fasciitis"])
    }

    @Test func aCommaThenPasOpensAClauseThatOnlyNegates() {
        let found = RuleFixtures.claims(title: "Hernie discale : opérer ?", kind: .blog, [
            (nil, ["L'opération m'a débarrassé de la sciatique, pas du mal de dos."]),
        ])
        #expect(Set(found.map { "\($0.indication)/\($0.stance.rawValue)" }) == ["sciatica/supports", "back-pain/refutes"])
    }

    @Test func aFailureOfOtherTreatmentsIsTheConditionNotTheClaim() {
        #expect(RuleFixtures.stance("An operation to free the trapped nerve is only considered if other treatments have not worked.") == nil)
        #expect(RuleFixtures.stance("Botulinum toxin may be a useful option when oral drugs fail or are poorly tolerated.") == .supports)
    }

    @Test func ethicsApprovalAndBenefitsAndHarmsStateNoEffect() {
        #expect(RuleFixtures.stance("The trial has been approved by the regional research ethics committee.") == nil)
        #expect(RuleFixtures.stance("We reviewed the evidence on the benefits and harms of shock wave therapy for tennis elbow.") == nil)
    }

    @Test func aPlainLanguageSummaryIsASystematicReview() {
        let found = RuleFixtures.claims(title: "Massage for low back pain – plain language summary", kind: .blog, lang: "en", [
            (nil, ["Massage may reduce pain a little in the short term, compared with no treatment."]),
        ])
        #expect(found.map(\.basis) == [.systematicReview])
    }

    @Test func aTitleAboutAWideVocabularyConditionGivesItToTheThread() {
        let found = RuleFixtures.claims(title: "Ostéopathie et coliques du nourrisson : vos avis", kind: .blog, allWide: true, [
            (nil, ["Deux séances et les pleurs du soir ont quasiment disparu chez notre fille.", "Chez nous, trois séances d'ostéopathie et aucun changement."]),
        ])
        #expect(found.map { "\($0.intervention)/\($0.indication)/\($0.stance)/\($0.basis)" }
                == ["osteopathy/infant-colic/supports/testimony", "osteopathy/infant-colic/refutes/testimony"])
    }

    /// A condition a treatment may bring on ("can cause", "peut provoquer", "side effects such
    /// as") is no indication of the sentence's claim.
    @Test func aConditionNamedAsAHarmIsNoIndication() {
        let cases: [(title: String, lang: String, sentence: String)] = [
            ("Mesotherapy for low back pain", "en", "The injections relieved low back pain in most patients and can cause neck pain in a few of them."),
            ("Mésothérapie et lombalgie", "fr", "Les séances ont soulagé la lombalgie de la plupart des patients et peuvent provoquer des cervicalgies passagères."),
            // "Side effects such as" beats the shorter neutral "side effects".
            ("Mesotherapy for low back pain", "en", "The injections relieved low back pain in most patients, with side effects such as neck pain in a few of them."),
            // A harm named after the condition ("were common", "peuvent survenir").
            ("Mesotherapy for low back pain", "en", "Mesotherapy eased low back pain in most patients, and neck pain and bruising were common."),
            ("Mésothérapie et lombalgie", "fr", "La mésothérapie a soulagé la lombalgie, et des cervicalgies peuvent survenir après les séances."),
        ]
        for c in cases {
            let found = RuleFixtures.claims(title: c.title, kind: .news, lang: c.lang, [(nil, [c.sentence])])
            #expect(found.map(\.indication) == ["low-back-pain"], "\(c.sentence): \(found.map { "\($0.indication) \($0.stance)" })")
        }
    }

    @Test func anEqualComparisonNamesAComparator() {
        let found = RuleFixtures.claims(title: "Knee osteoarthritis", kind: .news, lang: "en", [
            (nil, ["Strengthening exercise, which your physiotherapist will teach you, reduces knee pain about as much as anti-inflammatory painkillers do."]),
        ])
        #expect(found.map(\.intervention) == ["exercise"])
    }

    @Test func aLabelThatIsOnlyANameSaysWhatItsParagraphSpeaksOf() {
        let found = RuleFixtures.claims(title: "Cellulite: which treatments work?", kind: .blog, lang: "en", [
            ("Treatments with little evidence", ["Cryolipolysis. Freezing shrinks bulges of fat, but it does nothing for the dimpled texture of cellulite."]),
        ])
        #expect(Set(found.map(\.intervention)) == ["cryolipolysis"])
        #expect(found.contains { $0.indication == "cellulite" && $0.stance == .refutes })
    }
}

@Suite struct ReaderPostTests {
    @Test func aForumPostWrittenOutAsTextIsTestimony() {
        let found = RuleFixtures.claims(title: "Tennis elbow: what worked for you?", kind: .blog, lang: "en", [
            (nil, ["u/topspin_tom: Eccentric exercises every day for twelve weeks relieved my tennis elbow."]),
        ])
        #expect(found.map(\.basis) == [.testimony])
        #expect(found.first?.cues.contains { $0.rule == "a post of a forum thread is testimony" } == true)
        let french = RuleFixtures.claims(title: "Forum : cryolipolyse", [
            (nil, ["Réponse de Vaness : deux séances de cryolipolyse ont réduit mes bourrelets."]),
        ])
        #expect(french.map(\.basis) == [.testimony])
    }

    @Test func aLabelBeforeAColonIsNoPost() {
        let found = RuleFixtures.claims(title: "Tennis elbow", kind: .blog, lang: "en", [
            (nil, ["Conclusion: eccentric exercises relieve tennis elbow."]),
        ])
        #expect(found.map(\.basis) != [.testimony])
    }
}

/// Round four: rules from batches rwK and rwL (2026-12-02, second session).
@Suite struct RealPageRuleRoundFourTests {
    /// A list of promised uses followed by "none of these promises rests on a controlled
    /// trial": the list quoted the claims to judge them; the judgement is what remains.
    @Test(arguments: [
        ("fr", "Selon les sites des cliniques, les injections :", ["font fondre la graisse des hanches", "lissent la cellulite", "soulagent les tendinites"],
         "Aucune de ces promesses ne repose sur un essai contrôlé."),
        ("en", "Depending on which clinic website you read, the injections:", ["dissolve fat on the hips", "smooth away cellulite", "relieve tendinitis"],
         "Not one of these claims rests on a properly controlled trial."),
    ])
    func aListOfPromisesThenDoubtedLeavesOnlyTheDoubt(lang: String, leadIn: String, items: [String], judgement: String) {
        let found = RuleFixtures.claims(title: "Mésothérapie", lang: lang, [(nil, [leadIn] + items + [judgement])])
        #expect(Set(found.map(\.indication)) == ["localized-fat", "cellulite", "tendinopathy"])
        #expect(found.allSatisfy { $0.stance == .uncertain && $0.intervention == "mesotherapy" }, "\(found.map { "\($0.indication) \($0.stance)" })")
    }

    /// "These conditions" is no judgement on a list of claims: a clinic's list of uses stays
    /// claimed when a later sentence only adds that trials are few.
    @Test func aListOfUsesThenTheirEvidenceKeepsBoth() {
        let found = RuleFixtures.claims(title: "Mésothérapie", [(nil, [
            "Au cabinet, la mésothérapie soulage :", "les lombalgies", "les tendinites",
            "Pour ces indications, les preuves restent limitées.",
        ])])
        #expect(found.contains { $0.indication == "low-back-pain" && $0.stance == .supports })
        #expect(found.contains { $0.indication == "low-back-pain" && $0.stance == .uncertain })
    }

    /// "Calcifiées ou non", "whether or not": an alternative, not a denial of the effect.
    @Test func orNotDeniesNothing() {
        #expect(RuleFixtures.stance("Les ondes de choc soulagent les tendinites de l'épaule, calcifiées ou non.") == .supports)
    }

    /// A difference too small for patients to notice is read as no effect that matters, while
    /// evidence too weak to conclude stays uncertain.
    @Test func aDifferenceTooSmallToNoticeRefutes() {
        #expect(RuleFixtures.stance("Sous ostéopathie, l'écart avec le groupe simulé était trop faible pour que les patients le perçoivent.") == .refutes)
        #expect(RuleFixtures.stance("The benefit over sham was too small to be clinically meaningful.") == .refutes)
        #expect(RuleFixtures.stance("Les preuves sont trop faibles pour conclure à un effet de l'ostéopathie.") == .uncertain)
    }

    /// The placebo comparison split around the treatment: "no more after PRP than after saline".
    @Test func aComparisonSplitAroundTheTreatmentStillRefutes() {
        #expect(RuleFixtures.stance("Pain changed no more after PRP than after the salt-water injections.") == .refutes)
        #expect(RuleFixtures.stance("La douleur n'a pas plus diminué après le PRP qu'après le placebo.") == .refutes)
    }

    /// Speech reported by an inverted verb ("concède-t-elle") or by one of a study's authors
    /// is one person's word: testimony, not a bare assertion.
    @Test(arguments: [
        "Chez l'adulte, concède-t-elle, des manipulations ostéopathiques peuvent soulager un mal de dos.",
        "« Les manipulations ostéopathiques soulagent le mal de dos », commente l'une des autrices.",
    ])
    func invertedSpeechAndAQuotedAuthorAreTestimony(sentence: String) {
        let found = RuleFixtures.claims(title: "Ostéopathie", [(nil, [sentence])])
        #expect(found.contains { $0.indication == "back-pain" && $0.basis == .testimony }, "\(found.map { "\($0.indication) \($0.basis)" })")
    }

    /// A fact-check quotes the claim, then denies it in a sentence of its own: the quoted
    /// effect takes the denial's stance (and is not claimed as stated when nothing denies it).
    @Test func aReportedEffectThenABareDenialRefutes() {
        let denied = RuleFixtures.claims(title: "Intox", kind: .news, [(nil, [
            "Une vidéo très partagée présente les injections d'acide hyaluronique comme un moyen de soulager l'arthrose du genou.",
            "C'est faux.",
        ])])
        #expect(denied.map(\.stance) == [.refutes], "\(denied.map { "\($0.indication) \($0.stance)" })")
        #expect(denied.first?.indication == "osteoarthritis")
        let reported = RuleFixtures.claims(title: "Intox", kind: .news, [(nil, [
            "Une vidéo très partagée présente les injections d'acide hyaluronique comme un moyen de soulager l'arthrose du genou.",
            "Elle a été vue deux millions de fois.",
        ])])
        #expect(reported.isEmpty, "a report alone is no claim: \(reported.map { "\($0.indication) \($0.stance)" })")
    }

    /// "Aide à arrêter de fumer" names another condition: the sentence is about it, not about
    /// the document's only indication.
    @Test func helpingToQuitSmokingIsNotTheDocumentsIndication() {
        let found = RuleFixtures.claims(title: "Acupuncture et arthrose du genou", allWide: true, [(nil, [
            "L'acupuncture soulage l'arthrose du genou.",
            "L'acupuncture aide à arrêter de fumer : non prouvé.",
        ])])
        #expect(found.map { "\($0.indication)/\($0.stance)" } == ["osteoarthritis/supports", "tobacco-use-disorder/uncertain"],
                "\(found.map { "\($0.indication) \($0.stance) \($0.sentence)" })")
    }

    /// What one saw, in the first person, is testimony even with a word between ("I honestly
    /// can't see a difference").
    @Test func firstPersonSeeingIsTestimony() {
        let found = RuleFixtures.claims(title: "Kybella reviews: is it worth it for a double chin?", lang: "en", [(nil, [
            "Kybella: three sessions, $1,400, and I honestly can't see a difference.",
        ])])
        #expect(found.contains { $0.intervention == "deoxycholic-acid" && $0.stance == .refutes && $0.basis == .testimony },
                "\(found.map { "\($0.indication) \($0.stance) \($0.basis)" })")
    }

    /// A page whose title tells a first-person story ("J'ai testé …") is testimony where a
    /// sentence gives no other basis; a reader's question in the title is not.
    @Test func aFirstPersonTitleMakesThePageTestimony() {
        let story = RuleFixtures.claims(title: "J'ai testé la mésothérapie contre la cellulite", [(nil, [
            "Au bout de trois mois, l'aspect peau d'orange s'est un peu atténué.",
        ])])
        #expect(story.map(\.basis) == [.testimony], "\(story.map { "\($0.indication) \($0.basis)" })")
        let question = RuleFixtures.claims(title: "Ask the doctor: is mesotherapy my only option for cellulite?", lang: "en", [(nil, [
            "Mesotherapy smooths cellulite for a few months at best.",
        ])])
        #expect(question.map(\.basis) == [.assertion], "\(question.map { "\($0.indication) \($0.basis)" })")
    }

    /// The treatment done without ("sans opération", "without surgery") is not the one the
    /// effect is credited to.
    @Test func aTreatmentDoneWithoutIsNotTheSubject() {
        let found = RuleFixtures.claims(title: "Hernie discale : kiné ou chirurgie ?", [(nil, [
            "Six mois de kiné avec des exercices d'extension, la sciatique a disparu sans opération.",
        ])])
        #expect(found.map(\.intervention) == ["physiotherapy"], "\(found.map { "\($0.intervention) \($0.stance)" })")
    }

    /// "On its own" says how a treatment is used, not that the condition heals by itself.
    @Test func onItsOwnIsUseNotTheConditionsCourse() {
        let found = RuleFixtures.claims(title: "PRP hair restoration", lang: "en", [(nil, [
            "PRP stimulates regrowth in men and women with thinning hair, either on its own or alongside other treatments.",
        ])])
        #expect(found.contains { $0.intervention == "prp" && $0.indication == "alopecia" && $0.stance == .supports })
        let course = RuleFixtures.claims(title: "Low back pain", lang: "en", [(nil, ["Acute low back pain usually gets better on its own within six weeks."])])
        #expect(course.isEmpty, "\(course.map { "\($0.intervention) \($0.stance)" })")
    }

    /// "Neither made any difference": the difference made, denied for both.
    @Test func neitherMadeAnyDifferenceRefutes() {
        #expect(RuleFixtures.stance("I had two cortisone injections for my neck pain, and neither made any difference.") == .refutes)
        #expect(RuleFixtures.stance("After six months, pain had improved to a similar degree in both groups.") == .refutes)
        #expect(RuleFixtures.stance("The trial cannot rule out a benefit at higher doses.") == .uncertain)
    }

    /// "Acupuncture ou massage …, mais leur niveau de preuve reste faible": every name of the
    /// coordinated run, whichever the clause found first.
    @Test func theWholeCoordinatedRunTakesTheClaim() {
        let found = RuleFixtures.claims(title: "Fibromyalgie : les recommandations", [(nil, [
            "Acupuncture ou massage peuvent être envisagés, mais leur niveau de preuve reste faible.",
        ])])
        #expect(Set(found.map(\.intervention)) == ["acupuncture", "massage"], "\(found.map { "\($0.intervention) \($0.stance)" })")
    }

    /// A speaker word and a saying verb across a comma are not one person speaking ("si le
    /// patient le souhaite, précise l'autorité").
    @Test func aSpeakerAcrossACommaIsNotTheOneSpeaking() {
        let found = RuleFixtures.claims(title: "Fibromyalgie : les recommandations de la HAS", [(nil, [
            "L'acupuncture peut être envisagée si le patient le souhaite, précise l'autorité, qui souligne que son niveau de preuve reste faible.",
        ])])
        #expect(found.map(\.basis) == [.htaReport], "\(found.map { "\($0.intervention) \($0.basis)" })")
    }

    @Test func hardlyBetterThanAShamRefutes() {
        #expect(RuleFixtures.stance("Elle ne fait guère mieux qu'une acupuncture simulée.") == .refutes)
        #expect(RuleFixtures.stance("L'ostéopathie fait à peine mieux qu'un simulacre.") == .refutes)
    }

    /// A Q&A page's answer headed by the person who gives it is that person's word.
    @Test func anAnswerHeadedByItsAuthorIsTestimony() {
        let found = RuleFixtures.claims(title: "Ask a physio: is dry needling worth it for tennis elbow?", lang: "en", [(nil, [
            "Answer (PhysioDan, chartered physiotherapist): dry needling gives a bit of short-term relief for tennis elbow.",
        ])])
        #expect(found.map(\.basis) == [.testimony], "\(found.map { "\($0.intervention) \($0.basis)" })")
    }

    /// "Sciatique par hernie discale": the title speaks of the sciatica, the hernia is its cause.
    @Test func aTitlesCauseIsNotItsTopic() {
        let found = RuleFixtures.claims(title: "Sciatique par hernie discale : les options", [(nil, [
            "Une infiltration épidurale de corticoïdes peut soulager la douleur pendant quelques semaines.",
        ])])
        #expect(found.map(\.indication) == ["sciatica"], "\(found.map { "\($0.indication) \($0.stance)" })")
    }

    /// "Ni les infiltrations ni la kinésithérapie": both denied.
    @Test func neitherNorDeniesBothNames() {
        let found = RuleFixtures.claims(title: "Sciatique", [(nil, ["Ni les infiltrations ni la kinésithérapie ne font disparaître la sciatique."])])
        #expect(Set(found.map(\.intervention)) == ["corticosteroid-injection", "physiotherapy"], "\(found.map { "\($0.intervention) \($0.stance)" })")
        #expect(found.allSatisfy { $0.stance == .refutes })
    }

    /// A disclaimer about what may be claimed states no effect, for or against.
    @Test func aDisclaimerIsNoClaim() {
        let found = RuleFixtures.claims(title: "About my practice", lang: "en", [(nil, [
            "Under advertising rules I am not able to claim that homeopathy treats any specific condition.",
        ])])
        #expect(found.isEmpty, "\(found.map { "\($0.intervention) \($0.indication) \($0.stance)" })")
    }
}


/// Rules from the rwO–rwP batch (seventh session), each on a sentence of its own.
@Suite struct SeventhSessionRuleTests {
    func describe(_ claims: [Claim]) -> String {
        claims.map { "\($0.intervention)/\($0.indication)/\($0.stance.rawValue)/\($0.basis.rawValue)" }.joined(separator: ", ")
    }

    /// "Bien des praticiens … assurent que": practitioners' word is testimony (claims.md,
    /// "selon certains praticiens"), not a claim reported to be checked.
    @Test func practitionersAssuringAreTestimony() {
        let found = RuleFixtures.claims(title: "La mésothérapie, une technique qui divise", [(nil, [
            "Bien des praticiens qui la pratiquent assurent qu'elle gomme les ridules et atténue les cicatrices.",
        ])])
        #expect(Set(found.map(\.indication)) == ["wrinkles", "scars"], "\(describe(found))")
        #expect(found.allSatisfy { $0.basis == .testimony && $0.stance == .supports }, "\(describe(found))")
    }

    /// "Not enough evidence to say whether": uncertainty, though "whether" alone is a study's aim.
    @Test func notEnoughEvidenceToSayWhetherIsUncertain() {
        let found = RuleFixtures.claims(title: "Osteopathy for back pain", lang: "en", [(nil, [
            "There is not enough evidence to say whether osteopathic care is effective for chronic low back pain.",
        ])])
        #expect(describe(found) == "osteopathy/low-back-pain/uncertain/assertion")
    }

    /// "Une étude s'est intéressée au traitement de la lombalgie": what it studied, not a finding.
    @Test func aStudyThatLookedAtATreatmentClaimsNothing() {
        let found = RuleFixtures.claims(title: "Le paracétamol dans la lombalgie aiguë", kind: .news, [(nil, [
            "Une étude en double aveugle s'est intéressée au traitement de la lombalgie aiguë par le paracétamol.",
        ])])
        #expect(found.isEmpty, "\(describe(found))")
    }

    /// "The injection" in a page on physiotherapy and a corticosteroid injection is the injection.
    @Test func theInjectionIsTheOneTreatmentNamedWithThatNoun() {
        let found = RuleFixtures.claims(title: "Tennis elbow: physiotherapy or wait and see?", lang: "en", [(nil, [
            "Physiotherapy helped tennis elbow more than waiting, and physiotherapy is cheap; a corticosteroid injection was the other arm.",
        ]), ("Injection vs wait and see", [
            "In the same trial, the injection gave the biggest relief at six weeks.",
        ])])
        let injection = found.filter { $0.sentence.hasPrefix("In the same trial") }
        #expect(injection.map(\.intervention) == ["corticosteroid-injection"], "\(describe(found))")
    }

    /// "There is no agreed treatment for these scars": the state of care, no claim on the laser.
    @Test func noAgreedTreatmentClaimsNothing() {
        let found = RuleFixtures.claims(title: "Lasers for surgical scars", lang: "en", [(nil, [
            "Most surgical scars are acceptable, and there is no agreed treatment for those that are not.",
        ])])
        #expect(found.isEmpty, "\(describe(found))")
    }

    /// The HAS transparency committee's opinion is an official evaluation.
    @Test func aReimbursementCommitteeIsAnOfficialEvaluation() {
        let found = RuleFixtures.claims(title: "Toxine botulique : migraine chronique", kind: .other, [(nil, [
            "Avis favorable au remboursement. La commission considère que la toxine botulique réduit le nombre de jours de migraine.",
        ])])
        #expect(found.map(\.basis) == [.htaReport], "\(describe(found))")
    }

    /// "Le traitement de la crise repose sur les antalgiques": standard care described.
    @Test func standardCareDescribedClaimsNothing() {
        let found = RuleFixtures.claims(title: "Migraine chronique", [(nil, [
            "Le traitement de la crise repose sur les antalgiques et les anti-inflammatoires.",
        ])])
        #expect(found.isEmpty, "\(describe(found))")
    }

    /// A case report: paracetamol gave no relief, "She received botulinum toxin", then "Pain
    /// fell": the fall is the toxin's, the treatment last given, not paracetamol's.
    @Test func theTreatmentGivenIsWhatTheResultsAreOf() {
        let found = RuleFixtures.claims(title: "Botulinum toxin for postherpetic neuralgia: a case report", kind: .journalArticle, lang: "en", [(nil, [
            "A woman had burning pain for a year after shingles, and paracetamol gave no relief. She received botulinum toxin injected under the skin. Pain fell from 8/10 to 3/10 within two weeks.",
        ])])
        let fell = found.filter { $0.sentence.hasPrefix("Pain fell") }
        #expect(fell.map(\.intervention) == ["botulinum-toxin"], "\(describe(found))")
    }

    /// "Most people who see an osteopath do so for help with…": why people consult, not an effect.
    @Test func whyPeopleConsultIsNoEffect() {
        let found = RuleFixtures.claims(title: "Osteopathy", lang: "en", [(nil, [
            "Most people who see an osteopath do so for help with lower back pain, neck pain and shoulder pain.",
        ])])
        #expect(found.isEmpty, "\(describe(found))")
    }

    /// "Des douleurs difficiles à soulager": the condition's difficulty, no effect; a French
    /// case report's title ("à propos d'un cas") gives its design.
    @Test func hardToRelieveIsNoEffectAndACaseIsACaseReport() {
        let found = RuleFixtures.claims(title: "Névralgie post-zostérienne traitée par électroacupuncture : à propos d'un cas", kind: .journalArticle, [(nil, [
            "Les douleurs qui persistent après un zona sont souvent difficiles à soulager.",
            "Après dix séances d'électroacupuncture, la douleur a nettement diminué chez cette patiente atteinte de zona.",
        ])])
        #expect(found.filter { $0.sentence.hasPrefix("Les douleurs") }.isEmpty, "\(describe(found))")
        #expect(found.map(\.basis).contains(.caseReport), "\(describe(found))")
    }

    /// Efficacy named after "in place of" is the other treatments'; a wound that heals badly is
    /// how a scar forms.
    @Test func efficacyAfterAComparatorAndHealingBadlyClaimNothing() {
        let found = RuleFixtures.claims(title: "Homeopathy and scars", lang: "en", [(nil, [
            "People should not use homeopathy in place of treatments with proven safety and effectiveness.",
            "Keloid scars are raised scars that form when a wound heals badly.",
        ])])
        #expect(!found.contains { $0.stance == .supports }, "\(describe(found))")
    }

    /// No advantage shown over an active treatment is a comparison, not a claim of no effect
    /// (issue 11: "no better than [an active treatment]"); over a sham it still refutes.
    @Test func noAdvantageOverAnActiveTreatmentIsNoClaim() {
        let active = RuleFixtures.claims(title: "Lombalgie chronique : électroacupuncture ou acupuncture manuelle ?", kind: .journalArticle, [(nil, [
            "Conclusion : l'ajout d'un courant électrique aux aiguilles n'apporte pas de bénéfice supplémentaire par rapport à l'acupuncture manuelle.",
            "Cette étude ne montre pas de supériorité cliniquement pertinente du diclofénac sur le paracétamol dans la lombalgie.",
        ])])
        #expect(active.isEmpty, "\(describe(active))")
        let sham = RuleFixtures.claims(title: "Acupuncture et fibromyalgie", [(nil, [
            "L'acupuncture manuelle, sans stimulation électrique, ne soulage probablement pas mieux qu'une acupuncture simulée.",
        ])])
        #expect(describe(sham) == "acupuncture/fibromyalgia/refutes/assertion")
    }

    /// A regulator's note that its position is no opinion on efficacy is a disclaimer.
    @Test func aPositionThatIsNoOpinionOnEfficacyClaimsNothing() {
        let found = RuleFixtures.claims(title: "PRP à visée esthétique : la réglementation", [(nil, [
            "Cette position ne constitue pas un avis sur l'efficacité du PRP contre les rides, qui n'a pas été évaluée dans ce cadre.",
        ])])
        #expect(found.isEmpty, "\(describe(found))")
    }

    /// "Compared with placebo" in a review names the control arm of its trials, not a design
    /// of its own: the review's design stands.
    @Test func aPlaceboComparisonInAReviewKeepsTheReviewsDesign() {
        let found = RuleFixtures.claims(title: "NSAIDs for acute low back pain: a systematic review", kind: .journalArticle, lang: "en", [(nil, [
            "Compared with placebo, NSAIDs may reduce acute low back pain slightly in the first week.",
        ])])
        #expect(found.map(\.basis) == [.systematicReview], "\(describe(found))")
    }

    /// "Elles allègent les jambes lourdes": lightening a symptom is an effect.
    @Test func lighteningHeavyLegsIsAnEffect() {
        let found = RuleFixtures.claims(title: "Carboxythérapie", [(nil, [
            "La carboxythérapie allège les jambes lourdes des patients atteints d'insuffisance veineuse.",
        ])])
        #expect(describe(found) == "carboxytherapy/venous-insufficiency/supports/assertion")
    }
}
