import Catalogue
import Claims
import Dispatch
import Documents
import Foundation

/// Extracts the claims of a file's documents while the file is still being read: the
/// reading thread hands over batches of documents, other cores extract their claims.
/// One large file (a PubMed set) thus uses every core; results come back in reading order.
final class ClaimPipeline: @unchecked Sendable {
    typealias Batch = (documents: [StoredDocument], claims: [[Claim]])

    private let parser: any DocumentParsing
    private let batchSize: Int
    private var pending: [Document] = []
    private var submitted = 0
    private var results: [Int: Batch] = [:]
    private let lock = NSLock()
    private let group = DispatchGroup()
    /// Bounds the documents read but not yet analysed, so memory stays near what the
    /// catalogue keeps anyway.
    private let inFlight: DispatchSemaphore

    init(parser: any DocumentParsing, batchSize: Int = 64, maxBatchesInFlight: Int = 8) {
        self.parser = parser
        self.batchSize = batchSize
        inFlight = DispatchSemaphore(value: maxBatchesInFlight)
        pending.reserveCapacity(batchSize)
    }

    /// Called by the reading thread for each document, in order.
    func add(_ document: Document) {
        pending.append(document)
        if pending.count == batchSize { submit() }
    }

    /// Waits for every batch, then returns all documents and their claims in reading order.
    func finish() -> Batch {
        // The last, partial batch runs here: the reading thread has nothing else to do.
        let tail = Self.analyse(pending, parser: parser)
        pending = []
        group.wait()
        var documents: [StoredDocument] = []
        var claims: [[Claim]] = []
        for i in 0..<submitted {
            let batch = results[i]!
            documents += batch.documents
            claims += batch.claims
        }
        results = [:]
        return (documents + tail.documents, claims + tail.claims)
    }

    /// When reading fails half-way: lets the submitted batches end before the pipeline goes.
    func abandon() {
        pending = []
        group.wait()
    }

    private func submit() {
        let batch = pending
        let index = submitted
        let parser = self.parser
        pending = []
        pending.reserveCapacity(batchSize)
        submitted += 1
        inFlight.wait()
        group.enter()
        DispatchQueue.global().async {
            let analysed = Self.analyse(batch, parser: parser)
            self.lock.withLock { self.results[index] = analysed }
            self.inFlight.signal()
            self.group.leave()
        }
    }

    private static func analyse(_ documents: [Document], parser: any DocumentParsing) -> Batch {
        (documents.map(StoredDocument.init), documents.map { parser.claims(in: $0) })
    }
}
