import Foundation

/// Interns the short strings that documents, claims and the manifest repeat (kinds,
/// languages, interventions, titles of documents with many claims): each is written once
/// and referred to by index.
struct StringInterner {
    private var ids: [String: Int] = [:]
    private(set) var strings: [String] = []

    mutating func intern(_ s: String) -> Int {
        if let id = ids[s] { return id }
        let id = strings.count
        ids[s] = id
        strings.append(s)
        return id
    }

    /// The `strings` section: `u32` count N, N+1 `u64` offsets into the bytes that follow
    /// (string i is `offsets[i]..<offsets[i+1]`), then the strings' UTF-8 back to back.
    func write(to w: inout ByteWriter) {
        w.u32(UInt32(strings.count))
        var offset: UInt64 = 0
        w.u64(0)
        for s in strings {
            offset += UInt64(s.utf8.count)
            w.u64(offset)
        }
        for s in strings { w.raw(s.utf8) }
    }
}

extension StringInterner {
    mutating func writeOptional(_ s: String?, to w: inout ByteWriter) {
        w.optionalInt(s.map { intern($0) })
    }

    mutating func writeList(_ list: [String], to w: inout ByteWriter) {
        w.varint(list.count)
        for s in list { w.varint(intern(s)) }
    }
}

/// The strings section read in place: a string is found through the offset table and
/// decoded when first asked for, its block checked first, then kept (a claim table repeats
/// the same kinds, stances, titles and cue rules thousands of times).
struct StringTable: Sendable {
    var section: CheckedSection { table.section }
    var count: Int { table.count }
    private let decoded: DecodedStrings
    /// The offset table, checked once: lookups then read it without checking again.
    private let table: OffsetTable

    init(_ section: CheckedSection) throws {
        table = try OffsetTable(section, item: "string")
        decoded = DecodedStrings()
    }

    /// String `id`; `context` names the section that refers to it, for errors.
    func string(_ id: Int, context: String) throws -> String {
        guard id < count else { throw SnapshotError.malformed(section: context, detail: "string \(id) out of range") }
        if let known = decoded.string(id) { return known }
        let bytes = try section.bytes(try table.range(of: id))
        let string = bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        decoded.keep(string, id, count: count)
        return string
    }

    func string(_ r: inout ByteReader) throws -> String {
        try string(try r.int(), context: r.section)
    }

    /// An optional string written as id + 1, 0 meaning nil.
    func optionalString(_ r: inout ByteReader) throws -> String? {
        guard let id = try r.optionalInt() else { return nil }
        return try string(id, context: r.section)
    }

    func stringList(_ r: inout ByteReader) throws -> [String] {
        let count = try r.int(max: r.end - r.offset)
        return try (0..<count).map { _ in try string(&r) }
    }

    /// Every offset in order and within the bytes (`preuve verify`).
    func verify() throws {
        try table.verify()
        try section.checkAll()
    }
}

/// The strings decoded so far, by id: in a table of their own while few are (a query reads
/// the strings of its claims, a search those of ten documents: at a million records, an array
/// the size of each segment's table was tens of megabytes of mostly empty slots), in an array
/// once an eighth of the table is (`stats` reads them all).
private final class DecodedStrings: @unchecked Sendable {
    private let lock = NSLock()
    private var table = Table()

    func string(_ id: Int) -> String? {
        lock.withLock { table.find(id) }
    }

    func keep(_ string: String, _ id: Int, count: Int) {
        lock.withLock { table.insert(string, id, count: count) }
    }

    /// Open addressing on the id (linear probing, a multiplicative hash: ids are small
    /// integers, and a dictionary's seeded hashing was a third of a lookup), then an array.
    private struct Table {
        /// -1 for an empty slot.
        var ids: [Int] = []
        var values: [String] = []
        var used = 0
        var dense: [String?] = []

        static func slot(_ id: Int, mask: Int) -> Int {
            Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: id) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        }

        func find(_ id: Int) -> String? {
            if !dense.isEmpty { return id < dense.count ? dense[id] : nil }
            guard !ids.isEmpty else { return nil }
            let mask = ids.count - 1
            var slot = Self.slot(id, mask: mask)
            while true {
                let known = ids[slot]
                if known == id { return values[slot] }
                if known < 0 { return nil }
                slot = (slot + 1) & mask
            }
        }

        mutating func insert(_ string: String, _ id: Int, count: Int) {
            if !dense.isEmpty { dense[id] = string; return }
            if used >= max(count / 8, 256) {
                dense = Array(repeating: nil, count: count)
                for slot in ids.indices where ids[slot] >= 0 { dense[ids[slot]] = values[slot] }
                dense[id] = string
                ids = []
                values = []
                used = 0
                return
            }
            if (used + 1) * 2 > ids.count { grow(to: max(64, ids.count * 2)) }
            let mask = ids.count - 1
            var slot = Self.slot(id, mask: mask)
            while ids[slot] >= 0 && ids[slot] != id { slot = (slot + 1) & mask }
            if ids[slot] < 0 { used += 1 }
            ids[slot] = id
            values[slot] = string
        }

        private mutating func grow(to size: Int) {
            let (oldIDs, oldValues) = (ids, values)
            ids = Array(repeating: -1, count: size)
            values = Array(repeating: "", count: size)
            let mask = size - 1
            for old in oldIDs.indices where oldIDs[old] >= 0 {
                var slot = Self.slot(oldIDs[old], mask: mask)
                while ids[slot] >= 0 { slot = (slot + 1) & mask }
                ids[slot] = oldIDs[old]
                values[slot] = oldValues[old]
            }
        }
    }
}
