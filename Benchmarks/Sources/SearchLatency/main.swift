// In-process search latency for the peer comparison (peers.sh): loads a built index once,
// then times each query's top-10 BM25 search, median of 20 runs: `queries` is ranking
// alone (the best ten doc ids and the count, as the peers return), `with_snippets` the
// whole `Searcher.search` (titles and snippets too, as the CLI prints). One JSON object:
//   SearchLatency --index DIR --queries '{"word": "patients", "phrase": "\"low back pain\""}'
import Catalogue
import Foundation

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

var indexDir = "Index"
var queries: [String: String] = ["word": "patients"]
var args = CommandLine.arguments.dropFirst()
while let arg = args.popFirst() {
    switch arg {
    case "--index": indexDir = args.popFirst() ?? indexDir
    case "--queries":
        let json = args.popFirst() ?? "{}"
        queries = (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? queries
    default:
        FileHandle.standardError.write(Data("usage: SearchLatency --index DIR --queries JSON\n".utf8))
        exit(2)
    }
}

let clock = ContinuousClock()
let store = FileSnapshotStore(directory: indexDir)
var catalogue: Catalogue?
let load = try clock.measure { catalogue = try Catalogue.load(from: store) }  // the header; sections when first searched
guard let catalogue else {
    FileHandle.standardError.write(Data("no index in \(indexDir)\n".utf8))
    exit(3)
}
let searcher = Searcher()
/// Median seconds of 20 runs of `body`.
func median(_ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<20 { times.append(seconds(try clock.measure(body))) }
    return times.sorted()[times.count / 2]
}
var ranking: [String: Double] = [:]
var withSnippets: [String: Double] = [:]
var totals: [String: Int] = [:]
for (name, query) in queries {
    ranking[name] = try median { totals[name] = try searcher.rank(query, in: catalogue, limit: 10).total }
    withSnippets[name] = try median { _ = try searcher.search(query, in: catalogue, limit: 10) }
}
let output: [String: Any] = ["load_seconds": seconds(load), "queries": ranking, "with_snippets": withSnippets, "totals": totals]
let data = try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
