import Catalogue

/// Rewrites a mutated snapshot's length field and checksums so that it gets past them to the
/// section decoders: a fuzzer almost never guesses a CRC32, and what lies behind the
/// checksums (manifest, postings, claims) must also fail by name, not trap. Layout in
/// Index/FORMAT.md (format 6: each section's blocks have their CRCs in a table after its
/// data, the table's CRC is in the header). Nil when the input is too broken to find the fields.
public enum SnapshotSealing {
    public static func seal(_ input: [UInt8]) -> [UInt8]? {
        var bytes = input
        let magic = Array("PREUVEIX".utf8)
        guard bytes.count >= 20, Array(bytes[0..<8]) == magic else { return nil }
        let headerEnd = 16 + Int(u32(bytes, at: 12))
        guard headerEnd + 4 <= bytes.count else { return nil }
        var p = 16
        // Format name, analyzer, claim rules, build time, the roots (path and label each),
        // four counts, then the total length, the block size and the section table.
        guard skipString(bytes, &p, headerEnd), skipString(bytes, &p, headerEnd), skipString(bytes, &p, headerEnd),
              skip(8, &p, headerEnd), let roots = varint(bytes, &p, headerEnd) else { return nil }
        for _ in 0..<min(roots, 1024) {
            guard skipString(bytes, &p, headerEnd), skipString(bytes, &p, headerEnd) else { return nil }
        }
        for _ in 0..<4 { guard varint(bytes, &p, headerEnd) != nil else { return nil } }
        guard p + 12 <= headerEnd else { return nil }
        put64(&bytes, UInt64(bytes.count), at: p)
        let blockSize = Int(u32(bytes, at: p + 8))
        p += 12
        guard blockSize > 0, let count = varint(bytes, &p, headerEnd) else { return nil }
        for _ in 0..<min(count, 64) {
            guard skipString(bytes, &p, headerEnd), p + 20 <= headerEnd else { return nil }
            let offset = u64(bytes, at: p), length = u64(bytes, at: p + 8)
            let blocks = length / UInt64(blockSize) + (length % UInt64(blockSize) == 0 ? 0 : 1)
            if offset <= UInt64(bytes.count), length <= UInt64(bytes.count) - offset,
               blocks * 4 <= UInt64(bytes.count) - offset - length {
                let data = Int(offset), table = Int(offset + length)
                for block in 0..<Int(blocks) {
                    let start = data + block * blockSize, end = min(start + blockSize, table)
                    put32(&bytes, CRC32.checksum(Array(bytes[start..<end])), at: table + 4 * block)
                }
                put32(&bytes, CRC32.checksum(Array(bytes[table..<table + 4 * Int(blocks)])), at: p + 16)
            }
            p += 20
        }
        put32(&bytes, CRC32.checksum(Array(bytes[0..<headerEnd])), at: headerEnd)
        return bytes
    }

    private static func u32(_ b: [UInt8], at i: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(b[i + $1]) << (8 * $1) }
    }

    private static func u64(_ b: [UInt8], at i: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(b[i + $1]) << (8 * $1) }
    }

    private static func put32(_ b: inout [UInt8], _ v: UInt32, at i: Int) {
        for k in 0..<4 { b[i + k] = UInt8(truncatingIfNeeded: v >> (8 * k)) }
    }

    private static func put64(_ b: inout [UInt8], _ v: UInt64, at i: Int) {
        for k in 0..<8 { b[i + k] = UInt8(truncatingIfNeeded: v >> (8 * k)) }
    }

    private static func varint(_ b: [UInt8], _ p: inout Int, _ end: Int) -> Int? {
        var value = 0, shift = 0
        while p < end, shift < 63 {
            let byte = b[p]
            p += 1
            value |= Int(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }

    private static func skip(_ n: Int, _ p: inout Int, _ end: Int) -> Bool {
        guard n >= 0, p + n <= end else { return false }
        p += n
        return true
    }

    private static func skipString(_ b: [UInt8], _ p: inout Int, _ end: Int) -> Bool {
        guard let length = varint(b, &p, end) else { return false }
        return skip(length, &p, end)
    }
}
