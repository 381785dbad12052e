import Documents
import TextAnalysis

/// Takes reader comments out of the page before the article is looked for: they are
/// testimony, kept apart after the main text. Comment forms ("Laisser un commentaire",
/// "Leave a reply") are dropped, not kept.
enum CommentExtractor {
    struct Comment {
        var author: String?
        /// The comment's body, one block per paragraph.
        var body: HTMLNode
    }

    /// Removes comment areas and comment forms from `root` and returns the comments in
    /// page order.
    static func extract(from root: HTMLNode) -> [Comment] {
        for form in root.descendants(["form"]) where isCommentForm(form) { form.remove() }
        for node in root.descendants(allTags) where isFormArea(node) { node.remove() }
        var containers: [HTMLNode] = []
        findContainers(root, into: &containers)
        var comments: [Comment] = []
        for container in containers {
            container.remove()
            var items: [HTMLNode] = []
            if isItem(container) {
                // A comment standing alone (`div.comment` with no list around it) is its own
                // item, its replies after it; looking only inside would lose its text.
                items.append(container)
                var replies: [HTMLNode] = []
                findItems(container, into: &replies)
                for reply in replies { reply.remove() }
                items += replies
            } else {
                findItems(container, into: &items)
            }
            for item in items {
                if let comment = comment(from: item) { comments.append(comment) }
            }
            if items.isEmpty {
                let before = comments.count
                // Markup with bodies but no item wrapper (Blogger's `dt.comment-author` +
                // `dd.comment-body`): each body is a comment, its author the element before.
                for body in container.descendants(allTags.union(["dd", "blockquote"])) where isBody(body) && !body.hasAncestorBody {
                    if let comment = comment(fromBody: body) { comments.append(comment) }
                }
                // An area of plain paragraphs (`<section class="comments"><p><b>Lou</b> : …</p>`):
                // each outermost paragraph, list item or quotation is a comment, rather than the
                // area's text lost with it.
                if comments.count == before {
                    var blocks: [HTMLNode] = []
                    findPlainBlocks(container, into: &blocks)
                    comments += blocks.filter(isReadable).map { Comment(author: nil, body: $0) }
                }
            }
        }
        return comments
    }

    // MARK: - Finding

    /// Class words of areas and items of customer reviews.
    static let reviewAreas: Set<String> = ["reviews", "customer-reviews", "user-reviews", "product-reviews", "avis-clients", "avis-client"]
    static let reviewItems: Set<String> = ["review", "customer-review", "user-review", "product-review", "avis"]

    static let allTags: Set<String> = ["div", "section", "aside", "ol", "ul", "li", "article", "p", "h2", "h3", "h4", "span", "footer"]

    /// `#comments`, `.comment-list`, `.commentlist`, `ol.comments`, Disqus, schema.org
    /// `Comment` items: areas that hold comments.
    static func isContainer(_ node: HTMLNode) -> Bool {
        guard !["body", "html", "#document", "a", "form", "h1", "p", "span"].contains(node.tag) else { return false }
        let hint = node.classAndID
        let itemType = (node.attributes["itemtype"] ?? "").lowercased()
        // Customer reviews are readers' words too ("section.reviews", "div.customer-reviews",
        // schema.org `Review`), not a literature review: whole class words only.
        let classWords = Set(hint.split(whereSeparator: { $0 == " " || $0 == "#" }).map(String.init))
        let looksLikeComments = hint.contains("comment") || hint.contains("disqus")
            || itemType.hasSuffix("/comment") || itemType.hasSuffix("/usercomments")
            || !classWords.isDisjoint(with: Self.reviewAreas) || itemType.hasSuffix("/review")
            // (A review standing alone, with no area around it: "div.review" items one after another.)
            || !classWords.isDisjoint(with: Self.reviewItems)
        guard looksLikeComments else { return false }
        let notAnArea = ["comments-open", "comment-open", "comments-closed", "comments-link", "comment-count",
                         "commentcount", "comments-count", "comment-link", "no-comments"]
        if notAnArea.contains(where: hint.contains) { return false }
        // Never the article itself, whatever its class says.
        if node.firstDescendant(where: { $0.tag == "h1" || ($0.attributes["itemprop"] ?? "").contains("articleBody") }) != nil {
            return false
        }
        return true
    }

    private static func findContainers(_ node: HTMLNode, into out: inout [HTMLNode]) {
        for child in node.children where !child.isText {
            if isContainer(child) && !holdsMoreThanComments(child) { out.append(child) } else { findContainers(child, into: &out) }
        }
    }

    /// A wrapper named "with-comments" that also holds the article: much text outside
    /// its comment items means it is no comment area (its comment list is looked for inside).
    private static func holdsMoreThanComments(_ node: HTMLNode) -> Bool {
        let total = node.textLength
        guard total > 1500 else { return false }
        var items: [HTMLNode] = []
        findItemsWithoutRemoving(node, into: &items)
        let inItems = items.reduce(0) { $0 + $1.textLength }
        return total - inItems > 1500
    }

    private static func findItemsWithoutRemoving(_ node: HTMLNode, into out: inout [HTMLNode]) {
        for child in node.children where !child.isText {
            if isItem(child) { out.append(child) } else { findItemsWithoutRemoving(child, into: &out) }
        }
    }

