import Documents
import TextAnalysis

/// Removes page furniture that the scorer might otherwise keep because it sits inside
/// the article's container: navigation, cookie banners, newsletter and share boxes,
/// author bios, and "read also" / "related" blocks with their headings.
enum BoilerplateFilter {
    static func clean(_ root: HTMLNode) {
        for node in root.descendants(["nav", "aside", "button", "select", "textarea", "dialog"]) { node.remove() }
        for form in root.descendants(["form"]) where !isContentForm(form) { form.remove() }
        for node in root.descendants(boxTags) where isSmallFurniture(node) || isCookieNotice(node) || isInlineReadAlso(node) {
            node.remove()
        }
        for heading in root.descendants(headingLike) where ContentHints.isFurnitureHeading(heading.textContent) || isCommentCountHeading(heading) {
            removeWithFollowers(heading)
        }
    }

    static let boxTags: Set<String> = ["div", "section", "ul", "ol", "p", "span", "footer", "header", "article", "table"]
    static let headingLike: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"]

    /// An ASP.NET-style form that wraps the whole page holds the article; a comment,
    /// search or newsletter form does not.
    static func isContentForm(_ form: HTMLNode) -> Bool {
        form.descendants(["p"]).filter { $0.textLength >= 100 }.count > 2
    }

    /// Cookie, consent, newsletter, share and author boxes: small blocks named so.
    static func isSmallFurniture(_ node: HTMLNode) -> Bool {
        let hint = node.classAndID
        guard !hint.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        let names = ["cookie", "consent", "gdpr", "rgpd", "newsletter", "subscribe", "abonnement", "sharedaddy",
                     "share-", "-share", "sharing", "social", "partage", "author-bio", "authorbio", "author-box",
                     "author-info", "about-author", "author-description", "auteur", "bio-box", "biography", "post-author",
                     // author-box plugins: Simple Author Box, Starbox, PublishPress
                     "sabox", "abh_box", "authors-box", "author-card", "author-profile",
                     "related", "similar", "lire-aussi", "a-lire", "read-more", "readmore", "promo", "advert", "breadcrumb",
                     // consent managers common on French sites
                     "tarteaucitron", "didomi", "axeptio", "onetrust", "cc-window", "cmplz", "qc-cmp"]
        guard names.contains(where: hint.contains) || ContentHints.hasWord(hint, "share") || ContentHints.hasWord(hint, "bio") else {
            return false
        }
        // Only boxes, not an article whose class happens to say "post-author-123".
        if node.firstDescendant(where: { ($0.attributes["itemprop"] ?? "").contains("articleBody") }) != nil { return false }
        return node.textLength < 1200 && node.descendants(["p"]).filter { $0.textLength > 200 }.count < 3
    }

    static let cookiePhrases = ["nous utilisons des cookies", "ce site utilise des cookies", "ce site web utilise des cookies",
                                "en poursuivant votre navigation", "we use cookies", "this website uses cookies",
                                "this site uses cookies", "by continuing to browse"]

    /// A short block that opens like a cookie banner, whatever its class.
    static func isCookieNotice(_ node: HTMLNode) -> Bool {
        // Not a paragraph: an article about cookies may well open one that way.
        guard node.tag != "p", (1..<600).contains(node.textLength(stoppingAt: 600)) else { return false }
        let text = TextBuilder.clean(node.textContent).lowercased()
        return cookiePhrases.contains { text.hasPrefix($0) }
    }

    /// "Lire aussi : <a>Another story</a>" inside the article text: a link, not a sentence.
    static func isInlineReadAlso(_ node: HTMLNode) -> Bool {
        guard ["p", "div", "li", "aside", "section"].contains(node.tag), (1..<300).contains(node.textLength(stoppingAt: 300)) else { return false }
        return PageFurniture.bundled.opensBlock(ContentHints.normalisedHeading(node.textContent), kinds: [.readalso])
            && node.linkDensity >= 0.4
    }

    /// A paragraph that is one bold run: a heading in all but name.
    static func isBoldLine(_ node: HTMLNode) -> Bool {
        guard node.tag == "p" || node.tag == "div", let bold = node.elementChildren.first, node.elementChildren.count == 1,
              bold.tag == "strong" || bold.tag == "b" else { return false }
        return bold.textLength > 0 && bold.textLength == node.textLength
    }

    static func isAuthorHeading(_ node: HTMLNode) -> Bool {
        let text = ContentHints.normalisedHeading(node.textContent)
        return PageFurniture.bundled.opensBlock(text, kinds: [.author]) || PageFurniture.bundled.isWhole(text, kinds: [.author])
    }

    static let adLabels: Set<String> = ["publicité", "pub", "advertisement", "advertising", "ad", "annonce", "sponsored",
                                        "contenu sponsorisé", "sponsorisé", "anzeige", "werbung", "publicidad", "anuncio", "广告"]

    /// A block that only says "Publicité" / "Advertisement": the label of an ad slot.
    static func isAdLabel(_ node: HTMLNode) -> Bool {
        guard (1..<30).contains(node.textLength(stoppingAt: 30)) else { return false }
        return adLabels.contains(TextBuilder.clean(node.textContent).lowercased())
    }

    /// "Commentaires", "12 comments", "3 réponses": the heading of a comment area (its nouns:
    /// the `comments` words of `PageFurniture`).
    static func isCommentCountHeading(_ node: HTMLNode) -> Bool {
        let words = ContentHints.normalisedHeading(node.textContent).split(separator: " ")
        guard (1...3).contains(words.count) else { return false }
        let nouns = commentNouns
        return words.allSatisfy { nouns.contains(String($0)) || $0.allSatisfy(\.isNumber) || $0 == "to" }
            && words.contains { nouns.contains(String($0)) }
    }

    static let commentNouns = Set(PageFurniture.bundled.folded([.comments], [.count]))

    /// Removes a furniture heading and the link lists or short blocks after it, up to the
    /// next heading; an emptied container goes too.
    private static func removeWithFollowers(_ heading: HTMLNode) {
        var anchor = heading
        // A <strong> heading sits in a <p> of its own; treat that paragraph as the heading.
        if ["strong", "b"].contains(heading.tag) {
            guard let parent = heading.parent, parent.tag == "p" || parent.tag == "div",
                  parent.textLength == heading.textLength else { return }
            anchor = parent
        }
        guard let container = anchor.parent, let index = container.children.firstIndex(where: { $0 === anchor }) else { return }
        var followers: [HTMLNode] = []
        // Under "À propos de l'auteur" the short paragraphs are the bio itself.
        var bioBudget = isAuthorHeading(heading) ? 1500 : 0
        for sibling in container.children[(index + 1)...] where !sibling.isText {
            if BlockTextWriter.headingTags.contains(sibling.tag) || isBoldLine(sibling) { break }
            let length = sibling.textLength
            if length <= bioBudget {
                bioBudget -= length
                followers.append(sibling)
                continue
            }
            let linkHeavy = sibling.linkDensity > 0.5
            let list = sibling.tag == "ul" || sibling.tag == "ol"
            if linkHeavy || (list && sibling.linkDensity > 0.3) || sibling.textLength == 0 {
                followers.append(sibling)
            } else {
                break
            }
        }
        for node in followers { node.remove() }
        anchor.remove()
        if container.textLength == 0, container.descendants(["img"]).isEmpty, !["body", "html", "#document"].contains(container.tag) {
            container.remove()
        }
    }
}
