import Claims
import Foundation
import Testing
import TextAnalysis
import TestSupport
@testable import Catalogue

@Suite struct SnapshotTests {
    static func sample() throws -> Catalogue {
        let docs = (0..<40).map { i in
            Fixtures.document("doc\(i).txt", title: "Titre \(i) mésothérapie",
                              text: "La douleur lombaire \(i) est traitée par mésothérapie ou acupuncture. Essai \(i % 7).",
                              kind: i % 3 == 0 ? .news : .journalArticle, year: 2000 + i)
        }
        let claims = [
            CatalogueClaim(document: 3, claim: Fixtures.claim(doc: "doc3.txt", intervention: "mesotherapy", indication: "low-back-pain")),
            CatalogueClaim(document: 1, claim: Fixtures.claim(doc: "doc1.txt", intervention: "acupuncture", indication: "low-back-pain", stance: .refutes, basis: .rct)),
            CatalogueClaim(document: 2, claim: Fixtures.claim(doc: "doc2.txt", intervention: "mesotherapy", indication: "tendinitis")),
        ]
        // Most files in a folder root, one file that is a root of its own, one in no root
        // (only catalogues built by hand have those).
        let manifest = (0..<40).map { i in
            ManifestEntry(path: i == 38 ? "/data/single.txt" : i == 39 ? "loose/doc39.txt" : "/data/Corpus/doc\(i).txt",
                          size: 100, modified: FileTime(seconds: 1_700_000_000 + Int64(i), nanoseconds: 5),
                          contentHash: "h\(i)", firstDocument: i, documentCount: 1)
        }
        return try Catalogue.build(documents: docs, claims: claims, manifest: manifest, roots: roots)
    }

    static let roots = [CorpusRoot(path: "/data/Corpus", label: "Corpus"), CorpusRoot(path: "/data/single.txt", label: "single.txt")]

    static let queries = ["mesotherapie", "\"douleur lombaire\"", "acupuncture -titre", "essai OR titre", "title:titre kind:news", "lombaire 7"]

    func answers(_ c: Catalogue) throws -> [[String: Double]] {
        try Self.queries.map { q in
            Dictionary(uniqueKeysWithValues: try Searcher().search(q, in: c, limit: 100).hits.map { ($0.id, $0.score) })
        }
    }

    /// Opens a snapshot's bytes and reads all of it, as `preuve verify` does.
    func readAll(_ bytes: [UInt8], file: String) throws {
        _ = try SnapshotReader.open(FileSlice(bytes), file: file).verify()
    }

    @Test func saveThenLoadGivesIdenticalAnswers() throws {
        let original = try Self.sample()
        let store = MemorySnapshotStore()
        try original.save(to: store)
        let loaded = try #require(try Catalogue.load(from: store))
        #expect(try answers(loaded) == answers(original))
        #expect(try loaded.documents.documents == original.documents.documents)
        #expect(try loaded.claims.rows == original.claims.rows)
        #expect(try loaded.manifest.entries == original.manifest.entries)
        #expect(loaded.info.roots == Self.roots)
        #expect(loaded.info.termCount == original.info.termCount)
        #expect(abs(loaded.info.builtAt.timeIntervalSince(original.info.builtAt)) < 0.002)
        // Writing what was read, decoded, gives the same bytes as its one segment: nothing is lost on the way.
        #expect(loaded.segmentNames.count == 1)
        #expect(try SnapshotWriter.encode(loaded) == store.directory.bytes(loaded.segmentNames[0]))
    }

    /// An empty catalogue has empty sections that share an offset with the next one; a
    /// reader that ordered sections by start alone refused such files at random (dictionary
    /// order varies per process), so check it in fresh processes too.
    @Test func anEmptyCatalogueLoads() throws {
        let store = MemorySnapshotStore()
        try Catalogue.build(documents: []).save(to: store)
        let loaded = try #require(try Catalogue.load(from: store))
        #expect(try loaded.documents.documents.isEmpty)
        #expect(try loaded.verify().documents == 0)
    }

