import Documents
import TextAnalysis

/// HTML pages: the article's text as `.main` sections, then reader comments as
/// `.comment` sections, with the metadata the page declares.
///
/// The steps, one file each: `CharsetDetector` (bytes to UTF-8), `LibXMLHTMLParser`
/// (libxml2 tree copied into `HTMLNode`s, C memory freed), `HTMLMetadata` and
/// `JSONLDMetadata` (title, authors, date, ids, kind), `CommentExtractor` (comments out,
/// comment forms dropped), `BoilerplateFilter` (furniture the scorer could keep),
/// `MainContentExtractor` (readability-style scoring) and `ArticleCleaner`,
/// `BlockTextWriter` (blocks to paragraphs and sections).
struct HTMLReader {
    var limits: IngestLimits

    func read(_ input: InputFile) throws -> Document {
        let (bytes, encoding) = CharsetDetector.prepare(input.bytes)
        guard let parsed = LibXMLHTMLParser.parse(bytes, encoding: encoding, maxDepth: limits.maxDepth)
            ?? LibXMLHTMLParser.parse(Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "UTF-8", maxDepth: limits.maxDepth)
        else {
            throw IngestError(path: input.source, reason: .malformed("HTML: libxml2 could not build a document"))
        }
        let metadata = HTMLMetadata(root: parsed.root, jsonLD: parsed.jsonLD)
        let title = metadata.title
        let page = parsed.root.firstDescendant { $0.tag == "body" } ?? parsed.root

        let comments = CommentExtractor.extract(from: page)
        BoilerplateFilter.clean(page)
        let (article, byline) = MainContentExtractor(title: title).extract(from: page)

        var writer = BlockTextWriter(builder: TextBuilder(), role: .main, maxBytes: limits.maxTextBytes)
        writer.beginSection(heading: nil)
        writer.write(article)
        var commentWriter = BlockTextWriter(builder: writer.builder, role: .comment, maxBytes: limits.maxTextBytes)
        commentWriter.truncated = writer.truncated
        for comment in comments {
            commentWriter.beginSection(heading: comment.author)
            commentWriter.write(comment.body)
        }
        var builder = commentWriter.builder
        let (text, sections) = builder.finish()

        // Main sections come first in the text: their end bounds the sample for the guess.
        let mainEnd = sections.last { $0.role == .main }?.range.end ?? 0
        let mainSample = String(decoding: text.utf8.prefix(min(mainEnd, 64 * 1024)), as: UTF8.self)
        let declared = metadata.declaredLanguage
        let language = declared ?? LanguageGuesser.shared.guess(title + " " + mainSample)

        var document = Document(
            source: input.source, contentHash: input.contentHash, format: .html, kind: metadata.kind,
            title: title, language: language, languageDeclared: declared != nil, year: metadata.year,
            authors: metadata.authors.isEmpty ? byline.map { [$0] } ?? [] : metadata.authors,
            identifiers: Identifiers(pmid: metadata.pmid, doi: metadata.doi),
            metadata: Metadata(journal: metadata.journal, articleType: metadata.jsonLD?.type ?? metadata.first("og:type"),
                               publisher: metadata.siteName, url: metadata.first("og:url") ?? metadata.first("citation_public_url"),
                               description: metadata.first("og:description", "description", "dc.description") ?? metadata.jsonLD?.description,
                               sourceCitation: metadata.first("preuve:source"), note: metadata.first("preuve:note")),
            text: text, sections: sections)
        if commentWriter.truncated {
            let truncated = "text truncated at the \(limits.maxTextBytes)-byte limit of extracted text"
            document.metadata.note = document.metadata.note.map { "\($0) (\(truncated))" } ?? truncated
        }
        return document
    }
}
