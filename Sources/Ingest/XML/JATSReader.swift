import Documents

/// JATS (PMC) articles: front matter, abstract, body sections; back matter, references,
/// tables, figures, formulas and citation markers left out.
struct JATSReader {
    var limits: IngestLimits

    /// Elements whose content is no prose of the article.
    static let skipped: Set<String> = [
        "table-wrap", "table", "fig", "fig-group", "disp-formula", "inline-formula", "tex-math", "math",
        "ref-list", "supplementary-material", "graphic", "inline-graphic", "media", "label", "fn-group",
        "alternatives", "object-id", "table-wrap-foot", "chem-struct-wrap", "back",
    ]
    static let blocks: Set<String> = ["p", "list-item", "title", "disp-quote", "def-item", "boxed-text", "statement", "list"]

    func read(_ root: XElement, input: InputFile) throws -> Document {
        let front = root.child("front")
        let meta = front?.child("article-meta")
        let title = meta?.path("title-group", "article-title")?.cleanText ?? ""
        let language = LanguageCodes.normalize(root["xml:lang"])

        var builder = TextBuilder()
        builder.beginSection(heading: nil, role: .main)
        builder.appendParagraph(title)
        for abstract in meta?.children("abstract") ?? [] where !Self.isSideAbstract(abstract) {
            appendSections(of: abstract, role: .abstract, to: &builder)
        }
        if let body = root.child("body") { appendSections(of: body, role: .body, to: &builder) }
        let (text, sections) = builder.finish()
        try XMLReaders.checkText(text, source: input.source, limits: limits)

        var ids = Identifiers()
        for id in meta?.children("article-id") ?? [] {
            let value = id.cleanText.nilIfBlank
            switch id["pub-id-type"]?.lowercased() {
            case "pmid": ids.pmid = ids.pmid ?? value
            case "pmc", "pmcid": ids.pmc = ids.pmc ?? value
            case "doi": ids.doi = ids.doi ?? value
            default: break
            }
        }
        var metadata = Metadata()
        metadata.articleType = root["article-type"]?.nilIfBlank
        metadata.journal = front?.child("journal-meta").flatMap { $0.first("journal-title") }?.cleanText.nilIfBlank
        metadata.publisher = front?.child("journal-meta")?.first("publisher-name")?.cleanText.nilIfBlank
        metadata.url = meta?.child("self-uri")?["href"]?.nilIfBlank
        // A summary written for the catalogue says so in a custom-meta named `preuve-note`.
        metadata.note = meta?.child("custom-meta-group")?.children("custom-meta")
            .first { $0.child("meta-name")?.cleanText == "preuve-note" }?.child("meta-value")?.cleanText.nilIfBlank

        return Document(
            source: input.source, contentHash: input.contentHash, format: .jats, kind: .journalArticle,
            title: title, language: language ?? XMLReaders.guessLanguage(title + " " + text),
            languageDeclared: language != nil, year: year(meta), authors: authors(meta),
            identifiers: ids, metadata: metadata, text: text, sections: sections)
    }

    /// Graphical abstracts and teasers repeat the abstract or carry no text worth a claim.
    private static func isSideAbstract(_ abstract: XElement) -> Bool {
        ["graphical", "teaser", "toc"].contains(abstract["abstract-type"]?.lowercased() ?? "")
    }

    /// Paragraphs outside any `sec` go in a section without heading; each `sec` (at any
    /// depth) opens a section headed by its title. A conclusion sec and its subsections
    /// take the conclusion role.
    private func appendSections(of container: XElement, role: SectionRole, to builder: inout TextBuilder) {
        builder.beginSection(heading: nil, role: role)
        let extractor = BlockText(isBlock: { Self.blocks.contains($0.name) }, isSkipped: Self.isSkipped, isCitation: Self.isCitation)
        var loose = XElement(name: container.name)
        func flushLoose() {
            for paragraph in extractor.paragraphs(loose) { builder.appendParagraph(paragraph) }
            loose.children = []
        }
        for child in container.children {
            guard case .element(let e) = child else { loose.children.append(child); continue }
            if e.name == "sec" {
                flushLoose()
                appendSec(e, role: role, extractor: extractor, to: &builder)
                builder.beginSection(heading: nil, role: role)
            } else if e.name == "title" {
                continue
            } else {
                loose.children.append(child)
            }
        }
        flushLoose()
    }

