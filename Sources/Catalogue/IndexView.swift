import Foundation

/// One segment as a catalogue reads it: the segment opened, which of its documents are
/// deleted, and where its live ones stand among the catalogue's documents.
final class Part: Sendable {
    let segment: OpenedSnapshot
    /// The segment's file name (`segment-000001.preuve`), or its path for a lone segment.
    let name: String
    /// Sorted by local document (and so by global one).
    let runs: [SegmentRun]
    let deletedCount: Int
    /// One bit a document, set when deleted.
    let deleted: [UInt8]
    /// The claim groups of the segment that hold a claim of a deleted document: the others'
    /// directory entries (count, highest confidence) are those of their live claims.
    let dirtyGroups: [Int: DirtyGroup]
    private let globals = DecodedOnce<[Int32]>()

    init(segment: OpenedSnapshot, name: String, runs: [SegmentRun], deleted: [UInt8], dirtyGroups: [Int: DirtyGroup] = [:]) {
        self.segment = segment
        self.name = name
        self.runs = runs
        self.deleted = deleted
        self.dirtyGroups = dirtyGroups
        deletedCount = segment.info.documentCount - runs.reduce(0) { $0 + $1.count }
    }

    var documentCount: Int { segment.info.documentCount }
    var liveCount: Int { documentCount - deletedCount }

    func isDeleted(_ local: Int) -> Bool { deletedCount > 0 && deleted[local / 8] & (1 << UInt8(local % 8)) != 0 }

    /// Each local document's global id, -1 when deleted; built when first needed.
    func globalIDs() -> [Int32] {
        // Never throws: the runs were checked when the meta was opened.
        (try? globals.get {
            var map = [Int32](repeating: -1, count: documentCount)
            for run in runs {
                for i in 0..<run.count { map[run.local + i] = Int32(run.global + i) }
            }
            return map
        }) ?? []
    }

    /// Whether local and global ids are the same and nothing is deleted.
    var isIdentity: Bool {
        deletedCount == 0 && (runs.isEmpty || (runs.count == 1 && runs[0].global == 0 && runs[0].local == 0))
    }
}

/// What a catalogue reads: the live documents of one or more segments, numbered in the
/// manifest's path order across them, as if they were one snapshot. Doc ids, document
/// frequencies, lengths and claim order are those of a catalogue built afresh from the same
/// files, so answers do not depend on how the catalogue was written.
final class IndexView: Sendable {
    /// The file named in errors about the whole: the meta file, or the lone segment.
    let file: String
    let info: SnapshotInfo
    let parts: [Part]
    /// Every run of every part, by global document: `(run, part)`.
    let runs: [(run: SegmentRun, part: Int)]
    let meta: OpenedMeta?
    /// Tokens over the live documents, per field (title, text).
    let totalLengths: [UInt64]

    private let manifestOnce = DecodedOnce<Manifest>()
    private let fields = [DecodedOnce<FieldIndex>(), DecodedOnce<FieldIndex>()]
    private let claimTable = DecodedOnce<ClaimTable>()
    let liveTerms = [DecodedOnce<[String]>(), DecodedOnce<[String]>()]

    /// A segment read on its own: all of it live, in its own order.
    convenience init(lone segment: OpenedSnapshot) {
        let n = segment.info.documentCount
        let part = Part(segment: segment, name: segment.file, runs: n > 0 ? [SegmentRun(global: 0, local: 0, count: n)] : [],
                        deleted: [UInt8](repeating: 0, count: (n + 7) / 8))
        let totals = [InvertedIndex.Field.title, .text].map { (try? segment.field($0).totalLength) ?? 0 }
        self.init(file: segment.file, info: segment.info, parts: [part], meta: nil, totalLengths: totals)
    }

    init(file: String, info: SnapshotInfo, parts: [Part], meta: OpenedMeta?, totalLengths: [UInt64]) {
        self.file = file
        self.info = info
        self.parts = parts
        self.meta = meta
        self.totalLengths = totalLengths
        runs = parts.enumerated().flatMap { i, part in part.runs.map { ($0, i) } }.sorted { $0.run.global < $1.run.global }
    }

    /// One part whose ids are the catalogue's: reads go straight to it.
    var single: Part? { parts.count == 1 && parts[0].isIdentity ? parts[0] : nil }

    /// The part and local id of a document.
    func locate(_ doc: Int) throws -> (part: Part, local: Int) {
        guard doc >= 0, doc < info.documentCount else {
            throw SnapshotError(file: file, problem: .corrupt("no document \(doc) of \(info.documentCount)"))
        }
        if let single { return (single, doc) }
        var low = 0, high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if runs[mid].run.global <= doc { low = mid } else { high = mid - 1 }
        }
        let (run, part) = runs[low]
        return (parts[part], run.local + doc - run.global)
    }

    func manifest() throws -> Manifest {
        try manifestOnce.get {
            if let meta { return try meta.manifest() }
            return try parts[0].segment.manifest()
        }
    }

    func field(_ field: InvertedIndex.Field) throws -> FieldIndex {
        let i = field == .title ? 0 : 1
        return try fields[i].get {
            FieldIndex(view: self, kind: field, parts: try parts.map { try $0.segment.field(field) },
                       documentCount: info.documentCount, totalLength: totalLengths[i])
        }
    }

    func claims() throws -> ClaimTable {
        try claimTable.get { try ClaimTable(view: self, parts: try parts.map { try $0.segment.claims() }) }
    }

    var decodedBytes: Int {
        (manifestOnce.current?.entries.count ?? 0) * 128 + parts.reduce(0) { $0 + $1.segment.decodedBytes }
    }

    /// Every section of the meta file and of every segment.
    var allSections: [CheckedSection] {
        (meta?.allSections ?? []) + parts.flatMap(\.segment.allSections)
    }

    /// A view of some parts alone, their live documents numbered 0... in the catalogue's
    /// order (what a merge writes), and the global ids they had here.
    func subview(_ chosen: [Int]) -> (view: IndexView, globals: [Int]) {
        let selected = runs.filter { chosen.contains($0.part) }
        var globals: [Int] = []
        var newRuns = [[SegmentRun]](repeating: [], count: chosen.count)
        for (run, part) in selected {
            let k = chosen.firstIndex(of: part)!
            newRuns[k].append(SegmentRun(global: globals.count, local: run.local, count: run.count))
            globals += run.global..<run.global + run.count
        }
        let parts = chosen.enumerated().map { k, p in
            Part(segment: self.parts[p].segment, name: self.parts[p].name, runs: newRuns[k],
                 deleted: SegmentEntry.bitset(documentCount: self.parts[p].documentCount, runs: newRuns[k]),
                 dirtyGroups: self.parts[p].dirtyGroups)
        }
        var info = self.info
        info.documentCount = globals.count
        let totals = [InvertedIndex.Field.title, .text].map { field in
            parts.reduce(UInt64(0)) { sum, part in
                guard let f = try? part.segment.field(field) else { return sum }
                return part.runs.reduce(sum) { s, run in (run.local..<run.local + run.count).reduce(s) { $0 + UInt64(f.length(of: $1)) } }
            }
        }
        return (IndexView(file: file, info: info, parts: parts, meta: nil, totalLengths: totals), globals)
    }
}
