import Foundation
import TextAnalysis

/// Writes segments and commits meta files; used by `preuve index` (and read commands that
/// update a stale index) under the writers' lock, which the caller holds. A commit writes
/// its new segment files whole (each fsynced, then renamed to its name), then the meta
/// file that lists them (written beside, fsynced, renamed over the old one), then removes
/// the segment files the new meta file no longer lists. A writer killed at any point leaves
/// the old meta file with every segment it lists, or the new one with every segment it lists.
struct IndexWriter {
    let store: any SnapshotStore
    var analyzer: Analyzer = .search
    var policy = MergePolicy()

    /// The number of the next segment: past the meta file's counter and past any segment
    /// file in the folder (one left by a writer killed before its commit, or listed by a
    /// meta file that could not be read).
    func nextNumber(after counter: Int) -> Int {
        max(counter, (store.fileNames().compactMap(SnapshotFormat.segmentNumber).max() ?? 0) + 1)
    }

    /// Writes one segment file; returns its entry (all of it live, as `runs` say).
    func writeSegment(_ contents: CatalogueContents, number: Int) throws -> (entry: SegmentEntry, bytes: [UInt8]) {
        let name = SnapshotFormat.segmentFileName(number)
        let bytes = SnapshotWriter.encode(contents)
        try store.writeFile(name, bytes)
        let header = try SnapshotReader.parseHeader(FileSlice(bytes), file: store.location(of: name))
        let n = contents.documents.count
        let runs = n > 0 ? [SegmentRun(global: 0, local: 0, count: n)] : []
        return (SegmentEntry(name: name, documentCount: n, headerCRC: header.crc, length: UInt64(bytes.count), runs: runs,
                             deleted: SegmentEntry.bitset(documentCount: n, runs: runs)), bytes)
    }

    /// The whole catalogue as one segment (a full build, `--full`, a rewrite); returns the bytes written.
    @discardableResult
    func rewrite(_ contents: CatalogueContents, counter: Int = 1) throws -> Int {
        var segments: [SegmentEntry] = []
        var written = 0
        let number = nextNumber(after: counter)
        if !contents.documents.isEmpty {
            let (entry, bytes) = try writeSegment(contents, number: number)
            segments.append(entry)
            written += bytes.count
        }
        let total = { (field: BuiltField) in field.lengths.reduce(UInt64(0)) { $0 + UInt64($1) } }
        let meta = MetaContents(analyzer: contents.analyzer, claimRules: contents.claimRules, builtAt: contents.builtAt,
                                roots: contents.roots, documentCount: contents.documents.count, claimCount: contents.claims.count,
                                termCount: contents.termCount, manifest: contents.manifest, nextSegment: number + 1,
                                totalLengths: [total(contents.index.title), total(contents.index.text)], segments: segments)
        return written + (try commit(meta))
    }

