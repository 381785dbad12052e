import Foundation
import Testing
import TestSupport

/// Cold reads: a command checks the sections it uses when it first uses them; `preuve
/// verify` checks them all. With the real executable, on a small corpus.
@Suite struct VerifyCommandTests {
    let root: URL
    var index: URL { root.appendingPathComponent("Index") }
    var snapshot: URL { index.appendingPathComponent("catalogue.preuve") }

    init() throws {
        root = try TestPaths.temporaryDirectory("preuve-verify")
        try write("Corpus/a.txt", "Lombalgie\n\nLa mésothérapie soulage la lombalgie, selon ce patient.\n")
        try write("Corpus/b.txt", "Cervicalgie\n\nUn essai randomisé montre que la mésothérapie soulage la cervicalgie.\n")
        try write("Corpus/news/c.txt", "Mésothérapie\n\nLa mésothérapie soulage-t-elle les lombalgies ? Un patient en témoigne.\n")
        try write("article.txt", "Article\n\nLa mésothérapie soulage la lombalgie.\n")
        let build = try PreuveProcess.run(["index", "--quiet"], in: root)
        guard build.status == 0 else { throw SetupFailure(description: build.stderr) }
    }

    func write(_ path: String, _ text: String) throws { try TestPaths.write(text, to: path, under: root) }

    func preuve(_ arguments: [String]) throws -> CommandResult { try PreuveProcess.run(arguments, in: root) }

