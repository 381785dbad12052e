import Answers
import ArgumentParser
import Catalogue
import Foundation
import Indexing

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the index from the corpus, or from the files and folders given.",
        discussion: """
            Incremental: files whose size and modification time are unchanged are not read,
            touched files whose content is unchanged are not parsed, removed files leave the
            index with their documents and claims. New and changed files' documents go into
            new segment files; the old segments are never rewritten by an update, only
            merged (a few alike at a time) once enough accumulate. The new index replaces
            the old one atomically. A progress bar is drawn on stderr when it is a terminal.

            Examples:
              preuve index                      update Index/ from Corpus/
              preuve index --full               rebuild from nothing
              preuve index Corpus/news          update only what lies under Corpus/news
              preuve index ~/more               add another folder to the index

            The index records the folders it was built from by their real path: the same
            folder named another way (relative, absolute, through a link, `.`) is the same
            corpus, never indexed twice. With no path and no --corpus, `preuve index` updates
            every one of them (or indexes Corpus/ into a new index). Documents are shown as
            the folder's name and the path within it: Corpus/articles/x.html.
            """
    )

    @Argument(help: "Files and folders to index (default: the corpus).")
    var paths: [String] = []

    @Flag(help: "Rebuild from nothing, ignoring (and replacing) the current index.")
    var full = false

    @Flag(name: .shortAndLong, help: "No progress bar.")
    var quiet = false

    @Option(name: .customLong("segment-mb"), help: ArgumentHelp(
        "Indexing memory budget: write a segment each time the documents read reach about this many MiB (default 128); no merge makes a larger one.",
        valueName: "n"))
    var segmentMegabytes: Int?

    func validate() throws {
        if let segmentMegabytes, segmentMegabytes < 1 { throw ValidationError("--segment-mb must be at least 1") }
    }

    @OptionGroup var options: IndexLocation
    @OptionGroup var output: FormatOption<TextOrJSON>


    func run() throws {
        Console.warnIfLexiconBroken()
        let store = FileSnapshotStore(directory: options.indexDirectory)
        var indexOptions = IndexOptions(paths: paths, corpus: options.namedCorpus, full: full)
        if let segmentMegabytes { indexOptions.segmentMegabytes = segmentMegabytes }
        // Checked before the index folder is created; with no corpus named, an existing
        // index updates the folders it was built from.
        if paths.isEmpty, let corpus = options.namedCorpus ?? (store.exists ? nil : IndexOptions.defaultCorpus),
           FileStatus.of(corpus)?.isDirectory != true {
            Console.err("no corpus at \(corpus) (see --corpus, PREUVE_CORPUS)")
            throw Exit.usage
        }
        let bar = !quiet && Console.stderrIsTerminal ? ProgressBar(label: "indexing") : nil
        let (_, summary) = try CatalogueFailure.exiting {
            try Catalogue.update(store: store, options: indexOptions, parser: IngestParser(),
                                 log: { Console.err($0) },
                                 progress: { bar?.update(done: $0.done, total: $0.total) })
        }
        bar?.finish()
        for failure in summary.failed { Console.err(failure.description) }
        switch output.resolved {
        case .json: Console.out(try Console.json(IndexSummaryView(summary)))
        default: Console.out(IndexSummaryView.text(summary, index: store.path))
        }
        if !summary.failed.isEmpty { throw Exit.inputFailed }
    }
}

/// The JSON summary of spec/cli.md.
struct IndexSummaryView: Encodable {
    var added: Int
    var updated: Int
    var removed: Int
    var unchanged: Int
    var failed: [IndexSummary.Failure]
    var documents: Int
    var claims: Int
    var terms: Int
    var seconds: Double
    var parsed: Int

    init(_ s: IndexSummary) {
        added = s.added; updated = s.updated; removed = s.removed; unchanged = s.unchanged
        failed = s.failed; documents = s.documents; claims = s.claims; terms = s.terms
        seconds = (s.seconds * 1000).rounded() / 1000
        parsed = s.parsed
    }

    static func text(_ s: IndexSummary, index: String) -> String {
        var lines = ["\(index): \(s.documents) documents, \(s.claims) claims, \(s.terms) terms"]
        lines.append("files: \(s.added) added, \(s.updated) updated, \(s.removed) removed, \(s.unchanged) unchanged, \(s.failed.count) failed")
        lines.append(String(format: "in %.2f s", s.seconds))
        return lines.joined(separator: "\n")
    }
}