    /// Lists the sink's new segments beside the previous catalogue's, with the documents
    /// they replace, or of files gone, marked deleted. The previous segments are not
    /// rewritten. `previous` is nil for a new index (or `--full`).
    func commit(_ plan: IncrementalPlan, previous: Catalogue?, sink: SegmentSink, builtAt: Date = Date()) throws {
        let old = previous?.view
        // The runs of each segment: the previous ones first, the new ones after.
        var runsBySource: [Int: [SegmentRun]] = [:]
        for (run, source) in plan.runs { runsBySource[source, default: []].append(run) }
        var parts: [Part] = []
        var entries: [SegmentEntry] = []
        for (i, part) in (old?.parts ?? []).enumerated() {
            guard let runs = runsBySource[i] else { continue }
            let deleted = SegmentEntry.bitset(documentCount: part.documentCount, runs: runs)
            let listed = old?.meta?.segments.first { $0.name == part.name }
            // Unchanged deletions keep their dirty groups; new ones are found by reading the claims.
            let dirty = deleted == part.deleted ? part.dirtyGroups.values.sorted { $0.group < $1.group }
                : try Self.dirtyGroups(Part(segment: part.segment, name: part.name, runs: runs, deleted: deleted))
            parts.append(Part(segment: part.segment, name: part.name, runs: runs, deleted: deleted,
                              dirtyGroups: Dictionary(uniqueKeysWithValues: dirty.map { ($0.group, $0) })))
            entries.append(SegmentEntry(name: part.name, documentCount: part.documentCount,
                                        headerCRC: listed?.headerCRC ?? part.segment.headerCRC,
                                        length: listed?.length ?? UInt64(part.segment.bytes.count), runs: runs, deleted: deleted,
                                        dirtyGroups: dirty))
        }
        for (k, (entry, segment)) in sink.written.enumerated() {
            guard let runs = runsBySource[-1 - k] else { continue }
            let deleted = SegmentEntry.bitset(documentCount: entry.documentCount, runs: runs)
            parts.append(Part(segment: segment, name: entry.name, runs: runs, deleted: deleted))
            entries.append(SegmentEntry(name: entry.name, documentCount: entry.documentCount, headerCRC: entry.headerCRC,
                                        length: entry.length, runs: runs, deleted: deleted))
        }
        let info = SnapshotInfo(analyzer: analyzer.name, claimRules: plan.claimRules, builtAt: builtAt, roots: plan.roots,
                                documentCount: plan.documentCount, claimCount: 0, termCount: 0, fileCount: plan.manifest.count)
        let view = IndexView(file: store.location, info: info, parts: parts, meta: nil, totalLengths: [0, 0])
        let live = try Self.liveFacts(view)
        let meta = MetaContents(analyzer: analyzer.name, claimRules: plan.claimRules, builtAt: builtAt, roots: plan.roots,
                                documentCount: plan.documentCount, claimCount: live.claims, termCount: live.terms,
                                manifest: plan.manifest, nextSegment: sink.counter, totalLengths: live.lengths, segments: entries)
        try commit(meta)
    }

    /// The claim groups of a part that hold a claim of one of its deleted documents.
    static func dirtyGroups(_ part: Part) throws -> [DirtyGroup] {
        guard part.deletedCount > 0 else { return [] }
        let claims = try part.segment.claims()
        var out: [DirtyGroup] = []
        for g in claims.groups.indices {
            let rows = try claims.claims(ofGroup: g)
            guard rows.contains(where: { part.isDeleted($0.document) }) else { continue }
            let live = rows.filter { !part.isDeleted($0.document) }
            out.append(DirtyGroup(group: g, live: live.count, highest: live.map { SegmentClaims.hundredths($0.claim.confidence) }.max() ?? 0))
        }
        return out
    }

    /// What the meta file says of the live documents of a view: their claims, their distinct
    /// terms (title and text together), the tokens of each field.
    static func liveFacts(_ view: IndexView) throws -> (claims: Int, terms: Int, lengths: [UInt64]) {
        var claims = 0
        for part in view.parts {
            claims += part.segment.info.claimCount
            guard part.deletedCount > 0 else { continue }
            let table = try part.segment.claims()
            for (g, dirty) in part.dirtyGroups {
                guard g < table.groups.count, dirty.live <= table.groups[g].count else {
                    throw SnapshotError(file: view.file, problem: .corrupt("section segments: \(part.name) lists claim group \(g), which it lacks"))
                }
                claims -= table.groups[g].count - dirty.live
            }
        }
        var lengths: [UInt64] = []
        for field in [InvertedIndex.Field.title, .text] {
            var sum: UInt64 = 0
            for part in view.parts {
                let f = try part.segment.field(field)
                if part.deletedCount == 0 {
                    sum += f.totalLength
                } else {
                    for run in part.runs { for d in run.local..<run.local + run.count { sum += UInt64(f.length(of: d)) } }
                }
            }
            lengths.append(sum)
        }
        let title = try view.field(.title).terms, text = try view.field(.text).terms
        // Distinct over both fields: merge the two sorted lists.
        var terms = 0, i = 0, j = 0
        while i < title.count || j < text.count {
            if i == title.count { j += 1 } else if j == text.count { i += 1 } else if title[i].utf8.elementsEqual(text[j].utf8) {
                i += 1; j += 1
            } else if SortedTerms.bytewiseLess(title[i], text[j]) { i += 1 } else { j += 1 }
            terms += 1
        }
        return (claims, terms, lengths)
    }

