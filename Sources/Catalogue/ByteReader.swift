/// Reads what `ByteWriter` wrote, from a slice of a snapshot (whose checksums the caller
/// has checked). Every read is bounds-checked and throws `SnapshotError` instead of
/// trapping, so that even a snapshot whose checksum matches by accident cannot crash the
/// reader.
struct ByteReader {
    let bytes: FileSlice
    private(set) var offset: Int
    let end: Int
    /// Names the section in errors.
    let section: String

    init(_ bytes: FileSlice, section: String, from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.offset = start
        self.end = min(end ?? bytes.count, bytes.count)
        self.section = section
    }

    init(_ bytes: [UInt8], section: String) {
        self.init(FileSlice(bytes), section: section)
    }

    var isAtEnd: Bool { offset >= end }

    private func malformed(_ what: String) -> SnapshotError {
        SnapshotError.malformed(section: section, detail: what)
    }

    mutating func u8() throws -> UInt8 {
        guard offset < end else { throw malformed("unexpected end") }
        defer { offset += 1 }
        return bytes.withUnsafeBytes { $0[offset] }
    }

    mutating func u32() throws -> UInt32 {
        guard end - offset >= 4 else { throw malformed("unexpected end") }
        defer { offset += 4 }
        return bytes.u32(at: offset)
    }

    mutating func u64() throws -> UInt64 {
        guard end - offset >= 8 else { throw malformed("unexpected end") }
        defer { offset += 8 }
        return bytes.u64(at: offset)
    }

    mutating func varint() throws -> UInt64 {
        let end = self.end
        let value = bytes.withUnsafeBytes { Varint.read($0, &offset, end: end) }
        guard let value else { throw malformed("bad varint") }
        return value
    }

    /// A varint that must fit an Int no larger than `limit` (a count or an index).
    mutating func int(max limit: Int = Int(Int32.max)) throws -> Int {
        let v = try varint()
        guard v <= UInt64(limit) else { throw malformed("value \(v) out of range (max \(limit))") }
        return Int(v)
    }

    mutating func optionalInt() throws -> Int? {
        let v = try varint()
        guard v <= UInt64(Int32.max) else { throw malformed("value out of range") }
        return v == 0 ? nil : Int(v) - 1
    }

    mutating func string() throws -> String {
        let length = try length()
        defer { offset += length }
        let start = offset
        return bytes.withUnsafeBytes { String(decoding: $0[start..<start + length], as: UTF8.self) }
    }

    /// Passes over a string written by `ByteWriter.string`, without decoding it.
    mutating func skipString() throws {
        offset += try length()
    }

    /// A string's length, checked against the bytes left after the varint that holds it (the
    /// limit is taken once the varint is read: before it, a damaged length one to nine bytes
    /// too long passed the check and the slice trapped).
    private mutating func length() throws -> Int {
        let v = try varint()
        guard v <= UInt64(end - offset) else { throw malformed("string of \(v) bytes past the end") }
        return Int(v)
    }

    /// The next `length` bytes as a slice of the same file, not copied.
    mutating func rawBytes(_ length: Int) throws -> FileSlice {
        guard length >= 0, end - offset >= length else { throw malformed("unexpected end") }
        defer { offset += length }
        return bytes.slice(offset..<offset + length)
    }
}
