import Documents
import TextAnalysis

/// Class/id word lists for the readability-style scorer. Substring tests on lowercased
/// `class id`, site-independent: they describe what boilerplate is usually called.
enum ContentHints {
    /// Blocks that are almost never the article (removed before scoring).
    static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote", "cookie", "consent", "newsletter", "subscribe",
        "author-bio", "authorbio", "about-author", "author-box", "authorbox",
    ]
    /// ...unless they also say this (a "main-header-content" is content).
    static let maybeCandidate = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
                           "pagination", "post", "text", "blog", "story"]
    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "widget", "cookie", "newsletter", "author", "bio",
        "lire-aussi", "a-lire", "partage",
    ]
    /// ARIA roles of page furniture.
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    static func matchesAny(_ s: String, _ words: [String]) -> Bool {
        words.contains { s.contains($0) }
    }

    /// Whole-word test for short hints that would otherwise match inside other words.
    static func hasWord(_ s: String, _ word: String) -> Bool {
        s.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0 == word }
    }

    /// +25 for a content-like class or id, -25 for a boilerplate-like one, each.
    static func classWeight(_ node: HTMLNode) -> Double {
        var weight = 0.0
        for value in [node.attributes["class"], node.attributes["id"]] {
            guard let value = value?.lowercased(), !value.isEmpty else { continue }
            if matchesAny(value, negative) || hasWord(value, "hid") { weight -= 25 }
            if matchesAny(value, positive) { weight += 25 }
        }
        return weight
    }

    /// Headings that introduce "read also" lists, shares, comment forms, author boxes and
    /// other furniture (`PageFurniture`, TextAnalysis/Resources/page-furniture.tsv): the
    /// block they head is not the article. A heading that opens with an `opens` or `heading`
    /// phrase, or is a `whole` one ("L'auteur", not "L'auteur de l'étude explique").
    static func isFurnitureHeading(_ text: String) -> Bool {
        let t = normalisedHeading(text)
        guard !t.isEmpty, t.count < 60 else { return false }
        return PageFurniture.bundled.opensBlock(t) || PageFurniture.bundled.isWhole(t)
    }

    /// The one normalisation of furniture phrases (`PageFurniture.fold`) over cleaned text.
    static func normalisedHeading(_ text: String) -> String {
        PageFurniture.fold(TextBuilder.clean(text))
    }
}