    /// One comment: `li.comment`, `article.comment`, `#comment-12`, an itemtype Comment, or
    /// a list item of a comment list.
    static func isItem(_ node: HTMLNode) -> Bool {
        let classes = (node.attributes["class"] ?? "").lowercased().split(separator: " ")
        let id = (node.attributes["id"] ?? "").lowercased()
        if classes.contains(where: { $0 == "comment" || $0 == "commentaire" || $0 == "comment-item" || $0 == "media-comment" }) { return true }
        if classes.contains(where: { Self.reviewItems.contains(String($0)) }) || (node.attributes["itemtype"] ?? "").lowercased().hasSuffix("/review") {
            return true
        }
        if id.hasPrefix("comment-") && id.dropFirst(8).allSatisfy(\.isNumber) && id.count > 8 { return true }
        if (node.attributes["itemtype"] ?? "").lowercased().hasSuffix("/comment") { return true }
        if node.tag == "li", let list = node.parent, ["ol", "ul"].contains(list.tag) {
            let hint = list.classAndID
            // A list of comments, not a comment area's sort menu ("Sort", "Subscribe"): items
            // of an unclassed list must say something.
            return ["commentlist", "comment-list", "comments-list", "commentslist"].contains(where: hint.contains)
                || (ContentHints.hasWord(hint, "comments") && node.textLength(stoppingAt: 20) >= 20)
        }
        return false
    }

    /// Outermost comment items; replies nested in an item come right after it.
    private static func findItems(_ node: HTMLNode, into out: inout [HTMLNode]) {
        for child in node.children where !child.isText {
            if isItem(child) {
                out.append(child)
                var nested: [HTMLNode] = []
                findItems(child, into: &nested)
                for reply in nested { reply.remove() }
                out.append(contentsOf: nested)
            } else {
                findItems(child, into: &out)
            }
        }
    }

    // MARK: - One comment

    static func isBody(_ node: HTMLNode) -> Bool {
        let hint = node.classAndID
        return hint.contains("comment-content") || hint.contains("comment-body") || hint.contains("comment-text")
            || hint.contains("commentbody") || (node.attributes["itemprop"] ?? "") == "text"
    }

    private static func comment(fromBody body: HTMLNode) -> Comment? {
        guard isReadable(body) else { return nil }
        var author: String?
        if let parent = body.parent, let index = parent.children.firstIndex(where: { $0 === body }),
           let previous = parent.children[..<index].last(where: { !$0.isText }), previous.classAndID.contains("author") {
            let named = previous.firstDescendant { ContentHints.hasWord($0.classAndID, "fn") || $0.tag == "cite" || $0.tag == "a" } ?? previous
            author = TextBuilder.clean(named.textContent)
        }
        return Comment(author: author.flatMap { $0.isEmpty || $0.count > 80 ? nil : $0 }, body: body)
    }

    /// The tags of a comment written as a plain block, its writer's name left in its words as the
    /// page shows it ("Lou : …"), as a comment item's is.
    static let plainBlockTags: Set<String> = ["p", "li", "blockquote", "dd"]

    /// The outermost plain blocks of a comment area, in page order.
    private static func findPlainBlocks(_ node: HTMLNode, into out: inout [HTMLNode]) {
        for child in node.children where !child.isText {
            if plainBlockTags.contains(child.tag) { out.append(child) } else { findPlainBlocks(child, into: &out) }
        }
    }

    /// Words a reader can see, not a link list ("Sort", "Subscribe") or an empty shell.
    private static func isReadable(_ node: HTMLNode) -> Bool {
        node.textLength >= 2 && MainContentExtractor.isVisible(node) && node.linkDensity <= 0.5
    }

    private static func comment(from item: HTMLNode) -> Comment? {
        // The name itself (`.fn`, `cite`, itemprop) before the wider author box ("Martine dit :").
        let named = item.firstDescendant { node in
            ContentHints.hasWord(node.classAndID, "fn") || node.tag == "cite" || (node.attributes["itemprop"] ?? "") == "author"
                || node.classAndID.contains("author-name")
        } ?? item.firstDescendant { $0.classAndID.contains("author") }
        let author = named.map { TextBuilder.clean($0.textContent) }.flatMap { $0.count <= 80 ? $0 : nil }
        // The comment text itself when the markup names it, else the item minus its furniture.
        let body = item.firstDescendant(where: isBody) ?? item
        for node in body.descendants(allTags.union(["a", "cite", "time", "b", "strong"])) {
            let hint = node.classAndID
            if ["reply", "comment-meta", "commentmetadata", "comment-author", "vcard", "says", "comment-date", "edit-link", "avatar"]
                .contains(where: hint.contains) || node.tag == "time" {
                node.remove()
            }
        }
        // Hidden templates and link-only widgets ("Sort", "Subscribe", "RSS") are no comment.
        guard body.textLength >= 2, MainContentExtractor.isVisible(item), body.linkDensity <= 0.5 else { return nil }
        return Comment(author: author?.isEmpty == false ? author : nil, body: body)
    }

    // MARK: - Forms

    static func isCommentForm(_ form: HTMLNode) -> Bool {
        let hint = form.classAndID + " " + (form.attributes["action"] ?? "").lowercased()
        if hint.contains("comment") || hint.contains("respond") || hint.contains("reply") { return true }
        return !form.descendants(["textarea"]).isEmpty && form.descendants(["p"]).count < 8
    }

    /// `#respond`, `.comment-respond`, `.comment-form`, or a short block naming a comment form.
    static func isFormArea(_ node: HTMLNode) -> Bool {
        let hint = node.classAndID
        if ["comment-respond", "comment-form", "commentform", "comment-reply-title"].contains(where: hint.contains)
            || ContentHints.hasWord(hint, "respond") {
            return true
        }
        guard (1..<120).contains(node.textLength(stoppingAt: 120)) else { return false }
        // "Laisser un commentaire", "Leave a reply": the `commentform` phrases of `PageFurniture`.
        return PageFurniture.bundled.opensBlock(ContentHints.normalisedHeading(node.textContent), kinds: [.commentform])
    }
}
