import ArgumentParser
import Catalogue
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the whole index: every section's checksums and every structure.",
        discussion: """
            Other commands check a part of the index when they first use it; verify checks
            all of it, as Lucene's CheckIndex does, without reading the corpus or writing
            anything. Exits 0 with a short report when the index is sound, 3 naming the file
            and the damaged section otherwise (rebuild it with `preuve index --full`).

            Examples:
              preuve verify
              preuve verify --index /srv/preuve/Index --format json
            """
    )

    @Option(help: ArgumentHelp("The index folder (default: Index, or $PREUVE_INDEX).", valueName: "dir"))
    var index: String?

    @OptionGroup var output: FormatOption<TextOrJSON>

    func run() throws {
        let store = FileSnapshotStore(directory: IndexLocation.indexDirectory(index))
        let report = try CatalogueFailure.exiting { try Catalogue.verify(store: store) }
        guard let report else {
            Console.err("no index in \(store.directory): nothing to verify (build it with `preuve index --index \(store.directory)`)")
            throw Exit.usage
        }
        let view = VerificationView(report)
        switch output.resolved {
        case .json: Console.out(try Console.json(view))
        case .text: Console.out(view.text)
        }
    }
}

/// The report as JSON: `{"file", "status": "ok", "format_version", "bytes", "documents",
/// "claims", "terms", "files", "segments", "sections": [{"file", "name", "offset", "length", "blocks"}]}`
/// (`bytes`: the meta file and the segments together; a section's `file`: the meta file's
/// name or a segment's, its `offset` within that file).
struct VerificationView: Encodable {
    struct Section: Encodable {
        var file: String
        var name: String
        var offset: Int
        var length: Int
        var blocks: Int
    }

    var file: String
    var status = "ok"
    var format_version: UInt32
    var bytes: Int
    var documents: Int
    var claims: Int
    var terms: Int
    var files: Int
    var segments: Int
    var sections: [Section]

    init(_ r: SnapshotVerification) {
        file = r.file
        format_version = r.formatVersion
        bytes = r.bytes
        documents = r.documents
        claims = r.claims
        terms = r.terms
        files = r.files
        segments = r.segments
        sections = r.sections.map { Section(file: $0.file, name: $0.name, offset: $0.offset, length: $0.length, blocks: $0.blocks) }
    }

    var text: String {
        let blocks = sections.reduce(0) { $0 + $1.blocks }
        return """
            \(file): sound (format \(format_version), \(bytes) bytes)
            \(sections.count) sections in \(segments + 1) files (\(segments) segment\(segments == 1 ? "" : "s")), \(blocks) blocks checked: \(sections.map { "\($0.file == "catalogue.preuve" ? "" : $0.file + " ")\($0.name) \($0.length) B" }.joined(separator: ", "))
            \(documents) documents, \(claims) claims, \(terms) terms, \(files) files
            """
    }
}
