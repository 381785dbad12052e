import Documents
import Testing
@testable import Claims

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

    static func claims(title: String, kind: DocumentKind = .blog, lang: String = "fr", _ sections: [(String?, [String])]) -> [Claim] {
        ClaimExtractor().claims(in: document(title: title, kind: kind, lang: lang, sections))
    }

    static func stance(_ text: String) -> Stance? {
        let s = sentence(text)
        return s.clauses.lazy.compactMap { StanceClassifier.classify(s, clause: $0, bytes: Array(text.utf8)) }.first?.stance
    }
}

@Suite struct PhraseMatcherTests {
    @Test func theLongestPhraseWinsAndNamesComeFirst() {
        let s = RuleFixtures.sentence("La mésothérapie n'a pas fait mieux que le placebo dans la lombalgie chronique.")
        let names = s.matches.compactMap(\.indicationID)
        #expect(names == ["low-back-pain"])
        #expect(s.matches.contains { $0.states(.refutes) && $0.covered.count >= 4 }, "\"n'a pas fait mieux\" is one phrase, not \"ne ... pas\"")
        #expect(s.matches.contains { $0.interventionID == "mesotherapy" })
    }

    @Test func aGapSpansAFewWordsOnly() {
        var m = PhraseMatcher()
        m.add("ne ... pas", role: .negation(.pre))
        let near = m.matches(in: ClaimTokenizer.tokens(in: "elle ne traite pas la cause"))
        #expect(near.count == 1)
        let far = m.matches(in: ClaimTokenizer.tokens(in: "elle ne un deux trois quatre cinq six sept pas"))
        #expect(far.isEmpty)
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

    @Test func aPronounInADiscourseNamingNothingIsGeneralAndNeverDecides() {
        let found = RuleFixtures.claims(title: "La cryolipolyse", [(nil, ["Elle est efficace, disent nos clients."])])
        #expect(found.map(\.indication) == [Claim.generalIndication])
        #expect(found.first?.wholePractice == false)
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
    }

    @Test(arguments: [
        ("effect\tmaybe\tsoulage", "t.tsv:1"),
        ("negation\tsideways\tnot", "t.tsv:1"),
        ("hedge\tstrong\tmay", "t.tsv:1"),
        ("# comment\nbasis\tgossip\trumour", "t.tsv:2"),
        ("whatever\t-\tx", "t.tsv:1"),
    ])
    func aBadLineNamesTheFileAndLine(_ text: String, _ place: String) {
        #expect(throws: LexiconError.self) { try LexiconFile.parse(text, source: "t.tsv") }
        do { _ = try LexiconFile.parse(text, source: "t.tsv") } catch {
            #expect("\(error)".hasPrefix(place), "\(error)")
        }
    }
}
