/// What the snapshot knows of each file it was built from: enough to tell, with one
/// `stat`, that a file is unchanged, and with its content hash, that a touched file is not
/// really changed. Entries are sorted by path; each file's documents are the contiguous
/// doc ids `firstDocument..<firstDocument+documentCount`.
public struct ManifestEntry: Sendable, Hashable {
    /// The file's real path (absolute, `CorpusPath.canonical`); on disk it is stored
    /// relative to its root.
    public var path: String
    public var size: Int64
    public var modified: FileTime
    /// SHA-256 (hex) of the file's content as it was parsed, decompressed (the parser's
    /// `readFile`): the change detector of a touched file; empty when the file failed.
    public var contentHash: String
    public var firstDocument: Int
    public var documentCount: Int
    /// Why the file could not be read, when it could not; such a file is tried again by `preuve index`.
    public var error: String?

    public init(path: String, size: Int64, modified: FileTime, contentHash: String, firstDocument: Int, documentCount: Int, error: String? = nil) {
        self.path = path
        self.size = size
        self.modified = modified
        self.contentHash = contentHash
        self.firstDocument = firstDocument
        self.documentCount = documentCount
        self.error = error
    }

    public var documents: Range<Int> { firstDocument..<firstDocument + documentCount }
}

public struct Manifest: Sendable {
    public let entries: [ManifestEntry]

    public init(_ entries: [ManifestEntry]) {
        self.entries = entries.sorted { $0.path < $1.path }
    }

    public func entry(for path: String) -> ManifestEntry? {
        var low = 0, high = entries.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if entries[mid].path == path { return entries[mid] }
            if entries[mid].path < path { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// Each path as its root's number and the path within the root; a path in no root
    /// (catalogues built by hand) with no root number and the path as it is.
    func write(to w: inout ByteWriter, strings: inout StringInterner, roots: CorpusRoots) {
        w.varint(entries.count)
        var last: (root: Int, path: String)?
        for e in entries {
            // Consecutive files mostly share a root: test it before walking up the path.
            let root: Int?
            if let last, CorpusPath.path(e.path, isWithin: last.path) { root = last.root } else { root = roots.rootIndex(of: e.path) }
            if let root {
                last = (root, roots.roots[root].path)
                w.optionalInt(root)
                w.varint(strings.intern(CorpusPath.relative(e.path, to: roots.roots[root].path)))
            } else {
                w.optionalInt(nil)
                w.varint(strings.intern(e.path))
            }
            w.varint(UInt64(bitPattern: e.size))
            w.varint(UInt64(bitPattern: e.modified.seconds))
            w.varint(UInt64(e.modified.nanoseconds))
            w.varint(strings.intern(e.contentHash))
            w.varint(e.firstDocument)
            w.varint(e.documentCount)
            strings.writeOptional(e.error, to: &w)
        }
    }

    static func read(_ r: inout ByteReader, strings: StringTable, documentCount: Int, roots: CorpusRoots) throws -> Manifest {
        let count = try r.int(max: r.end - r.offset)
        var entries: [ManifestEntry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let root = try r.optionalInt()
            let stored = try strings.string(&r)
            let path: String
            if let root {
                guard root < roots.roots.count else {
                    throw SnapshotError.malformed(section: r.section, detail: "\(stored) names root \(root), the header has \(roots.roots.count)")
                }
                let plain = stored.isEmpty || (!stored.hasPrefix("/") && !stored.split(separator: "/", omittingEmptySubsequences: false)
                    .contains { $0.isEmpty || $0 == "." || $0 == ".." })
                guard plain else {
                    throw SnapshotError.malformed(section: r.section, detail: "\(stored) is not a plain path within its root")
                }
                path = CorpusPath.join(roots.roots[root].path, stored)
            } else {
                path = stored
            }
            // One file listed twice would have its documents counted twice.
            if let previous = entries.last?.path, previous >= path {
                throw SnapshotError.malformed(section: r.section, detail: "\(path) is out of order or listed twice")
            }
            let size = Int64(bitPattern: try r.varint())
            let seconds = Int64(bitPattern: try r.varint())
            let nanos = try r.int(max: 999_999_999)
            let hash = try strings.string(&r)
            let first = try r.int(), docs = try r.int()
            guard first + docs <= documentCount else {
                throw SnapshotError.malformed(section: r.section, detail: "\(path) points past the last document")
            }
            let error = try strings.optionalString(&r)
            entries.append(ManifestEntry(path: path, size: size, modified: FileTime(seconds: seconds, nanoseconds: Int32(nanos)),
                                         contentHash: hash, firstDocument: first, documentCount: docs, error: error))
        }
        return Manifest(entries)
    }
}
