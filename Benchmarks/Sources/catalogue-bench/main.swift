// Times the catalogue on a corpus: a full build (in process, phases apart), the snapshot's
// size, a load, and search latencies. Usage:
//   swift run -c release catalogue-bench CORPUS [INDEX-DIR]
// A corpus of generated .txt files: Benchmarks/generate-corpus.py.
import Catalogue
import Documents
import Foundation
import Indexing
import Ingest

struct Reader: DocumentParsing {
    func documents(at path: String) throws -> [Document] { try DocumentReader().documents(at: path) }
    func readFile(at path: String, _ body: (Document) throws -> Void) throws -> String { try DocumentReader().read(at: path, body) }
    func contentHash(at path: String) throws -> String? { try DocumentReader().contentHash(at: path) }
}

func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let start = ContinuousClock.now
    let value = try body()
    let d = ContinuousClock.now - start
    let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    print(label.padding(toLength: 38, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds))
    return value
}

let args = CommandLine.arguments
guard args.count >= 2 else { print("usage: catalogue-bench CORPUS [INDEX-DIR]"); exit(2) }
let corpus = args[1]
let indexDir = args.count > 2 ? args[2] : NSTemporaryDirectory() + "/catalogue-bench-\(getpid())"
let store = FileSnapshotStore(directory: indexDir)

let (built, summary) = try time("full build (parse, index, write)") {
    try Catalogue.update(store: store, options: IndexOptions(corpus: corpus, full: true), parser: Reader())
}
print("documents \(summary.documents), terms \(summary.terms), failed \(summary.failed.count)")
let bytes = try time("encode snapshot (decode all, encode)") { try SnapshotWriter.encode(built) }
print("snapshot \(bytes.count) bytes (\(bytes.count / 1_048_576) MiB)")
_ = try time("map file") { try store.openSnapshot() }
let loaded = try time("open snapshot (header only)") { try Catalogue.load(from: store)! }
_ = try time("staleness check (walk + stat)") { try loaded.changes(in: corpus) }
_ = try time("verify (every block and structure)") { try loaded.verify() }

let documents = try time("decode every document") { try loaded.documents.documents }
_ = try time("index only (analyse + postings)") { try Catalogue.build(documents: documents) }
_ = try time("save (write, fsync, rename)") { try loaded.save(to: store) }
// One file edited: parsed again, the others' postings merged.
if let victim = try loaded.manifest.entries.first?.path {
    let original = try Data(contentsOf: URL(fileURLWithPath: victim))
    try Data("Edited\n\nmésothérapie modifiée\n".utf8).write(to: URL(fileURLWithPath: victim))
    let (_, s) = try time("update after one edit") {
        try Catalogue.update(store: store, options: IndexOptions(corpus: corpus), parser: Reader())
    }
    print("updated \(s.updated), unchanged \(s.unchanged)")
    try original.write(to: URL(fileURLWithPath: victim))
}
// The edit undone: a new mtime, the old content, so the hash says unchanged (not parsed).
_ = try time("update after a touch (hash compared)") {
    try Catalogue.update(store: store, options: IndexOptions(corpus: corpus), parser: Reader())
}
_ = try time("update with nothing to do") {
    try Catalogue.update(store: store, options: IndexOptions(corpus: corpus), parser: Reader())
}

let searcher = Searcher()
for query in ["mésothérapie", "patient", "douleur lombaire", "\"douleur lombaire\"", "essai -placebo", "title:thérapie"] {
    let rounds = 50
    var total = 0
    let start = ContinuousClock.now
    for _ in 0..<rounds { total = try searcher.search(query, in: loaded, limit: 10).total }
    let d = ContinuousClock.now - start
    let ms = (Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) * 1000 / Double(rounds)
    print(("search " + query).padding(toLength: 38, withPad: " ", startingAt: 0) + String(format: "%8.2f ms  (%d matches)", ms, total))
}
