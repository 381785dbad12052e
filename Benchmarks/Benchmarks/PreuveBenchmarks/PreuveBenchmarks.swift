// Hot paths of preuve under ordo-one/package-benchmark: `swift package benchmark` in
// Benchmarks/. Inputs are synthetic and built once (SyntheticInput); each benchmark
// repeats its operation `scaledIterations` times and feeds results to blackHole.
import Benchmark
import Catalogue
import Claims
import Documents
import Foundation
import Ingest
import TextAnalysis
import Verdicts

/// Built on first use and shared by the benchmarks that read it.
final class Fixtures: Sendable {
    static let shared = Fixtures()

    let pubmed = SyntheticInput.pubmedXML(records: 200)
    let html = SyntheticInput.htmlPage(paragraphs: 40)
    let abstract = SyntheticInput.paragraph(3, count: 40)
    let sentence: Document
    let documents: [StoredDocument]
    let claims: [CatalogueClaim]
    let catalogue: Catalogue
    let snapshot: [UInt8]

    private init() {
        let reader = DocumentReader()
        sentence = try! reader.documents(data: Data(SyntheticInput.sentences[0].utf8), source: "sentence.txt")[0]
        let parsed = try! reader.documents(data: SyntheticInput.pubmedXML(records: 2000), source: "set.xml")
        documents = parsed.map(StoredDocument.init)
        let extractor = ClaimExtractor()
        claims = parsed.enumerated().flatMap { i, doc in extractor.claims(in: doc).map { CatalogueClaim(document: i, claim: $0) } }
        catalogue = try! Catalogue.build(documents: documents, claims: claims)
        snapshot = catalogue.snapshotBytes
    }
}

let benchmarks: @Sendable () -> Void = {
    let fixtures = Fixtures.shared
    let fast = Benchmark.Configuration(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(2))
    let slow = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                       maxDuration: .seconds(5), maxIterations: 20)

    Benchmark("Tokenizer: 40-sentence abstract", configuration: fast) { benchmark in
        let analyzer = Analyzer.search
        for _ in benchmark.scaledIterations { blackHole(analyzer.tokens(in: fixtures.abstract).count) }
    }
    Benchmark("SentenceSplitter: 40-sentence abstract", configuration: fast) { benchmark in
        let blocks = [(start: 0, end: fixtures.abstract.utf8.count)]
        for _ in benchmark.scaledIterations { blackHole(SentenceSplitter.shared.sentences(in: fixtures.abstract, blocks: blocks)) }
    }
    Benchmark("ClaimExtractor: one sentence", configuration: fast) { benchmark in
        let extractor = ClaimExtractor()
        for _ in benchmark.scaledIterations { blackHole(extractor.claims(in: fixtures.sentence)) }
    }
    Benchmark("Reader: PubMed, 200 records", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try DocumentReader().documents(data: fixtures.pubmed, source: "set.xml")) }
    }
    Benchmark("Reader: HTML page", configuration: fast) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try DocumentReader().documents(data: fixtures.html, source: "page.html")) }
    }
    Benchmark("Index build: 2,000 records", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Catalogue.build(documents: fixtures.documents, claims: fixtures.claims))
        }
    }
    Benchmark("Snapshot save: 2,000 records", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try SnapshotWriter.encode(fixtures.catalogue)) }
    }
    Benchmark("Snapshot open: 2,000 records", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Catalogue.load(from: MemorySnapshotStore(bytes: fixtures.snapshot)))
        }
    }
    Benchmark("Snapshot verify: 2,000 records", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Catalogue.load(from: MemorySnapshotStore(bytes: fixtures.snapshot))?.verify())
        }
    }
    for (name, query) in [("word", "patients"), ("two words", "pain injection"), ("phrase", "\"low back pain\"")] {
        Benchmark("Search top-10: \(name)", configuration: fast) { benchmark in
            let searcher = Searcher()
            for _ in benchmark.scaledIterations { blackHole(try searcher.search(query, in: fixtures.catalogue, limit: 10)) }
        }
    }
    Benchmark("Verdict query: low back pain", configuration: fast) { benchmark in
        let engine = VerdictEngine()
        let source = CatalogueClaimSource(fixtures.catalogue)
        for _ in benchmark.scaledIterations { blackHole(try engine.verdicts(indication: "lombalgie", source: source)) }
    }
}
