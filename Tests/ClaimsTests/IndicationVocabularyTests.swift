import Foundation
import Documents
import Testing
import TestSupport
@testable import Claims

@Suite struct IndicationVocabularyTests {
    let vocabulary = IndicationVocabulary.bundled

    @Test func frenchEnglishSynonymsAndIdsNameOneIndication() {
        for name in ["lombalgie", "Lombalgies", "LUMBAGO", "low-back-pain", "Low back pain", "low back pain", "douleurs lombaires"] {
            #expect(vocabulary.lookup(name)?.id == "low-back-pain", "\(name)")
        }
        #expect(vocabulary.lookup("épicondylite")?.id == "epicondylitis")
        #expect(vocabulary.lookup("epicondylite")?.id == "epicondylitis")
    }

    @Test func meshHeadingsDoNotStealLabels() {
        #expect(vocabulary.lookup("back pain")?.id == "back-pain")
        #expect(vocabulary.lookup("Dorsalgie")?.id == "thoracic-back-pain")
    }

    @Test func unknownWordsGetNearSuggestions() {
        #expect(vocabulary.lookup("lombalgy") == nil)
        #expect(vocabulary.suggestions(for: "lombalgy").contains("lombalgie"))
        #expect(vocabulary.suggestions(for: "cellulit").contains("cellulite"))
        #expect(vocabulary.suggestions(for: "zzzzzzzz").isEmpty)
    }

    @Test func aBadUserFileNamesTheLine() {
        var v = IndicationVocabulary()
        #expect(throws: LexiconError.self) {
            try v.load(tsv: "id\tlabel_en\tlabel_fr\nonlyone\n", source: "mine.tsv")
        }
    }

    @Test func theBundledVocabularyLoadsWithoutAProblem() {
        #expect(IndicationVocabulary.bundledProblem == nil, "\(IndicationVocabulary.bundledProblem.map(String.init(describing:)) ?? "")")
        #expect(vocabulary.indication(id: "low-back-pain")?.type == .symptom)
        #expect(vocabulary.indication(id: "osteoarthritis")?.type == .condition)
    }

    /// A parent listed by the concept itself, not a grandparent, and nothing for an unknown id.
    @Test func aParentListedIsReadInPlace() {
        #expect(vocabulary.lists("back-pain", asParentOf: "low-back-pain"))
        #expect(!vocabulary.lists("pain", asParentOf: "low-back-pain"))
        #expect(!vocabulary.lists("back-pain", asParentOf: "no-such-condition"))
    }

    /// Low back pain ⊂ back pain ⊂ musculoskeletal pain ⊂ pain; cellulite ⊂ aesthetic indications.
    @Test func theHierarchyGoesUpAndDown() {
        #expect(vocabulary.ancestors(of: "low-back-pain") == ["back-pain", "musculoskeletal-pain", "pain"])
        #expect(Set(vocabulary.children(of: "back-pain")) == ["low-back-pain", "thoracic-back-pain"])
        #expect(vocabulary.isWithin("cellulite", "aesthetic-indications"))
        #expect(!vocabulary.isWithin("tendinopathy", "aesthetic-indications"))
        #expect(vocabulary.indication(id: "cellulite")?.domain == "aesthetic")
        #expect(vocabulary.indication(id: "tendinopathy")?.domain == "therapeutic")
    }

    /// A group names a family: "douleur" asks for the pain family, but no sentence is about
    /// "pain" in general when it says "la douleur" (that is the pain of its indication).
    @Test func aGroupIsLookedUpButNotMatchedInText() {
        #expect(vocabulary.lookup("douleur")?.id == "pain")
        #expect(vocabulary.isGroup("pain"))
        #expect(!vocabulary.isGroup("back-pain"))
        let s = RuleFixtures.sentence("La mésothérapie soulage la douleur.")
        #expect(s.indicationMentions.isEmpty)
    }

    @Test func theSpecsColumnsStillLoad() throws {
        var v = IndicationVocabulary()
        try v.load(tsv: "id\tlabel_en\tlabel_fr\tmesh_heading\tsynonyms_en\tsynonyms_fr\tdomain\nknee-pain\tknee pain\tgonalgie\t\tsore knee\tmal au genou\ttherapeutic\n", source: "mine.tsv")
        #expect(v.lookup("mal au genou")?.id == "knee-pain")
        #expect(v.indication(id: "knee-pain")?.domain == "therapeutic")
    }

    @Test(arguments: [
        ("id\ttype\tlabel_en\tlabel_fr\nx\tdisease\tX\tX\n", "mine.tsv:2"),
        ("id\ttype\tlabel_en\tlabel_fr\tmesh_id\nx\tcondition\tX\tX\t12345\n", "mine.tsv:2"),
        ("label_en\tlabel_fr\nX\tX\n", "mine.tsv:1"),
    ])
    func aBadRowNamesTheFileAndLine(_ text: String, _ place: String) {
        var v = IndicationVocabulary()
        do {
            try v.load(tsv: text, source: "mine.tsv")
            Issue.record("\(text) should not load")
        } catch {
            #expect("\(error)".hasPrefix(place), "\(error)")
        }
    }

    @Test func aMissingParentACycleAndASharedNameAreProblems() throws {
        var orphan = IndicationVocabulary()
        try orphan.load(tsv: "id\ttype\tlabel_en\tlabel_fr\tparents\na\tcondition\tA\tA\tnowhere\n", source: "o.tsv")
        #expect(orphan.problem()?.description.contains("nowhere") == true)
        var cycle = IndicationVocabulary()
        try cycle.load(tsv: "id\ttype\tlabel_en\tlabel_fr\tparents\na\tcondition\tA\tA\tb\nb\tcondition\tB\tB\ta\n", source: "c.tsv")
        #expect(cycle.problem()?.description.contains("own ancestor") == true)
        var shared = IndicationVocabulary()
        try shared.load(tsv: "id\ttype\tlabel_en\tlabel_fr\tsynonyms_en\na\tcondition\tA\tA\tsore\nb\tcondition\tB\tB\tsore\n", source: "s.tsv")
        #expect(shared.problem()?.description.hasPrefix("s.tsv:3") == true)
    }
}

