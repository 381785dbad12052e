import Documents

/// A small mutable DOM in Swift memory. The libxml2 tree is copied into it and freed at
/// once, so nothing here points into C memory and the extractor may rearrange it freely.
final class HTMLNode {
    /// Lowercased element name; empty for a text node.
    var tag: String
    /// The text of a text node (entities already decoded); empty for elements.
    var text: String
    var attributes: [String: String]
    var children: [HTMLNode] = []
    weak var parent: HTMLNode?
    /// Readability-style content score, nil until the node is a candidate.
    var score: Double?

    init(tag: String, attributes: [String: String] = [:]) {
        self.tag = tag
        self.text = ""
        self.attributes = attributes
    }

    init(text: String) {
        self.tag = ""
        self.text = text
        self.attributes = [:]
    }

    var isText: Bool { tag.isEmpty }
    var elementChildren: [HTMLNode] { children.filter { !$0.isText } }

    func attribute(_ name: String) -> String? { attributes[name] }

    /// `class` and `id` together, lowercased, for the hint lists. "Commentary" (an expert's
    /// piece) is not reader comments, so it does not count as "comment".
    var classAndID: String {
        let hint = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
        return hint.contains("commentar") ? hint.replacingOccurrences(of: "commentar", with: "editorial-") : hint
    }

    /// Adds `child` last, taking it out of its previous parent first.
    func append(_ child: HTMLNode) {
        child.remove()
        child.parent = self
        children.append(child)
    }

    func remove() {
        guard let parent else { return }
        parent.children.removeAll { $0 === self }
        self.parent = nil
    }

    /// Puts `other` where this node was.
    func replace(with other: HTMLNode) {
        guard let parent, let i = parent.children.firstIndex(where: { $0 === self }) else { return }
        other.remove()
        parent.children[i] = other
        other.parent = parent
        self.parent = nil
    }

    /// All text below this node, in document order, not whitespace-normalised.
    var textContent: String {
        if isText { return text }
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            if child.isText { out += child.text } else { child.appendText(to: &out) }
        }
    }

    /// Length in characters of the trimmed, whitespace-collapsed text.
    var normalizedTextLength: Int { TextBuilder.clean(textContent).count }

    /// Descendant elements in document order.
    func descendants(_ tags: Set<String>) -> [HTMLNode] {
        var out: [HTMLNode] = []
        collect(tags, into: &out)
        return out
    }

    private func collect(_ tags: Set<String>, into out: inout [HTMLNode]) {
        for child in children where !child.isText {
            if tags.contains(child.tag) { out.append(child) }
            child.collect(tags, into: &out)
        }
    }

    func firstDescendant(where test: (HTMLNode) -> Bool) -> HTMLNode? {
        for child in children where !child.isText {
            if test(child) { return child }
            if let found = child.firstDescendant(where: test) { return found }
        }
        return nil
    }

    func hasAncestor(_ tag: String, maxLevels: Int = 64) -> Bool {
        var node = parent
        var level = 0
        while let current = node, level < maxLevels {
            if current.tag == tag { return true }
            node = current.parent
            level += 1
        }
        return false
    }

    /// Whether an ancestor is itself a comment body (nested bodies are read once).
    var hasAncestorBody: Bool {
        var node = parent
        while let current = node {
            if CommentExtractor.isBody(current) { return true }
            node = current.parent
        }
        return false
    }

    func ancestors(upTo count: Int) -> [HTMLNode] {
        var out: [HTMLNode] = []
        var node = parent
        while let current = node, out.count < count {
            out.append(current)
            node = current.parent
        }
        return out
    }
}

extension HTMLNode {
    /// A deep copy (parent links rebuilt, scores cleared), so a failed extraction pass can
    /// be retried on the untouched tree.
    func clone() -> HTMLNode {
        let copy = isText ? HTMLNode(text: text) : HTMLNode(tag: tag, attributes: attributes)
        for child in children { copy.append(child.clone()) }
        return copy
    }

    /// Character count of the whitespace-collapsed text, without building it.
    var textLength: Int { textLength(stoppingAt: .max) }

    /// The count, or a number at least `limit` as soon as the count reaches it (cheap
    /// "is this block short?" tests on big subtrees).
    func textLength(stoppingAt limit: Int) -> Int {
        var count = 0
        var pendingSpace = false
        countText(&count, &pendingSpace, limit)
        return count
    }

    private func countText(_ count: inout Int, _ pendingSpace: inout Bool, _ limit: Int) {
        if count >= limit { return }
        if isText {
            for scalar in text.unicodeScalars {
                if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace { count += 1; pendingSpace = false }
                    count += 1
                }
            }
            return
        }
        for child in children { child.countText(&count, &pendingSpace, limit) }
    }

    /// Share of the text that sits in links; in-page anchors count less (tables of contents).
    var linkDensity: Double {
        let total = textLength
        guard total > 0 else { return 0 }
        var linked = 0.0
        for link in descendants(["a"]) {
            let weight = (link.attributes["href"] ?? "").hasPrefix("#") ? 0.3 : 1
            linked += Double(link.textLength) * weight
        }
        return linked / Double(total)
    }

    /// Whether this node is still under `root` (earlier cleaning may have removed an ancestor).
    func isAttached(to root: HTMLNode) -> Bool {
        var node: HTMLNode? = self
        while let current = node {
            if current === root { return true }
            node = current.parent
        }
        return false
    }
}