    @Test func theClaimTableIsKeyedByIndicationAndIntervention() throws {
        let store = MemorySnapshotStore()
        try Self.sample().save(to: store)
        let c = try #require(try Catalogue.load(from: store))
        #expect(try c.claims.indications == ["low-back-pain", "tendinitis"])
        #expect(try c.claims.claims(indication: "low-back-pain").map(\.claim.intervention) == ["acupuncture", "mesotherapy"])
        let meso = try c.claims.claims(indication: "low-back-pain", intervention: "mesotherapy")
        #expect(meso.count == 1 && meso.first?.document == 3 && meso.first?.claim.cues.count == 1)
        #expect(try c.claims.claims(indication: "low-back-pain", intervention: "acupuncture").first?.claim.basis == .rct)
        #expect(try c.claims.claims(indication: "unknown").isEmpty)
        #expect(try c.claims.claims(ofDocument: 2).map(\.claim.indication) == ["tendinitis"])
        #expect(try c.claims.interventions(indication: nil) == ["acupuncture", "mesotherapy"])
        #expect(try c.claims.interventions(indication: "tendinitis") == ["mesotherapy"])
    }

    @Test func aFlippedByteAnywhereIsDetected() throws {
        let bytes = try Self.sample().snapshotBytes
        let header = try SnapshotReader.parseHeader(FileSlice(bytes), file: "x")
        // Positions in the prefix, the header body, the header checksum, and the first,
        // middle and last byte of every section's data and of its block table.
        var positions = [0, 7, 8, 12, 16, 20, 40]
        let headerEnd = header.sections.map(\.data.lowerBound).min()!
        positions += [headerEnd - 4, headerEnd - 1]
        for section in header.sections {
            for range in [section.data, section.table] where !range.isEmpty {
                positions += [range.lowerBound, (range.lowerBound + range.upperBound) / 2, range.upperBound - 1]
            }
        }
        #expect(header.sections.count == SnapshotFormat.Section.allCases.count)
        for position in positions {
            var damaged = bytes
            damaged[position] ^= 0x20
            let error = #expect(throws: SnapshotError.self, "byte \(position)") {
                try readAll(damaged, file: "Index/catalogue.preuve")
            }
            #expect(error?.file == "Index/catalogue.preuve")
            if position < 8 {
                #expect(error?.problem == .foreign, "byte \(position)")
            } else if case .corrupt = error?.problem {
                // A byte of a section is blamed on that section.
                if let section = header.sections.first(where: { $0.data.contains(position) || $0.table.contains(position) }) {
                    #expect(error?.reason.contains("section \(section.name)") == true, "byte \(position): \(String(describing: error))")
                }
            } else {
                Issue.record("byte \(position): \(String(describing: error))")
            }
        }
    }

    /// Opening reads the header alone; a damaged section is found by the first read that
    /// needs it, and the other sections still answer.
    @Test func aDamagedSectionIsFoundWhenFirstUsedAndOnlyThen() throws {
        let bytes = try Self.sample().snapshotBytes
        let header = try SnapshotReader.parseHeader(FileSlice(bytes), file: "x")
        // Reads, and the sections each one needs.
        let uses: [(name: String, needs: Set<SnapshotFormat.Section>, read: (Catalogue) throws -> Void)] = [
            ("freshness check", [.manifest, .strings], { _ = try $0.changes(under: ["/data/Corpus"]) }),
            ("a document's metadata", [.documents, .strings], { _ = try $0.documents.metadata(5) }),
            ("a document's text", [.texts], { _ = try $0.documents.text(of: 5) }),
            ("ranking on titles", [.titleField], { _ = try Searcher().rank("title:titre", in: $0) }),
            ("ranking", [.textField, .titleField], { _ = try Searcher().rank("lombaire", in: $0) }),
            // A phrase reads the positions of its field (the words are in no title: the title
            // field is looked in, not its positions); a word never reads positions.
            ("a phrase", [.textField, .titleField, .textPositions], { _ = try Searcher().rank("\"douleur lombaire\"", in: $0) }),
            ("a phrase in titles", [.titleField, .titlePositions], { _ = try Searcher().rank("title:\"titre mesotherapie\"", in: $0) }),
            ("search with snippets", [.textField, .titleField, .documents, .strings, .texts], { _ = try Searcher().search("lombaire", in: $0) }),
            ("an indication's claims", [.claims, .strings], { _ = try $0.claims.claims(indication: "low-back-pain") }),
        ]
        for section in SnapshotFormat.Section.allCases {
            let entry = try #require(header.sections.first { $0.name == section.rawValue })
            var damaged = bytes
            damaged[(entry.data.lowerBound + entry.data.upperBound) / 2] ^= 0x01
            // Opening reads the header alone: it succeeds.
            let catalogue = try SnapshotReader.open(FileSlice(damaged), file: "Index/catalogue.preuve")
            for use in uses {
                if use.needs.contains(section) {
                    let error = #expect(throws: SnapshotError.self, "\(use.name), \(section) damaged") { try use.read(catalogue) }
                    #expect(error?.file == "Index/catalogue.preuve")
                    #expect(error?.reason.contains("checksum mismatch in section \(section.rawValue)") == true, "\(String(describing: error))")
                    #expect(error?.description.contains("preuve index --full") == true)
                } else {
                    #expect(throws: Never.self, "\(use.name), \(section) damaged") { try use.read(catalogue) }
                }
            }
            #expect(throws: SnapshotError.self) { try catalogue.verify() }
        }
    }

    /// A phrase reads positions only for the documents every other part of the query holds:
    /// with the positions of late documents damaged, `"alpha beta"` alone fails on their
    /// checksum, while `"alpha beta" rare` (rare: in the first document only) answers, its
    /// postings walk passing over the blocks that hold no candidate.
    @Test func aPhraseReadsPositionsOnlyForItsCandidates() throws {
        let text = Array(repeating: "alpha beta", count: 25).joined(separator: " ")
        let docs = (0..<2000).map { i in Fixtures.document("d\(i).txt", title: "t", text: i == 0 ? text + " rare" : text) }
        let bytes = try Catalogue.build(documents: docs).snapshotBytes
        let header = try SnapshotReader.parseHeader(FileSlice(bytes), file: "x")
        let positions = try #require(header.sections.first { $0.name == SnapshotFormat.Section.textPositions.rawValue })
        // Two checked blocks at least: the first document's positions (of both words) in the
        // first, the damaged byte (the last document's) in the last.
        #expect(positions.data.count > SnapshotFormat.blockSize + SnapshotFormat.blockSize / 2)
        let before = try Searcher().rank("\"alpha beta\" rare", in: try SnapshotReader.open(FileSlice(bytes), file: "x"))
        #expect(before.total == 1 && before.top.map(\.doc) == [0])
        var damaged = bytes
        damaged[positions.data.upperBound - 10] ^= 0x01
        let catalogue = try SnapshotReader.open(FileSlice(damaged), file: "x")
        let after = try Searcher().rank("\"alpha beta\" rare", in: catalogue)
        #expect(after.total == before.total && after.top.map(\.score.bitPattern) == before.top.map(\.score.bitPattern))
        let error = #expect(throws: SnapshotError.self) { try Searcher().rank("\"alpha beta\"", in: catalogue) }
        #expect(error?.reason.contains("checksum mismatch in section positions.text") == true, "\(String(describing: error))")
    }

    /// Damage that the checksums vouch for (bytes changed, then every block CRC, table CRC
    /// and the header CRC recomputed, as the snapshot fuzzer does) reaches the decoders:
    /// each read answers or throws `SnapshotError`, and nothing traps.
    /// A string whose length runs past the section by fewer bytes than its varint takes: the
    /// limit was read before the varint and the slice trapped (found by the resealed-damage
    /// test with seed 1735826587).
    @Test func aStringLengthPastTheEndIsAnErrorNotATrap() {
        var reader = ByteReader([5, 65, 66, 67, 68], section: "strings")
        #expect(throws: SnapshotError.self) { _ = try reader.string() }
        var skipper = ByteReader([5, 65, 66, 67, 68], section: "strings")
        #expect(throws: SnapshotError.self) { try skipper.skipString() }
        var fits = ByteReader([4, 65, 66, 67, 68], section: "strings")
        #expect((try? fits.string()) == "ABCD")
    }

    @Test func resealedDamageInAnySectionNeverCrashes() throws {
        let original = try Self.sample().snapshotBytes
        let header = try SnapshotReader.parseHeader(FileSlice(original), file: "x")
        let headerEnd = header.sections.map(\.data.lowerBound).min()! - 4
        var random = TestRandom("resealed damage")
        for round in 0..<300 {
            var bytes = original
            let section = header.sections[Int(random.next() % UInt64(header.sections.count))]
            guard !section.data.isEmpty else { continue }
            for _ in 0..<(1 + random.next() % 4) {
                let position = section.data.lowerBound + Int(random.next() % UInt64(section.data.count))
                bytes[position] = random.next() % 2 == 0 ? UInt8(truncatingIfNeeded: random.next()) : bytes[position] ^ 0x80
            }
            // Reseal: the section's block CRCs, its table's CRC in the header, the header's CRC.
            var table: [UInt8] = []
            var start = section.data.lowerBound
            while start < section.data.upperBound {
                let end = min(start + header.blockSize, section.data.upperBound)
                let crc = CRC32.checksum(Array(bytes[start..<end]))
                table += (0..<4).map { UInt8(truncatingIfNeeded: crc >> UInt32(8 * $0)) }
                start = end
            }
            bytes.replaceSubrange(section.table, with: table)
            let oldCRC = (0..<4).map { UInt8(truncatingIfNeeded: section.tableCRC >> UInt32(8 * $0)) }
            let newCRC = CRC32.checksum(table)
            let at = try #require((16..<headerEnd - 3).first { Array(bytes[$0..<$0 + 4]) == oldCRC })
            for i in 0..<4 { bytes[at + i] = UInt8(truncatingIfNeeded: newCRC >> UInt32(8 * i)) }
            let resealed = try withVersion(SnapshotFormat.version, bytes)
            let catalogue = try SnapshotReader.open(FileSlice(resealed), file: "x")
            let reads: [(String, (Catalogue) throws -> Void)] = [
                ("search", { c in for q in Self.queries { _ = try Searcher().search(q, in: c, limit: 5) } }),
                ("documents", { c in _ = try c.documents.documents }),
                ("claims", { c in _ = try c.claims.rows; _ = try c.claims.indications(withClaimsAtLeast: 0.5) }),
                ("manifest", { c in _ = try c.changes(under: ["/data/Corpus"]) }),
                ("stats", { c in _ = try CatalogueStats(c) }),
                ("verify", { c in _ = try c.verify() }),
            ]
            for (name, read) in reads {
                do { try read(catalogue) } catch is SnapshotError {} catch {
                    Issue.record("round \(round) (seed \(random.seed)), \(name) in \(section.name): \(error)")
                }
            }
        }
    }

    /// A document's text is checked and decoded alone: damage in one block of a large texts
    /// section fails the documents it holds, not the others.
    @Test func aTextIsCheckedBlockByBlock() throws {
        let long = String(repeating: "mésothérapie et lombalgie ", count: 400)  // about 11 KB each
        let docs = (0..<40).map { Fixtures.document("d\($0).txt", title: "d\($0)", text: "\($0) " + long) }
        let bytes = try Catalogue.build(documents: docs).snapshotBytes
        let texts = try #require(try SnapshotReader.parseHeader(FileSlice(bytes), file: "x").sections.first { $0.name == "texts" })
        #expect(texts.table.count / 4 >= 6, "several blocks")
        var damaged = bytes
        damaged[texts.data.upperBound - 10] ^= 0x01  // in the last block: the last documents' texts
        let catalogue = try SnapshotReader.open(FileSlice(damaged), file: "x")
        #expect(try catalogue.documents.text(of: 0).hasPrefix("0 mésothérapie"))
        #expect(throws: SnapshotError.self) { try catalogue.documents.text(of: 39) }
        let error = #expect(throws: SnapshotError.self) { try catalogue.verify() }
        #expect(error?.reason.contains("section texts (block") == true, "\(String(describing: error))")
    }

    /// The same snapshot mapped from disk and held in memory gives the same answers.
    @Test func mappedAndMemoryDirectoriesGiveIdenticalAnswers() throws {
        let dir = try Fixtures.corpus([:]).appendingPathComponent("Index")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let file = FileSnapshotStore(directory: dir.path), memory = MemorySnapshotStore()
        let original = try Self.sample()
        try original.save(to: file)
        try original.save(to: memory)
        let mappedBytes = try #require(try file.openSnapshot())
        #expect(mappedBytes.isMapped)
        #expect(try #require(try memory.openSnapshot()).isMapped == false)
        let mapped = try #require(try Catalogue.load(from: file)), inMemory = try #require(try Catalogue.load(from: memory))
        #expect(try answers(mapped) == answers(inMemory))
        #expect(try mapped.documents.documents == inMemory.documents.documents)
        #expect(try mapped.claims.rows == inMemory.claims.rows)
        #expect(try mapped.manifest.entries == inMemory.manifest.entries)
        #expect(mapped.info == inMemory.info)
        var a = try mapped.verify(), b = try inMemory.verify()
        a.file = ""
        b.file = ""
        #expect(a == b)
    }

    /// A reader that mapped the snapshot keeps reading it whole after a writer renames a new
    /// one over it: the old file lives until its mapping goes.
    @Test func aMappedSnapshotStaysWholeWhenANewOneReplacesIt() throws {
        let dir = try Fixtures.corpus([:]).appendingPathComponent("Index")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let store = FileSnapshotStore(directory: dir.path)
        try Self.sample().save(to: store)
        let old = try #require(try Catalogue.load(from: store))
        try Catalogue.build(documents: [Fixtures.document("z.txt", title: "z", text: "autre chose")]).save(to: store)
        // Nothing of the old one was read before the replacement.
        #expect(try old.documents.text(of: 39).contains("lombaire 39"))
        #expect(try Searcher().search("lombaire", in: old).total == 40)
        #expect(try old.verify().documents == 40)
        #expect(try Catalogue.load(from: store)?.documents.count == 1)
    }

    @Test func aSnapshotThatIsNoFileOrEmptyIsNamed() throws {
        let dir = try Fixtures.corpus([:]).appendingPathComponent("Index")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(SnapshotFormat.fileName), withIntermediateDirectories: true)
        let store = FileSnapshotStore(directory: dir.path)
        let error = #expect(throws: SnapshotStoreError.self) { try Catalogue.load(from: store) }
        #expect(error?.description == store.path + ": not a regular file")
        try FileManager.default.removeItem(at: dir.appendingPathComponent(SnapshotFormat.fileName))
        #expect(FileManager.default.createFile(atPath: store.path, contents: Data()))
        #expect(throws: SnapshotError(file: store.path, problem: .corrupt("empty file"))) { try Catalogue.load(from: store) }
    }

    /// Sections decoded lazily by many threads at once give the answers of one thread.
    @Test func concurrentFirstReadsAgree() throws {
        let store = MemorySnapshotStore()
        try Self.sample().save(to: store)
        let expected = try answers(try #require(try Catalogue.load(from: store)))
        for _ in 0..<5 {
            let catalogue = try #require(try Catalogue.load(from: store))
            let results = Locked<[[[String: Double]]]>([])
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                do {
                    let found = try answers(catalogue)
                    _ = try catalogue.claims.rows
                    _ = try catalogue.documents.documents
                    results.mutate { $0.append(found) }
                } catch {
                    Issue.record("\(error)")
                }
            }
            #expect(results.value.count == 8 && results.value.allSatisfy { $0 == expected })
        }
    }

    @Test func truncationAndAppendedBytesAreCorrupt() throws {
        let bytes = try Self.sample().snapshotBytes
        for cut in [0, 3, 10, 30, bytes.count / 2, bytes.count - 1] {
            #expect(throws: SnapshotError.self) { try SnapshotReader.open(FileSlice(Array(bytes.prefix(cut))), file: "x") }
        }
        #expect(throws: SnapshotError.self) { try SnapshotReader.open(FileSlice(bytes + [0]), file: "x") }
    }

    /// Rewrites the version and re-signs the header, as another build of preuve would have written it.
    func withVersion(_ version: UInt32, _ bytes: [UInt8]) throws -> [UInt8] {
        var out = bytes
        for i in 0..<4 { out[8 + i] = UInt8(truncatingIfNeeded: version >> UInt32(8 * i)) }
        let headerEnd = Int(out[12]) | Int(out[13]) << 8 | Int(out[14]) << 16 | Int(out[15]) << 24
        let crc = CRC32.checksum(Array(out[0..<16 + headerEnd]))
        for i in 0..<4 { out[16 + headerEnd + i] = UInt8(truncatingIfNeeded: crc >> UInt32(8 * i)) }
        return out
    }

    @Test func versionsTooOldAndTooNewAreToldApart() throws {
        let bytes = try Self.sample().snapshotBytes
        #expect(throws: SnapshotError(file: "x", problem: .tooNew(found: SnapshotFormat.version + 1, supported: SnapshotFormat.version))) {
            try SnapshotReader.open(FileSlice(try withVersion(SnapshotFormat.version + 1, bytes)), file: "x")
        }
        #expect(throws: SnapshotError(file: "x", problem: .tooOld(found: 0, supported: SnapshotFormat.version))) {
            try SnapshotReader.open(FileSlice(try withVersion(0, bytes)), file: "x")
        }
        #expect(throws: SnapshotError(file: "x", problem: .foreign)) {
            try SnapshotReader.open(FileSlice(Array("<html><body>not an index</body></html>".utf8)), file: "x")
        }
    }

    /// Readers size arrays by the header's counts before reading a section: counts the file
    /// cannot hold are refused at open, not allocated.
    @Test func aHeaderCountingMoreDocumentsThanTheFileHoldsIsCorrupt() throws {
        var bytes = try Catalogue.build(documents: []).snapshotBytes
        // Name, analyzer, claim rules (empty), build time, no root: then the document count.
        let position = 16 + 1 + SnapshotFormat.name.utf8.count + 1 + Analyzer.search.name.utf8.count + 1 + 8 + 1
        #expect(bytes[position] == 0)
        bytes[position] = 0x7F  // 127 documents, one varint byte as before
        let resigned = try withVersion(SnapshotFormat.version, bytes)
        let error = #expect(throws: SnapshotError.self) { try SnapshotReader.open(FileSlice(resigned), file: "x") }
        #expect(error?.reason.contains("header counts (127 documents") == true, "\(String(describing: error))")
    }

    /// Version 3 recorded paths as typed, relative to a working folder it did not record:
    /// it is not migrated but refused as too old, with `preuve index --full` as the fix; so is
    /// version 5, whose one checksum per section could only be checked by reading it all, and
    /// version 7, whose postings interleave the positions.
    @Test func aVersion3SnapshotIsTooOld() throws {
        for version: UInt32 in [3, 5, 7] {
            let bytes = try withVersion(version, try Self.sample().snapshotBytes)
            let error = #expect(throws: SnapshotError(file: "x", problem: .tooOld(found: version, supported: SnapshotFormat.version))) {
                try SnapshotReader.open(FileSlice(bytes), file: "x")
            }
            #expect(error?.description.contains("preuve index --full") == true)
        }
    }

    /// The manifest lists each file once: a file listed twice would count its documents twice.
    @Test func aManifestListingAFileTwiceIsCorrupt() throws {
        let docs = [Fixtures.document("Corpus/a.txt", title: "a", text: "un"), Fixtures.document("Corpus/a.txt", title: "a", text: "deux")]
        let entry = { (first: Int) in
            ManifestEntry(path: "/data/Corpus/a.txt", size: 1, modified: FileTime(seconds: 1, nanoseconds: 0), contentHash: "h",
                          firstDocument: first, documentCount: 1)
        }
        let bytes = try Catalogue.build(documents: docs, manifest: [entry(0), entry(1)], roots: Self.roots).snapshotBytes
        let catalogue = try SnapshotReader.open(FileSlice(bytes), file: "x")
        let error = #expect(throws: SnapshotError.self) { try catalogue.manifest }
        #expect(error?.reason.contains("/data/Corpus/a.txt is out of order or listed twice") == true, "\(String(describing: error))")
        #expect(throws: SnapshotError.self) { try readAll(bytes, file: "x") }
    }

    /// Roots never nest (a folder indexed around a root absorbs it): a snapshot whose roots
    /// overlap would show one file under two names, and is refused.
    @Test func overlappingRootsAreCorrupt() throws {
        let roots = [CorpusRoot(path: "/data", label: "data"), CorpusRoot(path: "/data/Corpus", label: "Corpus")]
        let error = #expect(throws: SnapshotError.self) { try Catalogue.build(documents: [], roots: roots) }
        #expect(error?.reason.contains("overlap") == true, "\(String(describing: error))")
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        // The carry-less multiplication path (64 bytes and more), zlib's word-at-a-time loop
        // (the tail) and their hand-over agree with the definition, one bit at a time,
        // whatever the length and alignment.
        var rng = TestRandom("crc32", seed: 9)
        let data = (0..<70_000).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let lengths = Array(0...300) + [999, 1000, 4095, 4096, 4097, 65_535, 65_536, 65_537, 69_984]
        for length in lengths {
            for start in [0, 1, 3, 8, 15] {
                let bytes = Array(data[start..<start + length])
                var crc: UInt32 = 0xFFFF_FFFF
                for byte in bytes {
                    crc ^= UInt32(byte)
                    for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
                }
                // Read in place at the offset, so that the path sees the misalignment.
                let got = data.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[start..<start + length])) }
                #expect(got == crc ^ 0xFFFF_FFFF, "length \(length) at offset \(start)")
                #expect(CRC32.checksum(bytes) == crc ^ 0xFFFF_FFFF, "length \(length)")
            }
        }
    }

    @Test func aWriteThatFailsHalfWayLeavesThePreviousSnapshot() throws {
        let store = MemorySnapshotStore()
        let first = try Self.sample()
        try first.save(to: store)
        let before = store.current
        store.failNextWrite(afterBytes: 100)
        let second = try Catalogue.build(documents: [Fixtures.document("z.txt", title: "z", text: "autre chose")])
        #expect(throws: SnapshotStoreError.self) { try second.save(to: store) }
        #expect(store.current == before)
        let loaded = try #require(try Catalogue.load(from: store))
        #expect(loaded.documents.count == 40)
    }

    @Test func theFileStoreReplacesTheSnapshotAndLeavesNoTemporary() throws {
        let dir = try Fixtures.corpus([:]).appendingPathComponent("Index")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let store = FileSnapshotStore(directory: dir.path)
        #expect(try Catalogue.load(from: store) == nil)
        try Self.sample().save(to: store)
        try Catalogue.build(documents: [Fixtures.document("z.txt", title: "z", text: "autre")]).save(to: store)
        let loaded = try #require(try Catalogue.load(from: store))
        #expect(loaded.documents.count == 1)
        // The meta file and the one segment it lists: the first catalogue's segment is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [SnapshotFormat.fileName] + loaded.segmentNames)
        #expect(loaded.segmentNames == [SnapshotFormat.segmentFileName(2)])
    }

    @Test func aSecondWriterWaitsForTheFirst() throws {
        let dir = try Fixtures.corpus([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = FileSnapshotStore(directory: dir.path)
        let entered = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? store.withWriterLock(waiting: { _ in }) {
                entered.signal()
                release.wait()
            }
            done.signal()
        }
        entered.wait()
        let messages = Messages()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { release.signal() }
        try store.withWriterLock(waiting: { messages.append($0) }) {}
        done.wait()
        #expect(messages.all.count == 1)
        #expect(messages.all.first?.contains(".lock") == true)
    }
}

final class Messages: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ s: String) { lock.withLock { list.append(s) } }
    var all: [String] { lock.withLock { list } }
}
