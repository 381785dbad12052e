import Foundation

/// Deterministic inputs for the hot-path benchmarks, built in memory so that
/// `swift package benchmark` needs no corpus on disk: PubMed records and an HTML page
/// whose sentences mix claim cues, indications and filler, as generated corpora do.
enum SyntheticInput {
    static let sentences = [
        "Mesotherapy reduced low back pain compared with placebo in this randomised controlled trial.",
        "Patients received weekly injections for six weeks and were followed for three months.",
        "Acupuncture did not improve chronic neck pain more than sham needling.",
        "There is insufficient evidence that homeopathy relieves migraine.",
        "La mésothérapie soulage les lombalgies chroniques selon cette étude randomisée.",
        "Outcomes included pain intensity, disability and quality of life at twelve weeks.",
        "Adverse events were mild and transient in both groups of patients.",
        "These results suggest that spinal manipulation may help some patients with sciatica.",
    ]

    /// One abstract of `count` sentences, varied by `seed`.
    static func paragraph(_ seed: Int, count: Int) -> String {
        (0..<count).map { sentences[(seed &* 7 &+ $0 &* 3) % sentences.count] }.joined(separator: " ")
    }

    /// A PubMed set of `records` articles with structured abstracts.
    static func pubmedXML(records: Int) -> Data {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n"
        for i in 0..<records {
            xml += """
            <PubmedArticle><MedlineCitation><PMID>\(90_000_001 + i)</PMID><Article>
            <Journal><Title>Synthetic Journal of Pain</Title><JournalIssue><PubDate><Year>\(2000 + i % 25)</Year></PubDate></JournalIssue></Journal>
            <ArticleTitle>Synthetic trial \(i) of mesotherapy for low back pain</ArticleTitle>
            <Abstract><AbstractText Label="BACKGROUND">\(paragraph(i, count: 3))</AbstractText>
            <AbstractText Label="RESULTS">\(paragraph(i + 1, count: 5))</AbstractText>
            <AbstractText Label="CONCLUSIONS" NlmCategory="CONCLUSIONS">\(paragraph(i + 2, count: 2))</AbstractText></Abstract>
            <AuthorList><Author><LastName>Synthetic</LastName><Initials>A</Initials></Author></AuthorList>
            <Language>eng</Language><PublicationTypeList><PublicationType>Randomized Controlled Trial</PublicationType></PublicationTypeList>
            </Article><GeneralNote>Synthetic record for benchmarks.</GeneralNote></MedlineCitation></PubmedArticle>

            """
        }
        xml += "</PubmedArticleSet>\n"
        return Data(xml.utf8)
    }

    /// A news-like page with navigation, an article of `paragraphs` paragraphs and comments.
    static func htmlPage(paragraphs: Int) -> Data {
        var html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Does mesotherapy work?</title></head><body>"
        html += "<nav><a href=\"/\">Home</a> <a href=\"/health\">Health</a></nav><main><article><h1>Does mesotherapy work for back pain?</h1>"
        for i in 0..<paragraphs { html += "<p>\(paragraph(i, count: 4))</p>" }
        html += "</article></main><section class=\"comments\"><p>It worked for me after two sessions!</p></section>"
        html += "<footer>Synthetic page for benchmarks.</footer></body></html>"
        return Data(html.utf8)
    }
}
