/// The sorted terms of one field as an index build holds them: every term's UTF-8 bytes
/// back to back, sorted bytewise, with their start offsets. A term's number is its rank,
/// which also indexes the postings.
struct SortedTerms: Sendable {
    let bytes: [UInt8]
    /// `count + 1` offsets into `bytes`; term i is `bytes[starts[i]..<starts[i+1]]`.
    let starts: [Int]

    var count: Int { starts.count - 1 }

    /// Builds from terms already sorted bytewise and unique.
    init(sortedTerms: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(sortedTerms.count + 1)
        for term in sortedTerms {
            bytes.append(contentsOf: term.utf8)
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    func term(_ id: Int) -> String {
        String(decoding: bytes[starts[id]..<starts[id + 1]], as: UTF8.self)
    }

    func lookup(_ term: String) -> Int? {
        var term = term
        return term.withUTF8 { key in
            bytes.withUnsafeBytes { all in
                var low = 0, high = count - 1
                while low <= high {
                    let mid = (low + high) / 2
                    let order = TermDictionary.compare(UnsafeRawBufferPointer(rebasing: all[starts[mid]..<starts[mid + 1]]),
                                                       UnsafeRawBufferPointer(key))
                    if order == 0 { return mid }
                    if order < 0 { low = mid + 1 } else { high = mid - 1 }
                }
                return nil
            }
        }
    }

    static func bytewiseLess(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

/// The sorted term dictionary of one field, read in place from the snapshot: `count + 1`
/// `u64` offsets, then the terms' UTF-8 back to back, sorted bytewise. Lookup is a binary
/// search comparing bytes where they lie; only the blocks it probes are checked and read.
public struct TermDictionary: Sendable {
    let section: CheckedSection
    public let count: Int
    /// Where the offset table and the term bytes start in the section.
    let offsetsStart: Int
    let bytesStart: Int
    let bytesLength: Int

    /// Term `id`'s bytes, relative to the section.
    func range(of id: Int) throws -> Range<Int> {
        let start = try section.offset(at: offsetsStart + 8 * id, within: bytesLength)
        let end = try section.offset(at: offsetsStart + 8 * (id + 1), within: bytesLength)
        guard start <= end else { throw section.corrupt("term \(id) has offsets \(start)..<\(end)") }
        return bytesStart + start..<bytesStart + end
    }

    public func term(_ id: Int) throws -> String {
        try section.bytes(try range(of: id)).withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// The term's number, or nil when the field never contains it.
    public func lookup(_ term: String) throws -> Int? {
        var key = Array(term.utf8)
        return try key.withUnsafeMutableBytes { keyBytes in
            let key = UnsafeRawBufferPointer(keyBytes)
            var low = 0, high = count - 1
            while low <= high {
                let mid = (low + high) / 2
                let order = try section.bytes(try range(of: mid)).withUnsafeBytes { Self.compare($0, key) }
                if order == 0 { return mid }
                if order < 0 { low = mid + 1 } else { high = mid - 1 }
            }
            return nil
        }
    }

    /// Bytewise order, as the dictionary is sorted.
    static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let n = min(a.count, b.count)
        for i in 0..<n where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        return a.count - b.count
    }

    /// Every term in strictly increasing order (`preuve verify`: the binary search relies on it).
    func verifyOrder() throws {
        guard count > 1 else { return }
        var previous = try section.bytes(try range(of: 0))
        for i in 1..<count {
            let current = try section.bytes(try range(of: i))
            let order = previous.withUnsafeBytes { a in current.withUnsafeBytes { b in Self.compare(a, b) } }
            guard order < 0 else { throw section.corrupt("terms out of order at term \(i)") }
            previous = current
        }
    }
}