    /// Replaces the meta file, then removes the segment files it does not list; returns its size.
    @discardableResult
    func commit(_ meta: MetaContents) throws -> Int {
        let bytes = meta.encode()
        try store.write(bytes)
        removeUnlisted(Set(meta.segments.map(\.name)))
        return bytes.count
    }

    /// Segment files no meta file lists: left by a writer killed before its commit, or
    /// replaced by a merge or an update. A reader that mapped one keeps its pages; a reader
    /// that read the old meta file and finds a segment gone reads the new meta file.
    func removeUnlisted(_ listed: Set<String>) {
        for name in store.fileNames() where SnapshotFormat.segmentNumber(name) != nil && !listed.contains(name) {
            store.removeFile(name)
        }
    }

    /// Merges segments while the policy asks for it; returns how many merges ran.
    @discardableResult
    func mergeAsNeeded(log: (String) -> Void = { _ in }) throws -> Int {
        var merges = 0
        while merges < 64, let catalogue = try Catalogue.load(from: store, analyzer: analyzer) {
            let parts = catalogue.view.parts
            guard let chosen = policy.pick(parts.map { (live: $0.liveCount, deleted: $0.deletedCount, bytes: $0.segment.bytes.count) })
            else { break }
            try merge(catalogue, parts: chosen)
            merges += 1
        }
        return merges
    }

    /// Writes the live documents of some segments as one new segment, then commits a meta
    /// file that lists it in their place. The catalogue's answers do not change.
    func merge(_ catalogue: Catalogue, parts chosen: [Int]) throws {
        guard let meta = catalogue.view.meta else { return }
        let (sub, globals) = catalogue.view.subview(chosen)
        // The merged files, for the segment's own manifest (doc ids its own).
        let manifest = try catalogue.manifest.entries
        var own: [ManifestEntry] = []
        for entry in manifest where entry.documentCount > 0 {
            let (part, _) = try catalogue.view.locate(entry.firstDocument)
            guard let p = catalogue.view.parts.firstIndex(where: { $0 === part }), chosen.contains(p) else { continue }
            var e = entry
            e.firstDocument = Self.position(of: entry.firstDocument, in: globals)
            own.append(e)
        }
        let contents = try Catalogue(sub).contents(manifest: own)
        let counter = nextNumber(after: meta.nextSegment)
        var (entry, _) = try writeSegment(contents, number: counter)
        // Its local document k is the catalogue's document globals[k].
        var runs: [SegmentRun] = []
        for (k, global) in globals.enumerated() {
            if let last = runs.last, last.global + last.count == global {
                runs[runs.count - 1].count += 1
            } else {
                runs.append(SegmentRun(global: global, local: k, count: 1))
            }
        }
        entry.runs = runs
        entry.deleted = SegmentEntry.bitset(documentCount: entry.documentCount, runs: runs)
        let names = Set(chosen.map { catalogue.view.parts[$0].name })
        var segments = meta.segments.filter { !names.contains($0.name) }
        segments.append(entry)
        let info = meta.info
        try commit(MetaContents(analyzer: info.analyzer, claimRules: info.claimRules, builtAt: info.builtAt, roots: info.roots,
                                documentCount: info.documentCount, claimCount: info.claimCount, termCount: info.termCount,
                                manifest: manifest, nextSegment: counter + 1, totalLengths: meta.totalLengths, segments: segments))
    }

