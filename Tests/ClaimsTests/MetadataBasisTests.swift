import Claims
import Documents
import Testing

/// Basis from the document when the sentence names none; structured conclusions; comments.
@Suite struct MetadataBasisTests {
    func pubmedLike(types: [String]) -> Document {
        var b = TextBuilder()
        b.beginSection(heading: "BACKGROUND", role: .abstract)
        b.appendParagraph("Mesotherapy is widely used for low back pain in France.")
        b.beginSection(heading: "CONCLUSIONS", role: .conclusion)
        b.appendParagraph("Mesotherapy reduced pain intensity in acute low back pain.")
        let (text, sections) = b.finish()
        return Document(source: "pubmed.xml", fragment: "pmid:1", format: .pubmed, kind: .journalArticle,
                        title: "Mesotherapy versus systemic therapy in acute low back pain", language: "en",
                        year: 2011, publicationTypes: types, text: text, sections: sections)
    }

    @Test func aConclusionWithNoCueTakesThePublicationType() {
        let claims = ClaimExtractor().claims(in: pubmedLike(types: ["Journal Article", "Randomized Controlled Trial"]))
        #expect(claims.count == 1)
        let c = claims.first
        #expect(c?.indication == "low-back-pain")
        #expect(c?.stance == .supports)
        #expect(c?.basis == .rct)
        #expect(c?.level == 2)
        #expect(c?.cited == false)
        #expect(c?.doc == "pubmed.xml#pmid:1")
        #expect(c?.year == 2011)
        #expect(c?.cues.contains { $0.role == "basis" && $0.text.contains("Randomized Controlled Trial") } == true)
    }

    @Test func otherPublicationTypes() {
        #expect(ClaimExtractor().claims(in: pubmedLike(types: ["Meta-Analysis"])).first?.basis == .metaAnalysis)
        #expect(ClaimExtractor().claims(in: pubmedLike(types: ["Case Reports"])).first?.basis == .caseReport)
        #expect(ClaimExtractor().claims(in: pubmedLike(types: ["Consensus Development Conference"])).first?.basis == .expertOpinion)
        #expect(ClaimExtractor().claims(in: pubmedLike(types: ["Systematic Review", "Review"])).first?.basis == .systematicReview)
        #expect(ClaimExtractor().claims(in: pubmedLike(types: ["Journal Article"])).first?.basis == .assertion)
    }

    @Test func articleTypeAndReportKind() {
        var d = pubmedLike(types: [])
        d.metadata.articleType = "expert-opinion"
        #expect(ClaimExtractor().claims(in: d).first?.basis == .expertOpinion)
        d.metadata.articleType = nil
        d.kind = .htaReport
        #expect(ClaimExtractor().claims(in: d).first?.basis == .htaReport)
    }

    @Test func structuredConclusionsBecomeClaims() {
        var b = TextBuilder()
        b.beginSection(heading: "Conclusions", role: .conclusion)
        let range = b.appendParagraph("Les données disponibles ne permettent pas de conclure à l'efficacité de la mésothérapie dans la cellulite.")!
        let (text, sections) = b.finish()
        let d = Document(source: "rapport.xml", format: .report, kind: .htaReport, title: "Évaluation de la mésothérapie",
                         language: "fr", year: 2014, text: text, sections: sections,
                         conclusions: [Conclusion(intervention: "mesotherapy", indication: "cellulite", stance: "uncertain", range: range)])
        let claims = ClaimExtractor().claims(in: d)
        #expect(claims.count == 1, "the conclusion is read once, from its structure")
        #expect(claims.first?.indication == "cellulite")
        #expect(claims.first?.stance == .uncertain)
        #expect(claims.first?.basis == .htaReport)
        #expect(claims.first?.start == range.start && claims.first?.end == range.end)
    }

    @Test func aReportWithConclusionsSpeaksThroughThemAlone() {
        var b = TextBuilder()
        b.beginSection(heading: nil, role: .main)
        b.appendParagraph("Selon un article de presse, la mésothérapie soulagerait les lombalgies.")
        b.beginSection(heading: "general", role: .conclusion)
        let range = b.appendParagraph("L'efficacité de la mésothérapie n'est pas démontrée.")!
        let (text, sections) = b.finish()
        let d = Document(source: "rapport.xml", format: .report, kind: .htaReport, title: "Évaluation", language: "fr",
                         text: text, sections: sections,
                         conclusions: [Conclusion(intervention: "mesotherapy", indication: "general", stance: "uncertain", range: range)])
        let claims = ClaimExtractor().claims(in: d)
        #expect(claims.map(\.indication) == ["general"], "the summary's second-hand sentence is context, not a finding")
    }

    @Test func commentsAreTestimony() {
        var b = TextBuilder()
        b.beginSection(heading: nil, role: .main)
        b.appendParagraph("La mésothérapie est une technique d'injections intradermiques.")
        b.beginSection(heading: "Commentaires", role: .comment)
        b.appendParagraph("Trois séances et ma cervicalgie a disparu.")
        let (text, sections) = b.finish()
        let d = Document(source: "blog.html", format: .html, kind: .blog, title: "La mésothérapie", language: "fr",
                         text: text, sections: sections)
        let claims = ClaimExtractor().claims(in: d)
        #expect(claims.count == 1)
        #expect(claims.first?.basis == .testimony)
        #expect(claims.first?.kind == .comment)
        #expect(claims.first?.indication == "neck-pain")
    }

    @Test func aboutSetsTheMainIntervention() {
        let text = "Elle a soulagé mes lombalgies."
        let all = TextRange(start: 0, end: text.utf8.count)
        let d = Document(source: "x.txt", format: .text, title: "Un témoignage", text: text,
                         sections: [Section(role: .main, range: all, paragraphs: [all])])
        #expect(ClaimExtractor().claims(in: d).isEmpty, "no intervention named, none given")
        let claims = ClaimExtractor().claims(in: d, options: .init(about: "acupuncture"))
        #expect(claims.first?.intervention == "acupuncture")
        #expect(claims.first?.indication == "low-back-pain")
    }

    @Test func theDesignTheAuthorsGiveTheirStudyIsItsSentencesBasis() {
        var b = TextBuilder()
        b.beginSection(heading: nil, role: .main)
        b.appendParagraph("Methods: we conducted a double-blind randomized trial in 80 adults.")
        b.appendParagraph("Results: mesotherapy reduced pain in acute low back pain at 4 weeks.")
        let (text, sections) = b.finish()
        let d = Document(source: "abstract.txt", format: .text, title: "Mesotherapy for low back pain", language: "en",
                         text: text, sections: sections)
        let claims = ClaimExtractor().claims(in: d)
        #expect(claims.count == 1)
        #expect(claims.first?.basis == .rct)
        #expect(claims.first?.cues.contains { $0.rule.contains("their own study") } == true)
    }
}

