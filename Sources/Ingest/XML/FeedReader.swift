import Documents

/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one news document per item or entry.
struct FeedReader {
    var limits: IngestLimits

    func read(_ root: XElement, input: InputFile, _ body: (Document) throws -> Void) throws {
        let channel: XElement?
        let items: [XElement]
        switch root.name {
        case "feed":
            channel = root
            items = root.children("entry")
        case "RDF":
            // RSS 1.0: items are siblings of the channel.
            channel = root.child("channel")
            items = root.children("item")
        default:
            channel = root.child("channel")
            items = channel?.children("item") ?? []
        }
        let feedLanguage = LanguageCodes.normalize(
            root["xml:lang"] ?? channel?.child("language")?.cleanText ?? channel?["xml:lang"])
        let feedTitle = channel?.child("title")?.cleanText.nilIfBlank
        // A feed written for the catalogue says so once, in `preuve:note`, for all its items.
        let feedNote = channel?.child("note")?.cleanText.nilIfBlank
        if items.count > limits.maxDocumentsPerFile {
            throw IngestError(path: input.source, reason: .limitExceeded("more than \(limits.maxDocumentsPerFile) documents"))
        }
        for (i, item) in items.enumerated() {
            var doc = try document(item, index: i + 1, feedLanguage: feedLanguage, feedTitle: feedTitle, input: input)
            doc.metadata.note = doc.metadata.note ?? feedNote
            try body(doc)
        }
    }

    private func document(_ item: XElement, index: Int, feedLanguage: String?, feedTitle: String?,
                          input: InputFile) throws -> Document {
        let atom = item.name == "entry"
        let title = TextBuilder.clean(HTMLSnippet.paragraphs(item.child("title")?.text ?? "", limits: limits).joined(separator: " "))
        let link: String? = atom
            ? (item.children("link").first { ($0["rel"] ?? "alternate") == "alternate" } ?? item.child("link"))?["href"]?.nilIfBlank
            : item.child("link")?.cleanText.nilIfBlank ?? item["about"]?.nilIfBlank
        let dates = ["pubDate", "date", "published", "updated", "issued"].compactMap { item.child($0)?.cleanText }
        let language = LanguageCodes.normalize(item["xml:lang"] ?? item.child("language")?.cleanText) ?? feedLanguage

        var builder = TextBuilder()
        builder.beginSection(heading: nil, role: .main)
        builder.appendParagraph(title)
        for paragraph in contentParagraphs(item) { builder.appendParagraph(paragraph) }
        let (text, sections) = builder.finish()
        try XMLReaders.checkText(text, source: input.source, limits: limits)

        var metadata = Metadata(url: link)
        metadata.publisher = feedTitle
        metadata.description = item.child("description").map { HTMLSnippet.paragraphs($0.text, limits: limits).joined(separator: " ") }?.nilIfBlank
        let authors = (atom ? item.children("author").compactMap { $0.child("name")?.cleanText.nilIfBlank }
            : (item.children("creator") + item.children("author")).compactMap { $0.cleanText.nilIfBlank })

        return Document(
            source: input.source, fragment: "item:\(index)", contentHash: input.contentHash, format: .rss,
            kind: .news, title: title, language: language ?? XMLReaders.guessLanguage(text),
            languageDeclared: language != nil, year: dates.lazy.compactMap { Years.first(in: $0) }.first,
            authors: authors, metadata: metadata, text: text, sections: sections)
    }

    /// The fullest body the item offers: `content:encoded` or Atom `content`, else the
    /// description or summary. HTML in it is reduced to text.
    private func contentParagraphs(_ item: XElement) -> [String] {
        let candidates = item.children("encoded") + item.children("content") + item.children("description") + item.children("summary")
        for element in candidates {
            let paragraphs: [String]
            if element["type"] == "xhtml" {
                // Atom XHTML content is already parsed markup.
                paragraphs = BlockText(isBlock: { HTMLSnippet.blocks.contains($0.name) },
                                       isSkipped: { HTMLSnippet.skipped.contains($0.name) }).paragraphs(element)
            } else if element["type"] == "text" {
                paragraphs = [BlockText.tidy(element.text)]
            } else {
                paragraphs = HTMLSnippet.paragraphs(element.text, limits: limits)
            }
            let nonEmpty = paragraphs.filter { !$0.isEmpty }
            if !nonEmpty.isEmpty { return nonEmpty }
        }
        return []
    }
}
