/// The reader that produced a document; the `format` key of `preuve extract`.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case html, pubmed, jats, tei, report, rss, xml, text
}

/// What sort of publication a document is; it sets the default basis of its claims.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case htaReport = "hta-report"
    case journalArticle = "journal-article"
    case news, blog, comment, other
}
