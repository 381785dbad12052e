import Documents

/// TEI as GROBID writes it from PDFs: header metadata, abstract, body `div`s headed by
/// `head`; back matter, bibliography, figures, tables and formulas left out.
struct TEIReader {
    var limits: IngestLimits

    static let skipped: Set<String> = ["figure", "table", "formula", "listBibl", "back", "note", "graphic", "label"]
    static let blocks: Set<String> = ["p", "item", "list", "quote", "head", "ab", "lg", "l", "sp"]

    func read(_ root: XElement, input: InputFile) throws -> Document {
        // A teiCorpus holds TEI documents; the first one stands for the file.
        let tei = root.name == "teiCorpus" ? (root.child("TEI") ?? root) : root
        let header = tei.child("teiHeader")
        let fileDesc = header?.child("fileDesc")
        let titles = fileDesc?.child("titleStmt")?.children("title") ?? []
        let title = (titles.first { $0["type"] == "main" } ?? titles.first)?.cleanText ?? ""
        let bibl = fileDesc?.path("sourceDesc", "biblStruct")
        let language = LanguageCodes.normalize(header?["xml:lang"] ?? tei["xml:lang"])

        var builder = TextBuilder()
        builder.beginSection(heading: nil, role: .main)
        builder.appendParagraph(title)
        let extractor = BlockText(isBlock: { Self.blocks.contains($0.name) }, isSkipped: Self.isSkipped, isCitation: Self.isCitation)
        if let abstract = header?.path("profileDesc", "abstract") {
            appendDivs(of: abstract, heading: nil, role: .abstract, extractor: extractor, to: &builder)
        }
        if let body = tei.path("text", "body") {
            appendDivs(of: body, heading: nil, role: .body, extractor: extractor, to: &builder)
        }
        let (text, sections) = builder.finish()
        try XMLReaders.checkText(text, source: input.source, limits: limits)

        var ids = Identifiers()
        for idno in bibl?.all("idno") ?? [] {
            let value = idno.cleanText.nilIfBlank
            switch idno["type"]?.lowercased() {
            case "doi": ids.doi = ids.doi ?? value
            case "pmid": ids.pmid = ids.pmid ?? value
            case "pmcid": ids.pmc = ids.pmc ?? value
            default: break
            }
        }
        let dates = (fileDesc?.child("publicationStmt")?.children("date") ?? []) + (bibl?.all("date") ?? [])
        let year = dates.lazy.compactMap { Years.first(in: $0["when"]) ?? Years.first(in: $0.cleanText) }.first
        var metadata = Metadata()
        metadata.journal = bibl?.child("monogr")?.children("title").first?.cleanText.nilIfBlank
        metadata.publisher = fileDesc?.child("publicationStmt")?.child("publisher")?.cleanText.nilIfBlank

        return Document(
            source: input.source, contentHash: input.contentHash, format: .tei, kind: .journalArticle,
            title: title, language: language ?? XMLReaders.guessLanguage(title + " " + text),
            languageDeclared: language != nil, year: year, authors: authors(bibl?.child("analytic")),
            identifiers: ids, metadata: metadata, text: text, sections: sections)
            .withAuthors(fallback: fileDesc?.child("titleStmt")?.children("author").compactMap { $0.cleanText.nilIfBlank } ?? [])
    }

    /// Each `div` opens a section headed by its `head`; nested divs open their own, and
    /// text after a nested div goes on in a section without heading.
    private func appendDivs(of container: XElement, heading: String?, role: SectionRole,
                            extractor: BlockText, to builder: inout TextBuilder) {
        builder.beginSection(heading: heading, role: role)
        var loose = XElement(name: container.name)
        for child in container.children {
            if case .element(let e) = child, e.name == "div" {
                for p in extractor.paragraphs(loose) { builder.appendParagraph(p) }
                loose.children = []
                let head = e.child("head").map { BlockText.tidy($0.text) }
                if JATSReader.isAdministrative(heading: head) { continue }
                let ownRole: SectionRole = role == .conclusion || (role == .body && JATSReader.isConclusion(head)) ? .conclusion : role
                var content = e
                content.children = e.children.filter { if case .element(let h) = $0, h.name == "head" { false } else { true } }
                appendDivs(of: content, heading: head, role: ownRole, extractor: extractor, to: &builder)
                builder.beginSection(heading: nil, role: role)
            } else {
                loose.children.append(child)
            }
        }
        for p in extractor.paragraphs(loose) { builder.appendParagraph(p) }
    }

    static func isSkipped(_ e: XElement) -> Bool { skipped.contains(e.name) }

    /// GROBID marks citations as <ref type="bibr">[12]</ref> and footnote calls as type "foot".
    static func isCitation(_ e: XElement) -> Bool { e.name == "ref" && ["bibr", "foot"].contains(e["type"] ?? "") }

    private func authors(_ analytic: XElement?) -> [String] {
        (analytic?.children("author") ?? []).compactMap { author in
            guard let pers = author.child("persName"), let surname = pers.child("surname")?.cleanText.nilIfBlank else { return nil }
            let given = pers.children("forename").map(\.cleanText).joined(separator: " ")
            let initials = JATSReader.initials(given)
            return initials.isEmpty ? surname : "\(surname) \(initials)"
        }
    }
}

private extension Document {
    /// TEI outside GROBID names authors in the title statement only.
    func withAuthors(fallback: [String]) -> Document {
        guard authors.isEmpty else { return self }
        var copy = self
        copy.authors = fallback
        return copy
    }
}
