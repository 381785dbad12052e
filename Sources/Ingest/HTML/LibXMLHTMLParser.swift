@preconcurrency import CLibXML2

/// libxml2 needs one global initialisation before use from several threads.
private let libxmlReady: Void = xmlInitParser()

/// What the libxml2 pass hands over: a Swift tree and the raw JSON-LD blocks (scripts are
/// otherwise dropped while copying).
struct ParsedHTML {
    var root: HTMLNode
    var jsonLD: [String]
}

/// Parses HTML with libxml2's forgiving parser (no network, errors silenced), copies the
/// tree into `HTMLNode`s and frees the C document before returning.
enum LibXMLHTMLParser {
    /// Elements whose content is never text a reader sees.
    static let droppedTags: Set<String> = ["script", "style", "noscript", "template", "object", "embed", "applet", "iframe", "canvas", "svg", "math"]

    static func parse(_ bytes: [UInt8], encoding: String, maxDepth: Int) -> ParsedHTML? {
        _ = libxmlReady
        // The error handler is per thread in libxml2: silence it on the thread that parses.
        preuve_silenceErrors()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard bytes.count < Int(Int32.max) else { return nil }
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        var copier = TreeCopier(maxDepth: maxDepth)
        let root = HTMLNode(tag: "#document")
        var child = doc.pointee.children
        while let node = child {
            copier.copy(node, into: root, depth: 0)
            child = node.pointee.next
        }
        return ParsedHTML(root: root, jsonLD: copier.jsonLD)
    }
}

private struct TreeCopier {
    let maxDepth: Int
    var jsonLD: [String] = []

    mutating func copy(_ node: xmlNodePtr, into parent: HTMLNode, depth: Int) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                parent.append(HTMLNode(text: String(cString: content)))
            }
        case XML_ELEMENT_NODE:
            // Subtrees deeper than the limit are skipped, not followed.
            guard depth < maxDepth, let rawName = node.pointee.name else { return }
            let tag = String(cString: rawName).lowercased()
            let attributes = Self.attributes(of: node)
            if tag == "script" {
                if (attributes["type"] ?? "").lowercased().contains("ld+json") { jsonLD.append(Self.text(of: node)) }
                return
            }
            if LibXMLHTMLParser.droppedTags.contains(tag) { return }
            let element = HTMLNode(tag: tag, attributes: attributes)
            parent.append(element)
            var child = node.pointee.children
            while let current = child {
                copy(current, into: element, depth: depth + 1)
                child = current.pointee.next
            }
        default:
            return  // comments, processing instructions, doctype
        }
    }

    static func attributes(of node: xmlNodePtr) -> [String: String] {
        var out: [String: String] = [:]
        var attr = node.pointee.properties
        while let current = attr {
            if let name = current.pointee.name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                out[String(cString: name).lowercased()] = value
            }
            attr = current.pointee.next
        }
        return out
    }

    static func text(of node: xmlNodePtr) -> String {
        var out = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { out += String(cString: content) }
            child = current.pointee.next
        }
        return out
    }
}
