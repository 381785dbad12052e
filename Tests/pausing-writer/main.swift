import Catalogue
import Foundation
import Indexing
import Ingest

// A test's program, never shipped: `preuve index` of a corpus whose snapshot store pauses
// between chunks of its write, so that a test can kill it (SIGKILL, a real process) while it
// writes. The pause is given to the store here, in test code; the executable has no such hook.
//
//   pausing-writer INDEX CORPUS PAUSE_MS [MERGE_FACTOR]

let arguments = CommandLine.arguments
guard arguments.count == 4 || arguments.count == 5, let pause = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: pausing-writer INDEX CORPUS PAUSE_MS [MERGE_FACTOR]\n".utf8))
    exit(2)
}
var options = IndexOptions(corpus: arguments[2])
if arguments.count == 5, let factor = Int(arguments[4]) { options.mergeFactor = factor }
let store = FileSnapshotStore(directory: arguments[1], chunkPause: .milliseconds(pause))
let parser = ClosureParser { path in try DocumentReader().documents(at: path) }
do {
    let (_, summary) = try Catalogue.update(store: store, options: options, parser: parser)
    print("documents \(summary.documents)")
} catch {
    FileHandle.standardError.write(Data("pausing-writer: \(error)\n".utf8))
    exit(1)
}
