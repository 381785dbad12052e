import Documents

/// Cleans the chosen article, readability-style: drops forms, asides, share widgets,
/// negatively named headings, and tables, lists and divs that read like furniture
/// (more links than text, more images or inputs than paragraphs).
struct ArticleCleaner {
    let flags: MainContentExtractor.Flags

    func clean(_ article: HTMLNode) {
        for tag in ["form", "fieldset"] { cleanConditionally(article, tag: tag) }
        for node in article.descendants(["footer", "aside", "link", "button", "input", "textarea", "select", "nav"]) {
            node.remove()
        }
        for child in article.elementChildren {
            for node in child.descendants(Self.shareCandidateTags) where Self.isShareElement(node) && node.textLength < 500 {
                node.remove()
            }
        }
        for heading in article.descendants(["h1", "h2"]) where flags.weightClasses && ContentHints.classWeight(heading) < 0 {
            heading.remove()
        }
        for tag in ["table", "ul", "div"] { cleanConditionally(article, tag: tag) }
        for p in article.descendants(["p"]) where p.textLength == 0 && p.descendants(["img"]).isEmpty {
            p.remove()
        }
        // Last, so that the blocks around an ad slot were judged with their label in.
        for node in article.descendants(["div", "section", "aside", "p", "span"]) where BoilerplateFilter.isAdLabel(node) {
            node.remove()
        }
    }

    /// Drops blocks that look like furniture: negative hints, more links than text, more
    /// images or inputs than paragraphs, list-heavy blocks outside lists.
    private func cleanConditionally(_ root: HTMLNode, tag: String) {
        guard flags.cleanConditionally else { return }
        for node in root.descendants([tag]).reversed() where node.isAttached(to: root) {
            if tag == "table", Self.isDataTable(node) { continue }
            if Self.hasDataTableAncestor(node) || node.hasAncestor("code") { continue }
            let text = node.textContent
            let contentLength = TextBuilder.clean(text).count
            var isList = tag == "ul" || tag == "ol"
            if isList, contentLength > 0 {
                let listLength = node.descendants(["li"]).reduce(0) { $0 + $1.textLength }
                isList = Double(listLength) / Double(contentLength) > 0.9
            }
            let weight = flags.weightClasses ? ContentHints.classWeight(node) : 0
            if weight < 0 { node.remove(); continue }
            guard MainContentExtractor.commaCount(text) < 10 else { continue }
            let p = node.descendants(["p"]).count
            let img = node.descendants(["img"]).count
            let li = node.descendants(["li"]).count - 100
            let input = node.descendants(["input"]).count
            let headingLength = node.descendants(["h1", "h2", "h3", "h4", "h5", "h6"]).reduce(0) { $0 + $1.textLength }
            let headingDensity = contentLength > 0 ? Double(headingLength) / Double(contentLength) : 0
            let linkDensity = node.linkDensity
            let isFigureChild = node.hasAncestor("figure")
            var remove = false
            if !isFigureChild && img > 1 && Double(p) / Double(img) < 0.5 { remove = true }
            if !isList && li > p { remove = true }
            if input > p / 3 { remove = true }
            if !isList && !isFigureChild && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2) && linkDensity > 0 { remove = true }
            if !isList && weight < 25 && linkDensity > 0.2 { remove = true }
            if weight >= 25 && linkDensity > 0.5 { remove = true }
            if img == 0 && contentLength == 0 { remove = true }
            if remove && isList {
                // A list of images (a gallery) stays.
                let items = node.elementChildren
                if !items.isEmpty, items.allSatisfy({ $0.elementChildren.count == 1 && $0.descendants(["img"]).count == 1 }) { remove = false }
            }
            if remove { node.remove() }
        }
    }

    static let shareCandidateTags: Set<String> = ["div", "section", "span", "p", "ul", "li", "a", "aside", "footer", "header", "figure"]

    static func isShareElement(_ node: HTMLNode) -> Bool {
        let hint = node.classAndID
        return hint.split(whereSeparator: { !$0.isLetter }).contains { $0 == "share" || $0 == "sharedaddy" }
    }

    static func isDataTable(_ table: HTMLNode) -> Bool {
        if (table.attributes["role"] ?? "") == "presentation" || table.attributes["datatable"] == "0" { return false }
        if table.attributes["summary"] != nil { return true }
        if !table.descendants(["caption", "th", "thead", "tfoot", "colgroup", "col"]).isEmpty { return true }
        if !table.descendants(["table"]).isEmpty { return false }
        let rows = table.descendants(["tr"])
        let columns = rows.map { $0.elementChildren.filter { $0.tag == "td" || $0.tag == "th" }.count }.max() ?? 0
        if rows.count >= 10 || columns > 4 { return true }
        return rows.count * columns > 10
    }

    static func hasDataTableAncestor(_ node: HTMLNode) -> Bool {
        var parent = node.parent
        while let current = parent {
            if current.tag == "table", isDataTable(current) { return true }
            parent = current.parent
        }
        return false
    }
}
