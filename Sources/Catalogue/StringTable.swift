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
    let section: CheckedSection
    let count: Int
    private let decoded: DecodedStrings
    /// The offset table, checked once: lookups then read it without checking again.
    private let offsets: FileSlice
    private let bytesStart: Int

    init(_ section: CheckedSection) throws {
        count = Int(try section.u32(at: 0))
        let tableEnd = 4 + 8 * (count + 1)
        guard tableEnd <= section.count else { throw section.corrupt("\(count) strings do not fit in \(section.count) bytes") }
        offsets = try section.bytes(4..<tableEnd)
        bytesStart = tableEnd
        guard offsets.u64(at: 0) == 0, offsets.u64(at: 8 * count) == UInt64(section.count - bytesStart) else {
            throw section.corrupt("the string offsets do not span the string bytes")
        }
        self.section = section
        decoded = DecodedStrings()
    }

    /// String `id`; `context` names the section that refers to it, for errors.
    func string(_ id: Int, context: String) throws -> String {
        guard id < count else { throw SnapshotError.malformed(section: context, detail: "string \(id) out of range") }
        if let known = decoded.string(id) { return known }
        let start = offsets.u64(at: 8 * id), end = offsets.u64(at: 8 * (id + 1))
        guard start <= end, end <= UInt64(section.count - bytesStart) else {
            throw section.corrupt("string \(id) has offsets \(start)..<\(end)")
        }
        let bytes = try section.bytes(bytesStart + Int(start)..<bytesStart + Int(end))
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
        var previous: UInt64 = 0
        for i in 0...count {
            let offset = offsets.u64(at: 8 * i)
            guard offset >= previous else { throw section.corrupt("string offsets out of order at \(i)") }
            previous = offset
        }
        try section.checkAll()
    }
}

/// The strings decoded so far, by id.
private final class DecodedStrings: @unchecked Sendable {
    private let lock = NSLock()
    private var strings: [String?] = []

    func string(_ id: Int) -> String? {
        lock.withLock { id < strings.count ? strings[id] : nil }
    }

    func keep(_ string: String, _ id: Int, count: Int) {
        lock.withLock {
            if strings.isEmpty { strings = Array(repeating: nil, count: count) }
            strings[id] = string
        }
    }
}