    private func appendSec(_ sec: XElement, role: SectionRole, extractor: BlockText, to builder: inout TextBuilder) {
        let heading = sec.child("title").map { BlockText.tidy($0.text) }
        if Self.isAdministrative(heading: heading, type: sec["sec-type"]) { return }
        let ownRole: SectionRole = role == .conclusion || Self.isConclusion(heading) ? .conclusion : role
        builder.beginSection(heading: heading, role: ownRole)
        var loose = XElement(name: "sec")
        for child in sec.children {
            if case .element(let e) = child, e.name == "sec" {
                for paragraph in extractor.paragraphs(loose) { builder.appendParagraph(paragraph) }
                loose.children = []
                appendSec(e, role: ownRole, extractor: extractor, to: &builder)
                builder.beginSection(heading: nil, role: ownRole)
            } else if case .element(let e) = child, e.name == "title" {
                continue
            } else {
                loose.children.append(child)
            }
        }
        for paragraph in extractor.paragraphs(loose) { builder.appendParagraph(paragraph) }
    }

    /// Sections about the paper rather than its subject (funding, conflicts, ...): no claims there.
    static func isAdministrative(heading: String?, type: String? = nil) -> Bool {
        let types = ["funding", "supplementary-material", "coi-statement", "author-contributions", "data-availability", "abbreviations"]
        if let type, types.contains(type.lowercased()) { return true }
        guard let h = heading?.lowercased() else { return false }
        let prefixes = ["funding", "acknowledg", "conflict", "competing interest", "author contribution", "authors' contribution",
                        "authors’ contribution", "supplementary", "supporting information", "abbreviations", "data availability",
                        "disclosure", "declaration of interest", "financial support"]
        return prefixes.contains { h.hasPrefix($0) }
    }

    static func isConclusion(_ heading: String?) -> Bool {
        guard let h = heading?.lowercased() else { return false }
        let stripped = h.drop(while: { $0.isNumber || $0 == "." || $0 == " " })
        return stripped.hasPrefix("conclusion") || stripped.hasPrefix("concluding")
    }

    static func isSkipped(_ e: XElement) -> Bool { skipped.contains(e.name) }

    /// Bibliographic citation markers ([12], (Smith 2003)): noise for sentences.
    static func isCitation(_ e: XElement) -> Bool {
        e.name == "xref" && ["bibr", "fn", "table-fn"].contains(e["ref-type"] ?? "")
    }

    private func year(_ meta: XElement?) -> Int? {
        let dates = meta?.children("pub-date") ?? []
        let preferred = dates.first { ["epub", "ppub", "pub"].contains(($0["pub-type"] ?? $0["date-type"] ?? "").lowercased()) }
        for date in [preferred].compactMap({ $0 }) + dates {
            if let year = Years.first(in: date.child("year")?.cleanText) { return year }
        }
        return nil
    }

    /// "Surname Initials" of each author contrib, as PubMed writes them; collab names whole.
    private func authors(_ meta: XElement?) -> [String] {
        var out: [String] = []
        for group in meta?.children("contrib-group") ?? [] {
            for contrib in group.children("contrib") where (contrib["contrib-type"] ?? "author") == "author" {
                if let name = contrib.child("name") ?? contrib.child("name-alternatives")?.child("name"),
                   let surname = name.child("surname")?.cleanText.nilIfBlank {
                    let initials = Self.initials(name.child("given-names")?.cleanText ?? "")
                    out.append(initials.isEmpty ? surname : "\(surname) \(initials)")
                } else if let collab = contrib.child("collab")?.cleanText.nilIfBlank {
                    out.append(collab)
                }
            }
        }
        return out
    }

    /// "Jean-Paul A." to "JPA".
    static func initials(_ given: String) -> String {
        String(given.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." }).compactMap(\.first).filter(\.isLetter))
    }
}
