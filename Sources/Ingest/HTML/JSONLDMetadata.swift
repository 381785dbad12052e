import Foundation

/// The schema.org article described by a page's JSON-LD blocks (`@graph` arrays and
/// lists included): the first object whose `@type` is an article type wins.
struct JSONLDMetadata: Sendable, Equatable {
    var type: String?
    var headline: String?
    /// `name`, which some sites fill with the title when `headline` holds a subtitle.
    var name: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?
    var description: String?

    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ScholarlyArticle", "MedicalScholarlyArticle", "Report",
        "TechArticle", "SocialMediaPosting", "LiveBlogPosting", "OpinionNewsArticle", "AnalysisNewsArticle",
        "ReportageNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "MedicalWebPage",
        "AdvertiserContentArticle", "SatiricalArticle", "DiscussionForumPosting",
    ]

    static func parse(_ blocks: [String]) -> JSONLDMetadata? {
        var objects: [[String: Any]] = []
        for block in blocks {
            // CDATA wrappers and HTML comments around the JSON are common.
            var text = block.trimmingCharacters(in: .whitespacesAndNewlines)
            for marker in ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"] {
                text = text.replacingOccurrences(of: marker, with: "")
            }
            guard let data = text.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            flatten(value, into: &objects, depth: 0)
        }
        // Only article types: a page's WebSite or WebPage node names the site, not the story.
        guard let article = objects.first(where: { types(of: $0).contains { articleTypes.contains($0) } }) else { return nil }
        var out = JSONLDMetadata()
        out.type = types(of: article).first { articleTypes.contains($0) }
        out.headline = string(article["headline"])
        out.name = string(article["name"])
        out.authors = names(article["author"])
        out.datePublished = string(article["datePublished"]) ?? string(article["dateCreated"])
        out.publisher = names(article["publisher"]).first
        out.description = string(article["description"])
        return out
    }

    private static func flatten(_ value: Any, into out: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { flatten(item, into: &out, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            out.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &out, depth: depth + 1) }
            if let main = object["mainEntity"] { flatten(main, into: &out, depth: depth + 1) }
        }
    }

    static func types(of object: [String: Any]) -> [String] {
        let raw: [String]
        if let one = object["@type"] as? String { raw = [one] } else { raw = object["@type"] as? [String] ?? [] }
        return raw.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String { return clean(s) }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    private static func names(_ value: Any?) -> [String] {
        if let s = value as? String { return clean(s).map { [$0] } ?? [] }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }

    private static func clean(_ s: String) -> String? {
        let out = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return out.isEmpty ? nil : out
    }
}
