/// The sorted term dictionary of one field: every term's UTF-8 bytes back to back in one
/// buffer, sorted bytewise, with their start offsets. A term's number is its rank, which
/// also indexes the postings. Lookup is a binary search comparing bytes, with no String
/// per term held in memory.
public struct TermDictionary: Sendable {
    let bytes: [UInt8]
    /// `count + 1` offsets into `bytes`; term i is `bytes[starts[i]..<starts[i+1]]`.
    let starts: [UInt32]

    public var count: Int { starts.count - 1 }

    init(bytes: [UInt8], starts: [UInt32]) {
        self.bytes = bytes
        self.starts = starts
    }

    /// Builds from terms already sorted bytewise and unique.
    init(sortedTerms: [String]) {
        var bytes: [UInt8] = []
        var starts: [UInt32] = [0]
        starts.reserveCapacity(sortedTerms.count + 1)
        for term in sortedTerms {
            bytes.append(contentsOf: term.utf8)
            starts.append(UInt32(bytes.count))
        }
        self.init(bytes: bytes, starts: starts)
    }

    public func term(_ id: Int) -> String {
        String(decoding: bytes[Int(starts[id])..<Int(starts[id + 1])], as: UTF8.self)
    }

    /// The term's number, or nil when the field never contains it.
    public func lookup(_ term: String) -> Int? {
        var term = term
        return term.withUTF8 { key in
            bytes.withUnsafeBufferPointer { all in
                var low = 0, high = count - 1
                while low <= high {
                    let mid = (low + high) / 2
                    let start = Int(starts[mid]), end = Int(starts[mid + 1])
                    let order = Self.compare(UnsafeBufferPointer(rebasing: all[start..<end]), key)
                    if order == 0 { return mid }
                    if order < 0 { low = mid + 1 } else { high = mid - 1 }
                }
                return nil
            }
        }
    }

    /// Bytewise order, as the dictionary is sorted.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(a.count, b.count)
        for i in 0..<n where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        return a.count - b.count
    }

    static func bytewiseLess(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    func write(to w: inout ByteWriter) {
        w.varint(count)
        var previous: UInt32 = 0
        for start in starts.dropFirst() {
            w.varint(UInt64(start - previous))
            previous = start
        }
        w.raw(bytes)
    }

    static func read(_ r: inout ByteReader) throws -> TermDictionary {
        let count = try r.int()
        var starts: [UInt32] = [0]
        starts.reserveCapacity(count + 1)
        var total: UInt64 = 0
        for _ in 0..<count {
            total += try r.varint()
            guard total <= UInt64(UInt32.max) else { throw SnapshotError.malformed(section: r.section, detail: "term offsets overflow") }
            starts.append(UInt32(total))
        }
        let bytes = Array(try r.rawBytes(Int(total)))
        let dictionary = TermDictionary(bytes: bytes, starts: starts)
        // The binary search relies on the order: check it once at load.
        try bytes.withUnsafeBufferPointer { all in
            for i in 1..<max(1, count) {
                let a = UnsafeBufferPointer(rebasing: all[Int(starts[i - 1])..<Int(starts[i])])
                let b = UnsafeBufferPointer(rebasing: all[Int(starts[i])..<Int(starts[i + 1])])
                if compare(a, b) >= 0 { throw SnapshotError.malformed(section: r.section, detail: "terms out of order") }
            }
        }
        return dictionary
    }
}
