import Documents

/// Finds the article in a page, readability-style: paragraphs score their ancestors by
/// length and commas, class/id hints add or subtract, link-heavy blocks lose; the best
/// container and its worthy siblings are the article. Site-independent by design.
struct MainContentExtractor {
    /// Below this many characters an attempt is retried with fewer filters.
    static let minimumTextLength = 500
    var title: String = ""

    struct Flags: Sendable {
        var stripUnlikely = true
        var weightClasses = true
        var cleanConditionally = true
    }

    /// The article content as a detached `div` (the input tree is not changed), and the
    /// byline ("By Jane Doe") taken out of it, if any.
    func extract(from body: HTMLNode) -> (article: HTMLNode, byline: String?) {
        var attempts: [(HTMLNode, Int)] = []
        var byline: String?
        let sequence = [Flags(), Flags(stripUnlikely: false),
                        Flags(stripUnlikely: false, weightClasses: false),
                        Flags(stripUnlikely: false, weightClasses: false, cleanConditionally: false)]
        for flags in sequence {
            let article = grab(body.clone(), flags: flags, byline: &byline)
            let length = article.textLength
            if length >= Self.minimumTextLength { return (article, byline) }
            attempts.append((article, length))
        }
        // All short (a brief post): the strictest attempt that kept at least half as much as
        // the longest. Looser passes let sidebars in, and a sidebar can outweigh a short post.
        let longest = attempts.map(\.1).max() ?? 0
        let chosen = attempts.first { $0.1 * 2 >= longest }?.0
        return (chosen ?? HTMLNode(tag: "div"), byline)
    }

    // MARK: - One pass

