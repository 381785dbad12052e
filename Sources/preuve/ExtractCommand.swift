import ArgumentParser
import Documents
import Foundation
import Ingest

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what ingestion made of each file: metadata, sections and text.",
        discussion: """
            Use it when a document comes out wrong. A PubMed set or a feed gives one
            document per article or item. `-` reads standard input.

            Examples:
              preuve extract page.html
              preuve extract pubmed.xml.gz --format jsonl
            """
    )

    @Argument(help: "Files to read (HTML, XML, text, optionally .gz); - for standard input.")
    var files: [String]

    @OptionGroup var output: FormatOption<ListFormat>

    func run() throws {
        let format = output.resolved
        let reader = DocumentReader()
        var all: [ExtractedDocument] = []
        var failures = 0
        for file in files {
            do {
                let show: (Document) throws -> Void = { doc in
                    let shown = ExtractedDocument(doc)
                    switch format {
                    case .jsonl: Console.out(try Console.json(shown, pretty: false))
                    case .text: Console.out(ExtractTextView.render(doc))
                    default: all.append(shown)
                    }
                }
                if file == "-" {
                    try reader.documents(data: FileHandle.standardInput.readDataToEndOfFile(), source: "-").forEach(show)
                } else {
                    // Streamed: a PubMed set's documents are shown as they are read.
                    try reader.forEachDocument(at: file, show)
                }
            } catch {
                failures += 1
                Console.err("\(error)")
            }
        }
        if format == .json { Console.out(try Console.json(all)) }
        if failures > 0 { throw Exit.inputFailed }
    }
}

/// The JSON shape of spec/cli.md for `preuve extract`.
struct ExtractedDocument: Encodable {
    struct Ids: Encodable { var pmid: String?; var doi: String? }
    struct SectionView: Encodable {
        var heading: String?
        var role: String
        var start: Int
        var end: Int
        var lang: String?
    }

    var doc: String
    var format: String
    var kind: String
    var title: String
    var lang: String?
    var year: Int?
    var authors: [String]
    var ids: Ids
    var publication_types: [String]
    var mesh_headings: [String]?
    var journal: String?
    var article_type: String?
    var source_citation: String?
    var note: String?
    var url: String?
    var content_hash: String
    var text: String
    var sections: [SectionView]

    init(_ d: Document) {
        doc = d.id
        format = d.format.rawValue
        kind = d.kind.rawValue
        title = d.title
        lang = d.language
        year = d.year
        authors = d.authors
        ids = Ids(pmid: d.identifiers.pmid, doi: d.identifiers.doi)
        publication_types = d.publicationTypes
        mesh_headings = d.metadata.meshHeadings.isEmpty ? nil : d.metadata.meshHeadings
        journal = d.metadata.journal
        article_type = d.metadata.articleType
        source_citation = d.metadata.sourceCitation
        note = d.metadata.note
        url = d.metadata.url
        content_hash = d.contentHash
        text = d.text
        sections = d.sections.map {
            SectionView(heading: $0.heading, role: $0.role.rawValue, start: $0.range.start, end: $0.range.end, lang: $0.language)
        }
    }
}

enum ExtractTextView {
    static func render(_ d: Document) -> String {
        var lines: [String] = []
        lines.append("== \(d.id)")
        lines.append("format: \(d.format.rawValue)   kind: \(d.kind.rawValue)   lang: \(d.language ?? "?")\(d.languageDeclared ? "" : " (guessed)")   year: \(d.year.map(String.init) ?? "?")")
        lines.append("title: \(d.title)")
        if !d.authors.isEmpty { lines.append("authors: \(d.authors.joined(separator: "; "))") }
        if let pmid = d.identifiers.pmid { lines.append("pmid: \(pmid)") }
        if let doi = d.identifiers.doi { lines.append("doi: \(doi)") }
        if !d.publicationTypes.isEmpty { lines.append("publication types: \(d.publicationTypes.joined(separator: ", "))") }
        if let note = d.metadata.note { lines.append("note: \(note)") }
        for section in d.sections {
            lines.append("")
            lines.append("-- [\(section.role.rawValue)] \(section.heading ?? "(no heading)")  bytes \(section.range.start)..<\(section.range.end)")
            for paragraph in section.paragraphs {
                lines.append("   " + d.slice(paragraph))
            }
        }
        return lines.joined(separator: "\n")
    }
}
