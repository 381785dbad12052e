import Documents

/// What a page says about itself in `<title>`, `<meta>` (Open Graph, Highwire
/// `citation_*`, Dublin Core, `article:*`), `<html lang>` and JSON-LD.
struct HTMLMetadata {
    /// `<meta>` values by lowercased `name`/`property`/`itemprop`, in page order.
    var meta: [String: [String]] = [:]
    var documentTitle = ""
    var lang: String?
    var jsonLD: JSONLDMetadata?
    /// The text of the page's `h1` elements, and of its `h2` elements.
    var h1s: [String] = []
    var h2s: [String] = []

    init(root: HTMLNode, jsonLD blocks: [String]) {
        collect(root)
        jsonLD = JSONLDMetadata.parse(blocks)
    }

    private mutating func collect(_ node: HTMLNode) {
        for child in node.children where !child.isText {
            switch child.tag {
            case "meta":
                let key = (child.attributes["property"] ?? child.attributes["name"] ?? child.attributes["itemprop"]
                    ?? child.attributes["http-equiv"] ?? "").lowercased()
                if !key.isEmpty, let content = child.attributes["content"] {
                    let value = TextBuilder.clean(content)
                    if !value.isEmpty { meta[key, default: []].append(value) }
                }
            case "title" where documentTitle.isEmpty:
                documentTitle = TextBuilder.clean(child.textContent)
            case "html":
                if let value = child.attributes["lang"] ?? child.attributes["xml:lang"], !value.isEmpty { lang = value }
            case "h1":
                h1s.append(TextBuilder.clean(child.textContent))
            case "h2":
                h2s.append(TextBuilder.clean(child.textContent))
            default:
                break
            }
            collect(child)
        }
    }

    func first(_ keys: String...) -> String? {
        for key in keys { if let value = meta[key]?.first { return value } }
        return nil
    }

    func all(_ keys: String...) -> [String] {
        for key in keys { if let values = meta[key], !values.isEmpty { return values } }
        return []
    }

    // MARK: - Derived fields

    /// Headline first (JSON-LD, Dublin Core, Open Graph, Twitter), as readability does;
    /// a `<title>` is cleaned of its site name before it is used.
    var title: String {
        let declared = jsonLDTitle ?? first("dc.title", "dcterms.title", "citation_title", "og:title", "twitter:title", "title")
        if let declared, !declared.isEmpty { return HTMLEntities.decode(declared) }
        let cleaned = TitleCleaner.clean(documentTitle, h1s: h1s, h2s: h2s)
        // No <title> at all: the first heading names the page.
        return cleaned.isEmpty ? (h1s + h2s).first { !$0.isEmpty } ?? "" : cleaned
    }

    /// JSON-LD `headline` or `name`: when both are there and differ, the one closer to
    /// `<title>` (the other is often a subtitle or a description).
    private var jsonLDTitle: String? {
        guard let jsonLD else { return nil }
        switch (jsonLD.headline, jsonLD.name) {
        case let (headline?, name?) where headline != name:
            let page = documentTitle
            return MainContentExtractor.similarity(name, page) > MainContentExtractor.similarity(headline, page) ? name : headline
        case let (headline, name):
            return headline ?? name
        }
    }

    var authors: [String] {
        let listed = all("citation_author", "dc.creator", "dcterms.creator", "author", "article:author")
        if !listed.isEmpty { return listed.filter { !$0.hasPrefix("http") } }
        return jsonLD?.authors ?? []
    }

    var published: String? {
        first("citation_publication_date", "citation_date", "article:published_time", "dc.date", "dcterms.date",
              "dc.date.issued", "dcterms.issued", "datepublished", "date", "pubdate")
            ?? jsonLD?.datePublished ?? first("og:published_time", "citation_online_date")
    }

    /// The first plausible four-digit year of the publication date.
    var year: Int? {
        guard let date = published else { return nil }
        var digits = ""
        for ch in date {
            if ch.isASCII && ch.isNumber {
                digits.append(ch)
                if digits.count == 4, let y = Int(digits), (1800...2100).contains(y) { return y }
            } else {
                digits = ""
            }
        }
        return nil
    }

    var doi: String? {
        guard var value = first("citation_doi", "dc.identifier.doi", "prism.doi", "doi", "dc.identifier") else { return nil }
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"] where value.lowercased().hasPrefix(prefix) {
            value = String(value.dropFirst(prefix.count))
        }
        return value.hasPrefix("10.") ? value : nil
    }

    var pmid: String? {
        guard let value = first("citation_pmid", "dc.identifier.pmid", "pmid"), value.allSatisfy(\.isNumber), !value.isEmpty else { return nil }
        return value
    }

    var siteName: String? { first("og:site_name", "application-name", "citation_publisher", "dc.publisher") ?? jsonLD?.publisher }
    var journal: String? { first("citation_journal_title", "prism.publicationname", "citation_conference_title") }

    /// `lang` attribute reduced to its primary subtag (`fr-FR` -> `fr`).
    /// Else Dublin Core, `Content-Language` or `og:locale` (`fr_FR`).
    var declaredLanguage: String? {
        for value in [lang, first("dc.language", "dcterms.language", "content-language", "og:locale")] {
            guard let value else { continue }
            let primary = value.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," }).first.map { $0.lowercased() } ?? ""
            if (primary.count == 2 || primary.count == 3) && primary.allSatisfy(\.isLetter) { return primary }
        }
        return nil
    }

    /// A deliberately simple rule, from the strongest signal down:
    /// - `journal-article`: a schema.org ScholarlyArticle, or Highwire `citation_*` tags
    ///   (publishers add them for Google Scholar) with a journal or DOI;
    /// - the JSON-LD type: BlogPosting is `blog`, NewsArticle (and subtypes) is `news`;
    /// - `blog`: "blog" in og:type, site name or URL, or a blog engine as generator
    ///   (Blogger, WordPress: news sites built on WordPress declare NewsArticle above);
    /// - `news`: og:type article on a site whose name says news, or with `news_keywords`;
    /// - otherwise `other`.
    var kind: DocumentKind {
        let type = jsonLD?.type ?? ""
        if type.contains("Scholarly") || (first("citation_title") != nil && (journal != nil || doi != nil || pmid != nil)) {
            return .journalArticle
        }
        if type == "BlogPosting" { return .blog }
        if type.contains("NewsArticle") { return .news }
        let ogType = (first("og:type") ?? "").lowercased()
        let site = (siteName ?? "").lowercased()
        let generator = (first("generator") ?? "").lowercased()
        let url = (first("og:url") ?? "").lowercased()
        if ogType.contains("blog") || site.contains("blog") || url.contains("blog") || generator.contains("blogger") || generator.contains("wordpress") {
            return .blog
        }
        if ogType == "article" && (site.contains("news") || site.contains("journal") || first("news_keywords") != nil) {
            return .news
        }
        return .other
    }
}
