import ArgumentParser
import Catalogue
import Foundation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Documents by kind and language, claims by basis and stance, terms, index size, when and from what it was built."
    )

    @OptionGroup var options: CatalogueOptions
    @OptionGroup var output: FormatOption<TextOrJSON>


    func run() throws {
        let catalogue = try options.openCatalogue()
        let stats = try CatalogueFailure.exiting { try CatalogueStats(catalogue) }
        let view = StatsView(stats, index: FileSnapshotStore(directory: options.indexDirectory).path)
        switch output.resolved {
        case .json: Console.out(try Console.json(view))
        default: Console.out(view.text)
        }
    }
}

struct StatsView: Encodable {
    struct Root: Encodable {
        var path: String
        var label: String
    }

    var index: String
    var corpus: String
    /// Each folder the index was built from: its real path, and the label `doc` values start with.
    var corpus_roots: [Root]
    var built_at: String
    var format_version: UInt32
    var analyzer: String
    var files: Int
    var failed_files: Int
    var documents: Int
    var documents_by_kind: [String: Int]
    var documents_by_language: [String: Int]
    var claims: Int
    var claims_by_basis: [String: Int]
    var claims_by_stance: [String: Int]
    var terms: Int
    var bytes_on_disk: Int?
    var bytes_in_memory: Int
    var segments: Int

    init(_ s: CatalogueStats, index: String) {
        self.index = index
        corpus = s.corpus
        corpus_roots = s.roots.map { Root(path: $0.path, label: $0.label) }
        built_at = ISO8601DateFormatter().string(from: s.builtAt)
        format_version = s.formatVersion
        analyzer = s.analyzer
        files = s.files
        failed_files = s.failedFiles
        documents = s.documents
        documents_by_kind = s.documentsByKind
        documents_by_language = s.documentsByLanguage
        claims = s.claims
        claims_by_basis = s.claimsByBasis
        claims_by_stance = s.claimsByStance
        terms = s.terms
        bytes_on_disk = s.bytesOnDisk
        bytes_in_memory = s.bytesInMemory
        segments = s.segments
    }

    var text: String {
        func table(_ counts: [String: Int]) -> String {
            counts.isEmpty ? "none" : counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        func size(_ bytes: Int) -> String {
            bytes >= 1 << 20 ? String(format: "%.1f MiB", Double(bytes) / 1_048_576) : String(format: "%.1f KiB", Double(bytes) / 1024)
        }
        return """
            index      \(index) (format \(format_version), \(analyzer))
            built      \(built_at) from \(corpus_roots.isEmpty ? "no corpus" : corpus_roots.map { "\($0.path) (shown as \($0.label))" }.joined(separator: ", "))
            files      \(files)\(failed_files > 0 ? " (\(failed_files) failed)" : "")
            documents  \(documents): \(table(documents_by_kind))
            languages  \(table(documents_by_language))
            claims     \(claims)
              basis    \(table(claims_by_basis))
              stance   \(table(claims_by_stance))
            terms      \(terms)
            size       \(bytes_on_disk.map(size) ?? "not written") on disk in \(segments) segment\(segments == 1 ? "" : "s"), \(size(bytes_in_memory)) in memory
            """
    }
}
