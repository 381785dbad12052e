import Foundation

/// One section of an opened snapshot: its data, and the table of the CRC32s of its blocks
/// (`SnapshotFormat.blockSize` bytes each). Nothing is checked when the snapshot is opened;
/// the table is checked against the header's CRC when the section is first used, and each
/// block against the table before any byte of it is first read. So a command pays for the
/// bytes it reads, and never reads a byte that no checksum vouched for. `checkAll` checks
/// every block (`preuve verify`, and writers before they build on a snapshot).
final class CheckedSection: @unchecked Sendable {
    let name: String
    let data: FileSlice
    private let table: FileSlice
    private let tableCRC: UInt32
    private let blockSize: Int
    /// The snapshot's path, for errors.
    private let file: String

    private let lock = NSLock()
    private var tableChecked = false
    /// One bit per block, set once its checksum matched.
    private var checkedBlocks: [UInt64]

    init(name: String, data: FileSlice, table: FileSlice, tableCRC: UInt32, blockSize: Int, file: String) {
        self.name = name
        self.data = data
        self.table = table
        self.tableCRC = tableCRC
        self.blockSize = blockSize
        self.file = file
        checkedBlocks = Array(repeating: 0, count: (SnapshotFormat.blockCount(data.count, blockSize: blockSize) + 63) / 64)
    }

    var count: Int { data.count }
    var blockCount: Int { SnapshotFormat.blockCount(data.count, blockSize: blockSize) }

    func corrupt(_ detail: String) -> SnapshotError {
        SnapshotError(file: file, problem: .corrupt("section \(name): \(detail)"))
    }

    /// Checks the blocks that hold `range` (relative to the data) and returns its bytes.
    func bytes(_ range: Range<Int>) throws -> FileSlice {
        guard range.lowerBound >= 0, range.upperBound <= data.count else {
            throw corrupt("bytes \(range.lowerBound)..<\(range.upperBound) lie outside its \(data.count) bytes")
        }
        try check(range)
        return data.slice(range)
    }

    /// The little-endian integers at `offset`, their block checked first.
    func u32(at offset: Int) throws -> UInt32 { try bytes(offset..<offset + 4).u32(at: 0) }
    func u64(at offset: Int) throws -> UInt64 { try bytes(offset..<offset + 8).u64(at: 0) }

    /// An offset read from the section, which must lie within `limit`.
    func offset(at position: Int, within limit: Int) throws -> Int {
        let value = try u64(at: position)
        guard value <= UInt64(limit) else { throw corrupt("offset \(value) at \(position) lies past \(limit)") }
        return Int(value)
    }

    func checkAll() throws { try check(0..<data.count) }

    private func check(_ range: Range<Int>) throws {
        try lock.withLock {
            if !tableChecked {
                guard table.crc32() == tableCRC else {
                    throw SnapshotError(file: file, problem: .corrupt("checksum mismatch in section \(name) (its block table)"))
                }
                tableChecked = true
            }
            guard !range.isEmpty else { return }
            for block in range.lowerBound / blockSize...(range.upperBound - 1) / blockSize
            where checkedBlocks[block / 64] & (1 << UInt64(block % 64)) == 0 {
                let start = block * blockSize
                let actual = data.slice(start..<min(start + blockSize, data.count)).crc32()
                guard actual == table.u32(at: block * 4) else {
                    throw SnapshotError(file: file, problem: .corrupt(
                        "checksum mismatch in section \(name) (block \(block + 1) of \(blockCount))"))
                }
                checkedBlocks[block / 64] |= 1 << UInt64(block % 64)
            }
        }
    }
}

/// A value decoded from a snapshot on first use and kept: the first caller decodes it
/// (or gets its error, which is not kept: a later call tries again), the others wait.
final class DecodedOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    /// The value if decoded already.
    var current: Value? { lock.withLock { value } }

    func get(_ decode: () throws -> Value) throws -> Value {
        try lock.withLock {
            if let value { return value }
            let decoded = try decode()
            value = decoded
            return decoded
        }
    }
}
