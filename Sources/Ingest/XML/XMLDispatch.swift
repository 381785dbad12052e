import Documents

/// Parses a whole XML file once and hands the tree to the reader of its format.
enum XMLDispatch {
    static func read(_ input: InputFile, format: DocumentFormat, limits: IngestLimits,
                     _ body: (Document) throws -> Void) throws {
        let root = try LibXML.parse(input.bytes, source: input.source, limits: limits)
        // The sniffer looked at a prefix; the parsed root is authoritative.
        switch root.name {
        case "article" where format == .jats || root.child("front") != nil:
            try body(JATSReader(limits: limits).read(root, input: input))
        case "TEI", "teiCorpus":
            try body(TEIReader(limits: limits).read(root, input: input))
        case "report" where format == .report || root.namespace == "urn:preuve:report:1":
            try body(ReportReader(limits: limits).read(root, input: input))
        case "rss" where root.child("channel") != nil, "RDF" where root.child("channel") != nil:
            try FeedReader(limits: limits).read(root, input: input, body)
        case "feed" where root.namespace == nil || root.namespace == "http://www.w3.org/2005/Atom":
            try FeedReader(limits: limits).read(root, input: input, body)
        default:
            try body(GenericXMLReader(limits: limits).read(root, input: input))
        }
    }
}
