/// Appends the snapshot's primitives to a byte buffer: little-endian fixed integers for
/// the header, LEB128 varints and length-prefixed UTF-8 strings for sections.
struct ByteWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    mutating func u8(_ v: UInt8) { bytes.append(v) }

    mutating func u32(_ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: v >> UInt32(shift))) }
    }

    mutating func u64(_ v: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: v >> UInt64(shift))) }
    }

    mutating func varint(_ v: UInt64) { Varint.append(v, to: &bytes) }
    mutating func varint(_ v: Int) { Varint.append(UInt64(max(0, v)), to: &bytes) }

    /// An optional integer as varint(value + 1), 0 meaning nil.
    mutating func optionalInt(_ v: Int?) { varint(v.map { UInt64(max(0, $0)) + 1 } ?? 0) }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            varint(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func raw<C: Collection>(_ other: C) where C.Element == UInt8 { bytes.append(contentsOf: other) }

    /// Appends the CRC32 of each `blockSize` bytes written so far (the last block shorter),
    /// as u32s: a section's block table. Returns the table's own CRC32, for the header.
    mutating func appendBlockTable(blockSize: Int) -> UInt32 {
        let dataLength = bytes.count
        var table = ByteWriter(capacity: SnapshotFormat.blockCount(dataLength, blockSize: blockSize) * 4)
        bytes.withUnsafeBytes { all in
            var start = 0
            while start < dataLength {
                let end = min(start + blockSize, dataLength)
                table.u32(CRC32.checksum(UnsafeRawBufferPointer(rebasing: all[start..<end])))
                start = end
            }
        }
        bytes.append(contentsOf: table.bytes)
        return CRC32.checksum(table.bytes)
    }
}

/// LEB128: seven bits a byte, low bits first, high bit set on every byte but the last.
enum Varint {
    @inline(__always)
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Decodes at `offset`, advancing it; nil when the bytes run out or the value overflows.
    @inline(__always)
    static func read(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int, end: Int) -> UInt64? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < end {
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            if shift > 63 { return nil }
        }
        return nil
    }
}
