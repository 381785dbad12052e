import Documents

/// Any other XML: the text of its elements, one paragraph per element that holds text of
/// its own (a leaf or mixed content), so that records and fields never run together.
struct GenericXMLReader {
    var limits: IngestLimits

    func read(_ root: XElement, input: InputFile) throws -> Document {
        let titleElement = root.name == "title" ? root : root.first("title")
        let title = titleElement?.cleanText.nilIfBlank ?? XMLReaders.fileName(input.source)
        var builder = TextBuilder()
        builder.beginSection(heading: nil, role: .main)
        appendBlocks(root, to: &builder)
        let (text, sections) = builder.finish()
        try XMLReaders.checkText(text, source: input.source, limits: limits)
        let language = LanguageCodes.normalize(root["xml:lang"] ?? root["lang"])
        return Document(
            source: input.source, contentHash: input.contentHash, format: .xml, kind: .other,
            title: title, language: language ?? XMLReaders.guessLanguage(title + " " + text),
            languageDeclared: language != nil, text: text, sections: sections)
    }

    private func appendBlocks(_ element: XElement, to builder: inout TextBuilder) {
        if element.hasOwnText {
            builder.appendParagraph(BlockText.tidy(element.text))
            return
        }
        for child in element.elements { appendBlocks(child, to: &builder) }
    }
}
