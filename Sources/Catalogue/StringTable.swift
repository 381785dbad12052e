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

    func write(to w: inout ByteWriter) {
        w.varint(strings.count)
        for s in strings { w.string(s) }
    }
}

/// The strings section as read back: index to string.
struct StringTable {
    let strings: [String]

    static func read(_ r: inout ByteReader) throws -> StringTable {
        let count = try r.int()
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count { strings.append(try r.string()) }
        return StringTable(strings: strings)
    }

    func string(_ r: inout ByteReader) throws -> String {
        let id = try r.int()
        guard id < strings.count else { throw SnapshotError.malformed(section: r.section, detail: "string \(id) out of range") }
        return strings[id]
    }

    /// An optional string written as id + 1, 0 meaning nil.
    func optionalString(_ r: inout ByteReader) throws -> String? {
        guard let id = try r.optionalInt() else { return nil }
        guard id < strings.count else { throw SnapshotError.malformed(section: r.section, detail: "string \(id) out of range") }
        return strings[id]
    }

    func stringList(_ r: inout ByteReader) throws -> [String] {
        let count = try r.int(max: r.end - r.offset)
        return try (0..<count).map { _ in try string(&r) }
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