    private static func position(of global: Int, in sorted: [Int]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < global { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// Where the indexer's segments go as it fills them: each is written to the store at once
/// (under a number no file has), then opened mapped, so that its documents leave memory.
final class SegmentSink: @unchecked Sendable {
    let writer: IndexWriter
    let analyzer: Analyzer
    /// Bytes of documents buffered before a segment is written.
    let budget: Int
    private(set) var counter: Int
    private(set) var written: [(entry: SegmentEntry, segment: OpenedSnapshot)] = []

    init(writer: IndexWriter, counter: Int) {
        self.writer = writer
        analyzer = writer.analyzer
        budget = writer.policy.maxMergedBytes
        self.counter = writer.nextNumber(after: counter)
    }

    var count: Int { written.count }

    /// What a document will take in a segment, about: its text twice (the text, and its
    /// postings with positions) and its record.
    static func estimatedBytes(_ document: StoredDocument) -> Int {
        2 * (document.text.utf8.count + document.title.utf8.count) + 256
    }

    func write(documents: [StoredDocument], claims: [CatalogueClaim], manifest: [ManifestEntry], roots: [CorpusRoot],
               claimRules: String) throws {
        let contents = CatalogueContents.build(documents: documents, claims: claims, manifest: manifest, roots: roots,
                                               analyzer: analyzer, claimRules: claimRules)
        let (entry, _) = try writer.writeSegment(contents, number: counter)
        counter += 1
        guard let bytes = try writer.store.openFile(entry.name) else {
            throw SnapshotStoreError(path: writer.store.location(of: entry.name), reason: "the segment just written is not there")
        }
        written.append((entry, try SnapshotReader.openSegment(bytes, file: writer.store.location(of: entry.name), analyzer: analyzer)))
    }
}

/// When to merge (Lucene's tiered policy, simplified): segments fall in tiers by their live
/// documents, each tier `factor` times the one below (all segments of `floor` documents or
/// fewer in the lowest); a tier that holds `factor` segments is merged into one, which
/// lands in a higher tier. A segment whose deleted documents outnumber its live ones is
/// rewritten alone. So the number of segments stays below `factor` per tier, about
/// `factor × log_factor(documents / floor)` in all.
struct MergePolicy: Sendable {
    var factor = 8
    var floor = 1000
    /// No merge makes a segment larger than this (bytes of its files), so that a merge,
    /// which holds what it writes in memory, stays within the indexing budget.
    var maxMergedBytes = 128 << 20

    func tier(_ live: Int) -> Int {
        guard live > floor else { return 0 }
        var tier = 1, bound = floor * factor
        while live > bound { tier += 1; bound *= factor }
        return tier
    }

    /// The segments to merge next (indexes), or nil when none need it. Segments of
    /// `maxMergedBytes` or more are left alone (but for their deletions); a tier merges its
    /// smallest segments, as many as fit in `maxMergedBytes` (none when two do not).
    func pick(_ segments: [(live: Int, deleted: Int, bytes: Int)]) -> [Int]? {
        var tiers: [Int: [Int]] = [:]
        for (i, s) in segments.enumerated() where s.bytes < maxMergedBytes { tiers[tier(s.live), default: []].append(i) }
        for t in tiers.keys.sorted() where tiers[t]!.count >= factor {
            var chosen: [Int] = []
            var bytes = 0
            for i in tiers[t]!.sorted(by: { segments[$0].live < segments[$1].live }).prefix(factor) {
                guard bytes + segments[i].bytes <= maxMergedBytes else { break }
                chosen.append(i)
                bytes += segments[i].bytes
            }
            if chosen.count >= 2 { return chosen }
        }
        if let i = segments.indices.first(where: { segments[$0].deleted > segments[$0].live }) { return [i] }
        return nil
    }
}
