import Documents

/// A small XML tree owned by Swift, copied out of libxml2 before its document is freed.
/// Readers walk this, never C memory.
struct XElement: Sendable {
    /// Local name, without prefix.
    var name: String
    /// Namespace URI, nil when none.
    var namespace: String?
    /// Attributes by local name; `xml:lang` and `xml:id` keep their prefix.
    var attributes: [String: String]
    var children: [XNode]

    init(name: String, namespace: String? = nil, attributes: [String: String] = [:], children: [XNode] = []) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    var elements: [XElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The first child element named `name` (local name, case-sensitive).
    func child(_ name: String) -> XElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    func children(_ name: String) -> [XElement] { elements.filter { $0.name == name } }

    /// Follows a path of child names: `path("front", "article-meta")`.
    func path(_ names: String...) -> XElement? {
        var current: XElement? = self
        for name in names { current = current?.child(name) }
        return current
    }

    /// The first descendant (depth first, self excluded) named `name`.
    func first(_ name: String) -> XElement? {
        for e in elements {
            if e.name == name { return e }
            if let found = e.first(name) { return found }
        }
        return nil
    }

    /// All descendants named `name`, in document order, not looking inside matches.
    func all(_ name: String) -> [XElement] {
        var out: [XElement] = []
        for e in elements {
            if e.name == name { out.append(e) } else { out += e.all(name) }
        }
        return out
    }

    /// All the text below, concatenated as is.
    var text: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    /// The text below with white space collapsed.
    var cleanText: String { TextBuilder.clean(text) }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let s): out += s
            case .element(let e): e.appendText(to: &out)
            }
        }
    }

    /// True when this element has non-blank text of its own (mixed or leaf content).
    var hasOwnText: Bool {
        children.contains { if case .text(let s) = $0 { !s.allSatisfy(\.isWhitespace) } else { false } }
    }
}

indirect enum XNode: Sendable {
    case element(XElement)
    case text(String)
}