    /// The sections as `verify --format json` lists them: file, name, data offset and length.
    func sections() throws -> [(file: String, name: String, offset: Int, length: Int)] {
        let r = try preuve(["verify", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)")
        return (object["sections"] as? [[String: Any]] ?? []).compactMap { s in
            guard let file = s["file"] as? String, let name = s["name"] as? String, let offset = s["offset"] as? Int,
                  let length = s["length"] as? Int else { return nil }
            return (file, name, offset, length)
        }
    }

    /// Every file of the index folder, hidden ones included, with its bytes and modification time.
    func indexFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: index.path) {
            let url = index.appendingPathComponent(name)
            let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
            files[name] = "\(modified?.timeIntervalSince1970 ?? 0) " + (try Data(contentsOf: url)).base64EncodedString()
        }
        return files
    }

    @Test func aSoundIndexVerifiesWithAShortReport() throws {
        let text = try preuve(["verify", "--format", "text"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Index/catalogue.preuve: sound (format 8"), "\(text.stdout)")
        #expect(text.stdout.contains("3 documents"), "\(text.stdout)")
        let json = try preuve(["verify", "--format", "json", "--index", index.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "ok" && object["documents"] as? Int == 3)
        #expect(object["segments"] as? Int == 1)
        // The meta file's sections, then its one segment's.
        #expect(try sections().map { "\($0.file) \($0.name)" } == ["catalogue.preuve strings", "catalogue.preuve manifest", "catalogue.preuve segments"]
                + ["strings", "manifest", "documents", "texts", "field.title", "field.text", "positions.title", "positions.text", "claims"].map { "segment-000001.preuve \($0)" })
    }

    @Test func verifyWithoutAnIndexExits2() throws {
        let r = try preuve(["verify", "--index", "Nowhere"])
        #expect(r.status == 2 && r.stderr.contains("no index in Nowhere"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Nowhere").path))
    }

    /// The commands that read each section. Every reader checks the corpus first through the
    /// manifest (and the strings its paths are in); `search` ranks on both fields and shows
    /// the hits' metadata and texts; `query` and `indications` read claims; `stats` counts
    /// documents by kind and claims by basis, without texts or postings.
    static let readers: [String: [String]] = [
        "search": ["search", "lombalgie"],
        "query": ["query", "lombalgie"],
        "indications": ["indications"],
        "stats": ["stats"],
    ]
    /// Which readers use each section of the meta file (`catalogue.preuve`) and of a segment.
    /// Opening reads the meta file's segment list; the freshness check, its manifest (and
    /// the strings its paths are in). A segment's manifest is read by `verify` and writers only.
    static let users: [String: Set<String>] = [
        "catalogue.preuve strings": ["search", "query", "indications", "stats"],
        "catalogue.preuve manifest": ["search", "query", "indications", "stats"],
        "catalogue.preuve segments": ["search", "query", "indications", "stats"],
        "segment strings": ["search", "query", "indications", "stats"],
        "segment manifest": [],
        "segment documents": ["search", "stats"],
        "segment texts": ["search"],
        "segment field.title": ["search"],
        "segment field.text": ["search"],
        // Positions are read by phrases alone: `search lombalgie` is one word.
        "segment positions.title": [],
        "segment positions.text": [],
        "segment claims": ["query", "indications", "stats"],
    ]

    /// A flipped byte in a section's data, or in its table of block checksums, of the meta
    /// file or of the segment: each command that uses the section exits 3 naming the file,
    /// the section and the fix; the others answer; `preuve verify` and `preuve index` (which
    /// checks all before building on it) exit 3; nothing is rebuilt silently.
    @Test(arguments: ["catalogue.preuve strings", "catalogue.preuve manifest", "catalogue.preuve segments", "segment strings",
                      "segment manifest", "segment documents", "segment texts", "segment field.title", "segment field.text",
                      "segment positions.title", "segment positions.text", "segment claims"])
    func aFlippedByteInASectionExits3OnFirstUseAndInVerify(section component: String) throws {
        let inMeta = component.hasPrefix("catalogue.preuve ")
        let name = String(component.split(separator: " ")[1])
        let section = try #require(try sections().first { ($0.file == "catalogue.preuve") == inMeta && $0.name == name })
        let file = index.appendingPathComponent(section.file)
        let good = try Data(contentsOf: file)
        // The middle of its data, then the first byte of its block table (just after the data).
        for position in [section.offset + section.length / 2, section.offset + section.length] {
            var bad = good
            bad[position] ^= 0x10
            try bad.write(to: file)
            for (reader, arguments) in Self.readers.sorted(by: { $0.key < $1.key }) {
                let r = try preuve(arguments + ["--format", "json"])
                if Self.users[component]!.contains(reader) {
                    #expect(r.status == 3, "\(reader), byte \(position) of \(component): \(r.stderr)")
                    #expect(r.stderr.contains("Index/\(section.file)") && r.stderr.contains("section \(name)")
                            && r.stderr.contains("preuve index --full"), "\(reader): \(r.stderr)")
                    #expect(r.stdout.isEmpty, "\(reader) wrote an answer")
                } else {
                    #expect(r.status == 0, "\(reader) does not read \(component): \(r.stderr)")
                }
            }
            for arguments in [["verify"], ["index"]] {
                let r = try preuve(arguments)
                #expect(r.status == 3, "\(arguments), byte \(position) of \(component): \(r.stderr)")
                #expect(r.stderr.contains("Index/\(section.file): corrupt: checksum mismatch in section \(name)")
                        && r.stderr.contains("preuve index --full"), "\(arguments): \(r.stderr)")
            }
            #expect(try Data(contentsOf: file) == bad, "never rebuilt silently")
        }
        #expect(try preuve(["index", "--full", "--quiet"]).status == 0)
        #expect(try preuve(["verify"]).status == 0)
    }

    /// Read commands under `--no-update`, and `verify`, leave the index byte-identical
    /// (and untouched: same modification time), fresh or stale.
    @Test func readCommandsUnderNoUpdateLeaveTheIndexByteIdentical() throws {
        let commands = Self.readers.values.map { $0 + ["--no-update"] } + [["check", "article.txt", "--no-update"], ["verify"]]
        let before = try indexFiles()
        for command in commands {
            let r = try preuve(command + ["--format", "json"])
            #expect(r.status == 0, "\(command): \(r.stderr)")
        }
        #expect(try indexFiles() == before)
        try write("Corpus/d.txt", "Migraine\n\nLa mésothérapie et la migraine.\n")
        for command in commands {
            let r = try preuve(command + ["--format", "json"])
            #expect(r.status == 0, "\(command): \(r.stderr)")
        }
        #expect(try indexFiles() == before, "a stale index is answered from as it is")
    }
}
