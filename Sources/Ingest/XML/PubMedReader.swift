@preconcurrency import CLibXML2
import Documents

/// PubMed/MEDLINE sets, streamed with libxml2's `xmlTextReader`: each `PubmedArticle`
/// subtree is expanded, copied out and skipped, so memory stays flat however long the
/// file. The stream hashes the bytes as libxml2 reads them (`ByteStream`), so the file is
/// read once.
struct PubMedReader {
    var limits: IngestLimits

    /// Element names that make one document each.
    static let articleNames: Set<String> = ["PubmedArticle", "MedlineCitation", "PubmedBookArticle"]

    /// Streams the documents of `input`; each carries `contentHash` (the caller's: the
    /// stream may be hashing the file as it goes, `DocumentReader.read(at:_:)`).
    func read(_ input: ByteStream, contentHash: String, _ body: (Document) throws -> Void) throws {
        try stream(input, contentHash: contentHash, body)
    }

    private func stream(_ input: ByteStream, contentHash: String, _ body: (Document) throws -> Void) throws {
        LibXML.initialize()
        let source = input.source
        let errors = ErrorSink()
        let inputRef = Unmanaged.passUnretained(input).toOpaque()
        let reader = xmlReaderForIO({ context, buffer, length in
            guard let context, let buffer, length > 0 else { return -1 }
            let input = Unmanaged<ByteStream>.fromOpaque(context).takeUnretainedValue()
            let n = try? buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                try input.read(into: $0, count: Int(length))
            }
            return n.map(Int32.init) ?? -1
        }, nil, inputRef, nil, nil, LibXML.safeOptions)
        guard let reader else {
            throw IngestError(path: source, reason: .unreadable("libxml2: cannot create a reader"))
        }
        // libxml2 holds unretained pointers to both objects until the reader is freed.
        defer {
            xmlFreeTextReader(reader)
            withExtendedLifetime(input) {}
            withExtendedLifetime(errors) {}
        }
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let sink = Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue()
            let level = error.pointee.level.rawValue
            if sink.first == nil, level >= XML_ERR_ERROR.rawValue { sink.first = LibXML.describe(error.pointee) }
            if sink.fatal == nil, level >= XML_ERR_FATAL.rawValue { sink.fatal = LibXML.describe(error.pointee) }
        }, Unmanaged.passUnretained(errors).toOpaque())

        var count = 0
        var status = xmlTextReaderRead(reader)
        while status == 1 {
            let depth = Int(xmlTextReaderDepth(reader))
            if depth >= limits.maxDepth {
                throw IngestError(path: source, reason: .limitExceeded("elements nested deeper than \(limits.maxDepth)"))
            }
            guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue),
                  let name = LibXML.string(xmlTextReaderConstLocalName(reader)), Self.articleNames.contains(name),
                  depth <= 1 else {
                status = xmlTextReaderRead(reader)
                continue
            }
            guard let node = xmlTextReaderExpand(reader) else { break }
            let article = try LibXML.copyElement(node, depth: depth + 1, source: source, limits: limits)
            count += 1
            if count > limits.maxDocumentsPerFile {
                throw IngestError(path: source, reason: .limitExceeded("more than \(limits.maxDocumentsPerFile) documents"))
            }
            try body(try PubMedArticle.document(article, index: count, source: source,
                                                contentHash: contentHash, limits: limits))
            // Skip the subtree just read; the reader frees it as it moves on.
            status = xmlTextReaderNext(reader)
        }
        if let failure = input.failure { throw failure }
        // As in the whole-file parse, only a well-formedness (fatal) error refuses the file;
        // a namespace error alone does not.
        if status != 0 || errors.fatal != nil {
            throw IngestError(path: source, reason: .malformed(errors.fatal ?? errors.first ?? "not well-formed XML"))
        }
    }
}

/// Collects the first error of a streaming parse; libxml2 calls it back through a pointer.
private final class ErrorSink {
    var first: String?
    var fatal: String?
}