/// The wide vocabulary of `Vocabulary/` (issue 12): it loads as a user's files do, with its
/// counts, types, hierarchy and abbreviations, and finds claims on other health topics.
@Suite struct WideVocabularyTests {
    static let files = ["wide-conditions.tsv", "wide-interventions.tsv"].map {
        TestPaths.packageRoot.appendingPathComponent("Vocabulary/\($0)").path
    }

    @Test func itLoadsWithItsCountsTypesAndHierarchy() throws {
        let lexicon = try ClaimLexicon.withUserFiles(Self.files)
        #expect(lexicon.vocabulary.indications.count >= 600)
        #expect(lexicon.interventionVocabulary.concepts.count >= 400)
        let types = Set(lexicon.interventionVocabulary.concepts.compactMap(\.type))
        #expect(types.isSuperset(of: [.drug, .drugClass, .procedure, .device, .physicalTherapy, .manualTherapy, .complementary, .supplement, .behavioural]))
        #expect(lexicon.vocabulary.lookup("OA")?.id == "osteoarthritis")
        #expect(lexicon.vocabulary.lookup("BPCO")?.id == "copd")
        #expect(lexicon.vocabulary.ancestors(of: "low-back-pain").contains("back-pain"))
        #expect(lexicon.interventionID(for: "monk's pepper") == "vitex")
    }

    @Test func itFindsClaimsOnOtherTopicsWithFrenchPluralsAndElisions() throws {
        let lexicon = try ClaimLexicon.withUserFiles(Self.files)
        var b = TextBuilder()
        b.beginSection(heading: nil, role: .main)
        b.appendParagraph("Selon une revue Cochrane, la vitamine C ne prévient pas les rhumes chez la plupart des adultes.")
        b.appendParagraph("L'échinacée soulagerait l'asthme, affirment certains sites.")
        let (text, sections) = b.finish()
        let d = Document(source: "x.txt", format: .text, kind: .news, title: "Compléments", language: "fr", text: text, sections: sections)
        let claims = ClaimExtractor(lexicon: lexicon).claims(in: d)
        #expect(claims.contains { $0.intervention == "vitamin-c" && $0.indication == "common-cold" && $0.stance == .refutes && $0.basis == .systematicReview },
                "\(claims.map { "\($0.intervention)/\($0.indication)/\($0.stance)" })")
    }
}

/// The wide vocabulary's concepts bundled as `Lexicon/Data/concepts.tsv` (generated from
/// `Vocabulary/`): known to the vocabulary (looked up, typed, in the hierarchy), recognised
/// in sentences, not claimed on until a file other than concepts.tsv gives them.
@Suite struct BundledConceptsTests {
    let lexicon = ClaimLexicon.bundled

    @Test func theBundledVocabularyHasTheCountsAndTypesOfIssue12() {
        #expect(lexicon.vocabulary.indications.filter { $0.type == .condition || $0.type == .symptom }.count >= 600)
        #expect(lexicon.interventionVocabulary.concepts.count >= 400)
        let types = Set(lexicon.interventionVocabulary.concepts.compactMap(\.type))
        #expect(types.isSuperset(of: [.drug, .drugClass, .procedure, .device, .physicalTherapy, .manualTherapy, .complementary, .supplement, .behavioural]))
        #expect(lexicon.vocabulary.lookup("asthme")?.id == "asthma")
        #expect(lexicon.vocabulary.lookup("BPCO")?.id == "copd")
        #expect(lexicon.vocabulary.lookup("syndrome de l'intestin irritable")?.id == "ibs")
        #expect(lexicon.interventionID(for: "vitamine C") == "vitamin-c")
    }

