import Documents

/// The project's report format (docs/report-format.md): an official evaluation summarised
/// for the catalogue, with one structured conclusion per indication.
struct ReportReader {
    var limits: IngestLimits

    func read(_ root: XElement, input: InputFile) throws -> Document {
        let title = root.child("title")?.cleanText ?? ""
        let language = LanguageCodes.normalize(root["xml:lang"])
        let paragraphs = BlockText(isBlock: { $0.name == "p" }, isSkipped: { _ in false })

        var builder = TextBuilder()
        builder.beginSection(heading: nil, role: .main)
        builder.appendParagraph(title)
        for p in root.child("summary").map(paragraphs.paragraphs) ?? [] { builder.appendParagraph(p) }

        var conclusions: [Conclusion] = []
        for group in root.children("conclusions") {
            let intervention = group["intervention"]?.nilIfBlank ?? ""
            for conclusion in group.children("conclusion") {
                let indication = conclusion["indication"]?.nilIfBlank ?? "general"
                builder.beginSection(heading: indication, role: .conclusion)
                var ranges: [TextRange] = []
                for p in paragraphs.paragraphs(conclusion) {
                    if let range = builder.appendParagraph(p) { ranges.append(range) }
                }
                if let first = ranges.first, let last = ranges.last {
                    conclusions.append(Conclusion(
                        intervention: intervention, indication: indication,
                        stance: conclusion["stance"]?.nilIfBlank ?? "uncertain",
                        range: TextRange(start: first.start, end: last.end),
                        scope: conclusion["scope"]?.nilIfBlank))
                }
            }
        }
        let (text, sections) = builder.finish()
        try XMLReaders.checkText(text, source: input.source, limits: limits)

        let reportKind = root["kind"]?.nilIfBlank
        var metadata = Metadata()
        metadata.articleType = reportKind
        metadata.publisher = root.child("issuer")?.cleanText.nilIfBlank
        let citations = root.children("source").compactMap { $0["citation"]?.nilIfBlank ?? $0["url"]?.nilIfBlank }
        metadata.sourceCitation = citations.isEmpty ? nil : citations.joined(separator: "; ")
        metadata.url = root.children("source").lazy.compactMap { $0["url"]?.nilIfBlank }.first
        metadata.note = root.child("note")?.cleanText.nilIfBlank

        return Document(
            source: input.source, contentHash: input.contentHash, format: .report,
            kind: reportKind == "hta-report" ? .htaReport : .other, title: title,
            language: language ?? XMLReaders.guessLanguage(title + " " + text), languageDeclared: language != nil,
            year: Years.first(in: root["year"]) ?? Years.first(in: root.child("date")?.cleanText),
            authors: root.child("authors")?.children("author").compactMap { $0.cleanText.nilIfBlank } ?? [],
            metadata: metadata, text: text, sections: sections, conclusions: conclusions)
    }
}
