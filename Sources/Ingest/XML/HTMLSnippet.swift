@preconcurrency import CLibXML2
import Documents

/// HTML found inside feed descriptions, cut to paragraphs of plain text with libxml2's
/// forgiving HTML parser. Full page extraction is the HTML reader's job, not this.
enum HTMLSnippet {
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "tr", "td", "th", "section", "article", "pre", "dd", "dt", "figcaption",
    ]
    static let skipped: Set<String> = ["script", "style", "noscript", "iframe", "object", "template", "svg", "head"]

    static func paragraphs(_ html: String, limits: IngestLimits) -> [String] {
        guard html.contains("<") || html.contains("&") else { return [BlockText.tidy(html)].filter { !$0.isEmpty } }
        LibXML.initialize()
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let bytes = Array(html.utf8)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return [] }
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return [] }
        defer { xmlFreeDoc(doc) }
        // NOIMPLIED leaves several top-level nodes: wrap them in one Swift element.
        var wrapper = XElement(name: "body")
        var node = doc.pointee.children
        while let n = node {
            if n.pointee.type == XML_ELEMENT_NODE,
               let copied = try? LibXML.copyElement(n, depth: 1, source: "", limits: limits) {
                wrapper.children.append(.element(copied))
            } else if n.pointee.type == XML_TEXT_NODE, let s = LibXML.string(n.pointee.content) {
                wrapper.children.append(.text(s))
            }
            node = n.pointee.next
        }
        let extractor = BlockText(isBlock: { blocks.contains($0.name.lowercased()) },
                                  isSkipped: { skipped.contains($0.name.lowercased()) })
        return extractor.paragraphs(wrapper)
    }
}