    @Test func aTopLevelConceptIsAGroupOnlyWhereItsFileSaysSo() {
        // "cancer" heads breast cancer and others, and texts name it: not a group.
        #expect(lexicon.vocabulary.children(of: "cancer").contains("breast-cancer"))
        #expect(!lexicon.vocabulary.isGroup("cancer"))
        #expect(lexicon.interventionVocabulary.isGroup("orthopaedic-surgery"))
        // Food supplements as a class are a name texts use ("les compléments alimentaires ne
        // freinent pas la chute"): not a group, though vitamins and herbs lie below them.
        #expect(!lexicon.interventionVocabulary.isGroup("dietary-supplements"))
        #expect(lexicon.interventionVocabulary.children(of: "dietary-supplements").contains("biotin"))
        // A bundled indication alone at the top (migraine) stays a name, whatever the wide
        // vocabulary puts below it.
        #expect(!lexicon.vocabulary.isGroup("migraine"))
        #expect(lexicon.vocabulary.isGroup("pain"))
    }

    @Test func aWideConceptIsClaimedOnAndItsConfidenceSaysSo() throws {
        func claims(_ lexicon: ClaimLexicon, _ sentence: String) -> [Claim] {
            var b = TextBuilder()
            b.beginSection(heading: nil, role: .main)
            b.appendParagraph(sentence)
            let (text, sections) = b.finish()
            let d = Document(source: "x.txt", format: .text, kind: .news, title: "Acupuncture et lombalgie", language: "fr", text: text, sections: sections)
            return ClaimExtractor(lexicon: lexicon).claims(in: d)
        }
        // Asthma, a concept of the wide vocabulary, is the sentence's indication, not its title's
        // low back pain; the claim's confidence features say which vocabulary gave it.
        func features(_ c: Claim) -> String { c.cues.last { $0.role == "confidence" }?.rule ?? "" }
        let sentence = "L'acupuncture soulagerait l'asthme, affirment certains sites."
        let asthma = claims(lexicon, sentence)
        #expect(asthma.map(\.indication) == ["asthma"], "\(asthma.map { "\($0.intervention)/\($0.indication)" })")
        #expect(asthma.allSatisfy { features($0).contains("vocabulary=wide") })
        #expect(lexicon.wideConcepts.contains("asthma") && !lexicon.wideConcepts.contains("migraine"))
        // Given again by a user's file (the wide vocabulary), it is no longer only the wide file's.
        let wide = try ClaimLexicon.withUserFiles(WideVocabularyTests.files)
        #expect(claims(wide, sentence).map(\.indication) == ["asthma"])
        #expect(!wide.wideConcepts.contains("asthma"))
        // A bundled indication is claimed on as before, from the core vocabulary.
        let migraine = claims(lexicon, "L'acupuncture soulage les migraines.")
        #expect(migraine.map(\.indication) == ["migraine"])
        #expect(migraine.allSatisfy { features($0).contains("vocabulary=core") })
    }

    /// Cardiovascular diseases and fractures are broader than bundled concepts (venous
    /// insufficiency, stress fractures) yet named for themselves: claimed on (NAMED_BROADER in
    /// Scripts/recognized-names.py). Infections are not: contraindications name them.
    @Test func broadConceptsNamedForThemselvesAreClaimedOn() throws {
        #expect(lexicon.vocabulary.contains(id: "cardiovascular-diseases"))
        #expect(lexicon.vocabulary.contains(id: "fractures"))
        #expect(!lexicon.vocabulary.contains(id: "infections"))
        var b = TextBuilder()
        b.beginSection(heading: nil, role: .main)
        b.appendParagraph("Une revue systématique de 79 essais randomisés n'a retrouvé aucun effet des oméga-3 sur les accidents cardiovasculaires.")
        let (text, sections) = b.finish()
        let d = Document(source: "x.txt", format: .text, kind: .news, title: "Oméga-3 et cœur", language: "fr", text: text, sections: sections)
        let found = ClaimExtractor(lexicon: lexicon).claims(in: d, options: ClaimExtractor.Options(wideMinimumConfidence: 0))
        let keys: [String] = found.map { c in "\(c.intervention)/\(c.indication)/\(c.stance.rawValue)" }
        #expect(keys.contains("omega-3/cardiovascular-diseases/refutes"), "\(keys)")
    }