    private func grab(_ page: HTMLNode, flags: Flags, byline: inout String?) -> HTMLNode {
        var toScore: [HTMLNode] = []
        var found: String?
        prepare(page, flags: flags, toScore: &toScore, byline: &found)
        if byline == nil { byline = found }

        var candidates: [HTMLNode] = []
        for element in toScore {
            guard element.parent != nil else { continue }
            let text = element.textContent
            let length = TextBuilder.clean(text).count
            guard length >= 25 else { continue }
            let ancestors = element.ancestors(upTo: 5)
            guard !ancestors.isEmpty else { continue }
            let score = 1.0 + Double(Self.commaCount(text)) + Double(min(length / 100, 3))
            for (level, ancestor) in ancestors.enumerated() {
                guard ancestor.parent != nil, ancestor.tag != "#document" else { continue }
                if ancestor.score == nil {
                    initialise(ancestor, flags: flags)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                ancestor.score! += score / divider
            }
        }
        for candidate in candidates {
            candidate.score = (candidate.score ?? 0) * (1 - candidate.linkDensity)
        }
        let ranked = candidates.sorted { ($0.score ?? 0) > ($1.score ?? 0) }.prefix(5)
        let bodyNode = page.firstDescendant { $0.tag == "body" } ?? page

        let article = HTMLNode(tag: "div")
        guard var top = ranked.first, top.tag != "body", top !== bodyNode else {
            // No paragraph stood out: the whole body is the article.
            for child in bodyNode.children { article.append(child) }
            ArticleCleaner(flags: flags).clean(article)
            return article
        }
        top = climb(from: top, ranked: Array(ranked), body: bodyNode, flags: flags)
        gatherSiblings(of: top, into: article)
        ArticleCleaner(flags: flags).clean(article)
        return article
    }

    /// Moves the top candidate up when its ancestors hold as much (several near-equal
    /// candidates under one parent, or a parent that scores higher).
    private func climb(from start: HTMLNode, ranked: [HTMLNode], body: HTMLNode, flags: Flags) -> HTMLNode {
        var top = start
        let topScore = top.score ?? 0
        let alternatives = ranked.dropFirst().filter { ($0.score ?? 0) / max(topScore, 0.0001) >= 0.75 }
            .map { Set($0.ancestors(upTo: 64).map(ObjectIdentifier.init)) }
        if alternatives.count >= 3 {
            var parent = top.parent
            while let current = parent, current !== body, current.tag != "#document" {
                let shared = alternatives.filter { $0.contains(ObjectIdentifier(current)) }.count
                if shared >= 3 { top = current; break }
                parent = current.parent
            }
        }
        if top.score == nil { initialise(top, flags: flags) }

        var parent = top.parent
        var lastScore = top.score ?? 0
        let threshold = lastScore / 3
        while let current = parent, current !== body, current.tag != "#document" {
            guard let parentScore = current.score else { parent = current.parent; continue }
            if parentScore < threshold { break }
            if parentScore > lastScore { top = current; break }
            lastScore = parentScore
            parent = current.parent
        }
        // A lone child is no better than its parent.
        while let current = top.parent, current !== body, current.tag != "#document", current.elementChildren.count == 1 {
            top = current
            if top.score == nil { initialise(top, flags: flags) }
        }
        return top
    }

    /// The top candidate's siblings join when they score well or read like paragraphs
    /// (a lead paragraph outside the main container, for example).
    private func gatherSiblings(of top: HTMLNode, into article: HTMLNode) {
        let topScore = top.score ?? 0
        let threshold = max(10, topScore * 0.2)
        guard let parent = top.parent else { article.append(top); return }
        let topClass = top.attributes["class"] ?? ""
        for sibling in parent.children where !sibling.isText {
            var keep = sibling === top
            if !keep {
                var bonus = 0.0
                if !topClass.isEmpty, sibling.attributes["class"] == topClass { bonus += topScore * 0.2 }
                if let score = sibling.score, score + bonus >= threshold {
                    keep = true
                } else if sibling.tag == "p" {
                    let density = sibling.linkDensity
                    let text = TextBuilder.clean(sibling.textContent)
                    if text.count > 80 && density < 0.25 {
                        keep = true
                    } else if text.count < 80, !text.isEmpty, density == 0, text.hasSuffix(".") || text.contains(". ") {
                        keep = true
                    }
                }
            }
            if keep { article.append(sibling) }
        }
    }

    // MARK: - Walk before scoring

    /// Removes hidden and unlikely nodes, turns text-only divs into paragraphs, and lists
    /// the elements whose text will be scored.
    private func prepare(_ node: HTMLNode, flags: Flags, toScore: inout [HTMLNode], byline: inout String?) {
        guard !node.isText else { return }
        let hint = node.classAndID
        if !Self.isVisible(node) { node.remove(); return }
        if byline == nil, let text = Self.byline(node, hint: hint) {
            // The author line is metadata, not article text.
            byline = text
            node.remove(); return
        }
        // The page's own title repeated as a heading, not a section heading that uses some of
        // its words ("Le canal carpien" under "Zona, cruralgie, canal carpien : …"): each must
        // hold most of the other, and a question ("What can mesotherapy treat?" under
        // "Mesotherapy: what we treat") does not repeat a title that asks nothing.
        if node.tag == "h1" || node.tag == "h2", !title.isEmpty, Self.similarity(title, node.textContent) > 0.75,
           Self.similarity(node.textContent, title) > 0.75,
           Self.asks(node.textContent) == Self.asks(title) {
            node.remove(); return
        }
        if flags.stripUnlikely, node.tag != "body", node.tag != "a", node.tag != "html", node.tag != "#document" {
            let role = (node.attributes["role"] ?? "").lowercased()
            if ContentHints.unlikelyRoles.contains(role) { node.remove(); return }
            if ContentHints.matchesAny(hint, ContentHints.unlikely), !ContentHints.matchesAny(hint, ContentHints.maybeCandidate),
               !node.hasAncestor("table"), !node.hasAncestor("code") {
                node.remove(); return
            }
        }
        if ["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"].contains(node.tag), Self.isEmptyElement(node) {
            node.remove(); return
        }
        if Self.scoredTags.contains(node.tag) { toScore.append(node) }
        var current = node
        if node.tag == "div" {
            Self.wrapPhrasingRuns(node)
            if node.elementChildren.count == 1, let only = node.elementChildren.first, only.tag == "p",
               node.children.allSatisfy({ !$0.isText || $0.text.allSatisfy(\.isWhitespace) }), node.linkDensity < 0.25 {
                node.replace(with: only)
                current = only
                toScore.append(only)
            } else if !Self.hasBlockDescendant(node) {
                node.tag = "p"
                toScore.append(node)
            }
        }
        for child in current.children { prepare(child, flags: flags, toScore: &toScore, byline: &byline) }
    }

    private func initialise(_ node: HTMLNode, flags: Flags) {
        var score = 0.0
        switch node.tag {
        case "div": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: break
        }
        if flags.weightClasses { score += ContentHints.classWeight(node) + Self.semanticBonus(node) }
        node.score = score
    }

    // MARK: - Helpers

    static let scoredTags: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
    static let blockTags: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"]
    static let phrasingTags: Set<String> = [
        "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i",
        "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q",
        "ruby", "samp", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr",
        "a", "del", "ins", "font", "u", "s", "strike", "tt", "big",
    ]
    static func commaCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1 == "," || $1 == "，" || $1 == "、" || $1 == "،" ? 1 : 0) }
    }

    /// Markup that names the article body outright (schema.org `articleBody`). A small
    /// bonus only: on the realworld pages a larger one, or one for `<article>`/`<main>`,
    /// cost more than it gained (sites put them on partial or too wide containers).
    static func semanticBonus(_ node: HTMLNode) -> Double {
        (node.attributes["itemprop"] ?? "").contains("articleBody") ? 10 : 0
    }

    /// A short element marked as the author line (`rel=author`, `itemprop=author`, or a
    /// byline-like class), its text cleaned of "By"/"Par".
    static func byline(_ node: HTMLNode, hint: String) -> String? {
        let marked = node.attributes["rel"] == "author" || (node.attributes["itemprop"] ?? "").contains("author")
            || ["byline", "author", "dateline", "writtenby", "p-author"].contains(where: hint.contains)
        guard marked, !["body", "html", "article", "main"].contains(node.tag) else { return nil }
        let length = node.textLength(stoppingAt: 100)
        guard length > 0, length < 100 else { return nil }
        var text = TextBuilder.clean(node.textContent)
        for prefix in ["By ", "by ", "Par ", "par ", "BY ", "PAR "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        return text
    }

    static func isVisible(_ node: HTMLNode) -> Bool {
        let style = (node.attributes["style"] ?? "").lowercased().replacingOccurrences(of: " ", with: "")
        if style.contains("display:none") || style.contains("visibility:hidden") { return false }
        if node.attributes["hidden"] != nil { return false }
        if node.attributes["aria-hidden"] == "true", !(node.attributes["class"] ?? "").contains("fallback-image") { return false }
        return true
    }

    static func isEmptyElement(_ node: HTMLNode) -> Bool {
        guard node.textLength(stoppingAt: 1) == 0 else { return false }
        return node.elementChildren.allSatisfy { $0.tag == "br" || $0.tag == "hr" }
    }

    static func hasBlockDescendant(_ node: HTMLNode) -> Bool {
        node.firstDescendant { blockTags.contains($0.tag) } != nil
    }

    static func isPhrasing(_ node: HTMLNode) -> Bool {
        if node.isText { return true }
        if !phrasingTags.contains(node.tag) { return false }
        if ["a", "del", "ins"].contains(node.tag) { return node.children.allSatisfy(isPhrasing) }
        return true
    }

    /// Runs of inline content directly in a div become paragraphs of their own, so that
    /// text between blocks is scored and laid out as a block.
    static func wrapPhrasingRuns(_ div: HTMLNode) {
        guard div.children.contains(where: { !isPhrasing($0) }) else { return }
        var rebuilt: [HTMLNode] = []
        var run: HTMLNode?
        for child in div.children {
            if isPhrasing(child) {
                if run == nil {
                    if child.isText && child.text.allSatisfy(\.isWhitespace) { rebuilt.append(child); continue }
                    let p = HTMLNode(tag: "p")
                    rebuilt.append(p)
                    run = p
                }
                run!.children.append(child)
                child.parent = run
            } else {
                run = nil
                rebuilt.append(child)
            }
        }
        div.children = rebuilt
        for child in rebuilt { child.parent = div }
    }

    /// Share of `b`'s words also in `a` (1 when `b` adds nothing).
    /// Whether a heading or title asks a question.
    static func asks(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?")
    }

    static func similarity(_ a: String, _ b: String) -> Double {
        func words(_ s: String) -> [String] { s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
        let left = Set(words(a)), right = words(b)
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        let extra = right.filter { !left.contains($0) }.joined(separator: " ")
        return 1 - Double(extra.count) / Double(right.joined(separator: " ").count)
    }
}
