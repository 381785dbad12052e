@preconcurrency import CLibXML2
import Documents

/// The one door to libxml2 for XML: safe options, errors collected rather than printed,
/// and a Swift tree copied out before the C document is freed.
enum LibXML {
    /// NONET: no network. Never NOENT (entity substitution), DTDLOAD/DTDATTR/DTDVALID
    /// (external DTDs) or HUGE: entities stay unexpanded references that we skip, so
    /// neither an external entity (XXE) nor an expansion bomb can put text in a document.
    static let safeOptions: Int32 = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
        | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// One-time set-up, thread-safe through `static let`.
    private static let initialized: Void = {
        xmlInitParser()
        preuve_silenceErrors()
        // Belt and braces: whatever the options, no entity or DTD is ever loaded from outside.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    static func initialize() { _ = initialized }

    /// Parses a whole document held in memory into a Swift tree.
    static func parse(_ bytes: [UInt8], source: String, limits: IngestLimits) throws -> XElement {
        initialize()
        guard let ctxt = xmlNewParserCtxt() else {
            throw IngestError(path: source, reason: .unreadable("libxml2: cannot allocate a parser"))
        }
        defer { xmlFreeParserCtxt(ctxt) }
        guard bytes.count <= Int(Int32.max) else {
            throw IngestError(path: source, reason: .tooLarge(bytes: bytes.count, limit: Int(Int32.max)))
        }
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlCtxtReadMemory(ctxt, $0, Int32(buf.count), nil, nil, safeOptions)
            }
        }
        defer { if let doc { xmlFreeDoc(doc) } }
        guard let doc, ctxt.pointee.wellFormed != 0 else {
            throw IngestError(path: source, reason: .malformed(lastError(ctxt)))
        }
        guard let root = xmlDocGetRootElement(doc) else {
            throw IngestError(path: source, reason: .malformed("no root element"))
        }
        return try copyElement(root, depth: 1, source: source, limits: limits)
    }

    /// libxml2's message for the last error of a parser, with its line.
    static func lastError(_ ctxt: xmlParserCtxtPtr) -> String {
        guard let error = xmlCtxtGetLastError(ctxt) else { return "not well-formed XML" }
        return describe(error.pointee)
    }

    static func describe(_ error: xmlError) -> String {
        let message = error.message.map { TextBuilder.clean(String(cString: $0)) } ?? "not well-formed XML (code \(error.code))"
        return error.line > 0 ? "line \(error.line): \(message)" : message
    }

    /// Copies an element and everything below it. Entity references are skipped, not
    /// followed: their replacement text never reaches a document.
    static func copyElement(_ node: xmlNodePtr, depth: Int, source: String, limits: IngestLimits) throws -> XElement {
        if depth > limits.maxDepth {
            throw IngestError(path: source, reason: .limitExceeded("elements nested deeper than \(limits.maxDepth)"))
        }
        var element = XElement(name: string(node.pointee.name) ?? "", namespace: node.pointee.ns.flatMap { string($0.pointee.href) })
        var attr = node.pointee.properties
        while let a = attr {
            if let name = string(a.pointee.name) {
                let prefix = a.pointee.ns.flatMap { string($0.pointee.prefix) }
                let key = prefix == "xml" ? "xml:\(name)" : name
                element.attributes[key] = textOfChildren(a.pointee.children)
            }
            attr = a.pointee.next
        }
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(try copyElement(c, depth: depth + 1, source: source, limits: limits)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let s = string(c.pointee.content) { element.children.append(.text(s)) }
            default:
                // Entity references, comments, processing instructions: no text of the document.
                break
            }
            child = c.pointee.next
        }
        return element
    }

    /// The text nodes of an attribute's value, entity references left out.
    private static func textOfChildren(_ first: xmlNodePtr?) -> String {
        var out = ""
        var node = first
        while let n = node {
            if n.pointee.type == XML_TEXT_NODE, let s = string(n.pointee.content) { out += s }
            node = n.pointee.next
        }
        return out
    }

    static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        p.map { String(cString: $0) }
    }
}