    @Test func aBadGroupValueNamesTheLine() {
        #expect(throws: LexiconError.self) {
            _ = try ConceptFile.parse("id\ttype\tlabel_en\tlabel_fr\tgroup\na\tcondition\tA\tA\tmaybe\n", source: "g.tsv")
        }
        let rows = try? ConceptFile.parse("id\ttype\tlabel_en\tlabel_fr\tgroup\na\tcondition\tA\tA\tyes\nb\tcondition\tB\tB\t\n", source: "g.tsv")
        #expect(rows?.map(\.group) == [true, nil])
    }
}

/// A class of treatments named where the document names one of its members stands for it.
@Suite struct InterventionNarrowingTests {
    func claims(_ title: String, _ paragraphs: [String], lexicon: ClaimLexicon) -> [Claim] {
        var b = TextBuilder()
        b.beginSection(heading: nil, role: .main)
        for p in paragraphs { b.appendParagraph(p) }
        let (text, sections) = b.finish()
        let d = Document(source: "x.txt", format: .text, kind: .news, title: title, language: "fr", text: text, sections: sections)
        return ClaimExtractor(lexicon: lexicon).claims(in: d)
    }

    @Test func theClassStandsForTheOneMemberTheDocumentNames() throws {
        let wide = try ClaimLexicon.withUserFiles(WideVocabularyTests.files)
        let found = claims("Le vaccin contre la grippe chez les seniors",
                           ["Quelques essais randomisés contre placebo montrent que la vaccination diminue la fréquence des grippes confirmées."], lexicon: wide)
        #expect(found.map(\.intervention) == ["flu-vaccine"], "\(found.map { "\($0.intervention)/\($0.indication)" })")
        #expect(found.first?.cues.contains { $0.rule.contains("narrowed to flu-vaccine") } == true)
        // Two members named: the class stays the class, unless the claim's condition names one
        // member (the flu vaccine for flu; none for heart attacks).
        let both = claims("Le vaccin contre la grippe et le vaccin contre la COVID-19",
                          ["Les deux vaccins sont proposés aux seniors.", "La vaccination diminue la fréquence des grippes confirmées.",
                           "La vaccination diminue aussi les infarctus du myocarde."], lexicon: wide)
        #expect(both.map { "\($0.intervention)/\($0.indication)" } == ["flu-vaccine/influenza", "vaccines/myocardial-infarction"],
                "\(both.map { "\($0.intervention)/\($0.indication)" })")
    }
}

/// A user's vocabulary as an OBO file, the format Disease Ontology, MONDO and HPO users have.
@Suite struct OBOVocabularyTests {
    static let obo = """
        format-version: 1.2
        ontology: doid

        [Term]
        id: DOID:0001
        name: restless legs syndrome
        synonym: "Willis-Ekbom disease" EXACT []
        synonym: "RLS" EXACT []
        is_a: DOID:0002 ! movement disorder

        [Term]
        id: DOID:0002
        name: movement disorder

        [Term]
        id: DOID:0003
        name: old name
        is_obsolete: true

        [Typedef]
        id: part_of
        name: part of
        """

    @Test func termsBecomeConditionsWithTheirSynonymsAndParents() throws {
        let rows = try ConceptFile.parseOBO(Self.obo, source: "mine.obo")
        #expect(rows.map(\.id) == ["DOID:0001", "DOID:0002"])
        #expect(rows[0].synonymsEN == ["Willis-Ekbom disease", "RLS"])
        #expect(rows[0].parents == ["DOID:0002"])
    }

    @Test func aUserOBOFileExtendsTheVocabularyAndTheClaims() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("preuve-\(UUID().uuidString).obo")
        try Self.obo.write(to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        let lexicon = try ClaimLexicon.withUserFiles([path.path])
        #expect(lexicon.vocabulary.lookup("Willis-Ekbom disease")?.id == "DOID:0001")
        #expect(lexicon.vocabulary.ancestors(of: "DOID:0001") == ["DOID:0002"])
        var b = TextBuilder()
        b.beginSection(heading: nil, role: .main)
        b.appendParagraph("Acupuncture relieves restless legs syndrome, according to my patients.")
        let (text, sections) = b.finish()
        let d = Document(source: "x.txt", format: .text, kind: .blog, title: "RLS", language: "en", text: text, sections: sections)
        #expect(ClaimExtractor(lexicon: lexicon).claims(in: d).map(\.indication) == ["DOID:0001"])
    }

    @Test func aTermWithoutANameNamesTheLine() {
        do {
            _ = try ConceptFile.parseOBO("[Term]\nid: X:1\n", source: "bad.obo")
            Issue.record("should not parse")
        } catch {
            #expect("\(error)".hasPrefix("bad.obo:1"), "\(error)")
        }
    }
}
