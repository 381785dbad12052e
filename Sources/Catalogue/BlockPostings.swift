/// A term's postings laid out as tantivy's and Lucene's are (format 8): doc ids and term
/// frequencies in blocks of 128, bit-packed, the last (shorter) block in varints; a skip
/// entry per block when there are several; positions in a stream of their own (the field's
/// `positions.*` section), which only phrases read, and only for the documents that hold
/// every word of the phrase.
///
/// Per term, in the field's postings:
///
///     when the term has more than one block, per block a skip entry of 5 × u32:
///         last doc id, end of its bytes (from the end of the skip entries), end of its
///         positions (from the term's first position byte), its highest frequency, its
///         shortest field length (so that a block's best possible score is known: block-max)
///     per full block (128 documents): u8 D, u8 F, then 128 doc id deltas of D bits and
///         128 (frequency − 1) of F bits, packed from the low bits up (16·D and 16·F bytes)
///     the tail (count % 128 documents): per document varint doc id delta, varint frequency
///
/// A doc id delta is from the previous document of the term (the first one's from 0). The
/// positions: per document in doc id order, `frequency` varint position deltas (the first
/// from 0).
enum BlockPostings {
    static let blockLength = 128
    static let skipEntryLength = 20

    static func blockCount(_ count: Int) -> Int { (count + blockLength - 1) / blockLength }
    /// The bytes of the skip entries of a term in `count` documents.
    static func skipLength(_ count: Int) -> Int { blockCount(count) > 1 ? blockCount(count) * skipEntryLength : 0 }

    /// Appends one term's postings to `out`: `docs` increasing, `frequencies` ≥ 1, and
    /// `positions`, the term's positions as written to the positions stream (each document's
    /// `frequency` varints, in order), whose block boundaries go in the skip entries.
    static func encode(docs: [UInt32], frequencies: [UInt32], positions: UnsafeRawBufferPointer, lengths: [UInt32],
                       into out: inout [UInt8]) {
        let count = docs.count
        let blocks = blockCount(count)
        let full = count / blockLength
        var body: [UInt8] = []
        var skips: [UInt8] = []
        var positionOffset = 0
        var scratch = [UInt32](repeating: 0, count: blockLength)
        for b in 0..<blocks {
            let start = b * blockLength
            let end = min(start + blockLength, count)
            var previous: UInt32 = start == 0 ? 0 : docs[start - 1]
            if b < full {
                var widest: UInt32 = 0
                for i in start..<end {
                    scratch[i - start] = docs[i] - previous
                    previous = docs[i]
                    widest |= scratch[i - start]
                }
                let docBits = bitWidth(widest)
                var freqWidest: UInt32 = 0
                for i in start..<end { freqWidest |= frequencies[i] - 1 }
                let freqBits = bitWidth(freqWidest)
                body.append(UInt8(docBits))
                body.append(UInt8(freqBits))
                pack(scratch, bits: docBits, into: &body)
                for i in start..<end { scratch[i - start] = frequencies[i] - 1 }
                pack(scratch, bits: freqBits, into: &body)
            } else {
                for i in start..<end {
                    Varint.append(UInt64(docs[i] - previous), to: &body)
                    previous = docs[i]
                    Varint.append(UInt64(frequencies[i]), to: &body)
                }
            }
            var occurrences = 0
            var maxFrequency: UInt32 = 0
            var minLength = UInt32.max
            for i in start..<end {
                occurrences += Int(frequencies[i])
                maxFrequency = max(maxFrequency, frequencies[i])
                minLength = min(minLength, Int(docs[i]) < lengths.count ? lengths[Int(docs[i])] : 0)
            }
            let skipped = Postings.skipVarints(positions, &positionOffset, count: occurrences, end: positions.count)
            precondition(skipped, "positions shorter than the frequencies")
            if blocks > 1 {
                for value in [docs[end - 1], UInt32(body.count), UInt32(positionOffset), maxFrequency, minLength] {
                    for shift in stride(from: 0, to: 32, by: 8) { skips.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
                }
            }
        }
        precondition(positionOffset == positions.count, "positions longer than the frequencies")
        out.append(contentsOf: skips)
        out.append(contentsOf: body)
    }

    @inline(__always)
    static func bitWidth(_ value: UInt32) -> Int { 32 - value.leadingZeroBitCount }

    /// 128 values of `bits` bits each, low bits first: exactly 16 × `bits` bytes.
    static func pack(_ values: [UInt32], bits: Int, into out: inout [UInt8]) {
        guard bits > 0 else { return }
        var accumulator: UInt64 = 0
        var filled = 0
        for value in values {
            accumulator |= UInt64(value) << UInt64(filled)
            filled += bits
            while filled >= 8 {
                out.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator >>= 8
                filled -= 8
            }
        }
    }

    /// The 128 values `pack` wrote at `offset` (whose 16 × `bits` bytes the caller checked
    /// lie in `buffer`), read 32 bits at a time.
    @inline(__always)
    static func unpack(_ buffer: UnsafeRawBufferPointer, at offset: Int, bits: Int, into out: UnsafeMutablePointer<UInt32>) {
        guard bits > 0 else {
            out.update(repeating: 0, count: blockLength)
            return
        }
        let mask: UInt64 = (1 << UInt64(bits)) - 1
        var accumulator: UInt64 = 0
        var held = 0
        var at = offset
        for i in 0..<blockLength {
            if held < bits {
                accumulator |= UInt64(UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: at, as: UInt32.self))) << UInt64(held)
                at += 4
                held += 32
            }
            out[i] = UInt32(truncatingIfNeeded: accumulator & mask)
            accumulator >>= UInt64(bits)
            held -= bits
        }
    }

    /// Checks that a term's postings and positions decode exactly (`preuve verify`): the skip
    /// entries agree with their blocks, doc ids increase and stay below `documentCount`,
    /// frequencies are at least 1, lengths are those of the field, every byte is used.
    static func verify(_ data: UnsafeRawBufferPointer, positions: UnsafeRawBufferPointer, count: Int, documentCount: Int,
                       length: (Int) -> Int) -> String? {
        let blocks = blockCount(count)
        let skip = skipLength(count)
        guard skip <= data.count else { return "its \(blocks) skip entries do not fit in \(data.count) bytes" }
        var cursor = BlockCursor(data, count: count, documentCount: documentCount)
        var previous = -1
        var seen = 0
        var positionOffset = 0
        var block = -1
        var occurrences = 0
        var maxFrequency = 0
        var minLength = Int.max
        func closeBlock() -> String? {
            guard block >= 0 else { return nil }
            guard Postings.skipVarints(positions, &positionOffset, count: occurrences, end: positions.count) else {
                return "block \(block) has fewer positions than its frequencies"
            }
            if blocks > 1 {
                let entry = cursor.skipEntry(block)
                guard entry.lastDoc == previous, entry.positionsEnd == positionOffset, entry.maxFrequency == maxFrequency,
                      entry.minLength == minLength else { return "the skip entry of block \(block) differs from the block" }
            }
            occurrences = 0
            maxFrequency = 0
            minLength = Int.max
            return nil
        }
        while cursor.next() {
            if cursor.block != block {
                if let problem = closeBlock() { return problem }
                block = cursor.block
            }
            guard cursor.doc > previous else { return "posting \(seen) names document \(cursor.doc) after \(previous)" }
            guard cursor.frequency > 0 else { return "posting \(seen) has frequency 0" }
            previous = cursor.doc
            occurrences += cursor.frequency
            maxFrequency = max(maxFrequency, cursor.frequency)
            minLength = min(minLength, length(cursor.doc))
            seen += 1
        }
        if let problem = cursor.problem { return problem }
        guard seen == count else { return "\(seen) postings for document frequency \(count)" }
        if let problem = closeBlock() { return problem }
        guard cursor.consumedAll else { return "bytes after the last posting" }
        guard positionOffset == positions.count else { return "\(positions.count - positionOffset) bytes after the last position" }
        return nil
    }
}

/// One term's postings read in place, a block at a time: the current document and
/// frequency; `advance(to:)` passes over whole blocks by their skip entries without
/// decoding them. Stops (as at the end) at the first inconsistent byte, and says why in
/// `problem`; readers take the postings' checksums as proof, `preuve verify` reports.
struct BlockCursor {
    private let data: UnsafeRawBufferPointer
    private let count: Int
    private let documentCount: Int
    private let blocks: Int
    private let fullBlocks: Int
    /// Where the blocks start (after the skip entries).
    private let body: Int
    private var docs: [UInt32]
    private var frequencies: [UInt32]
    /// The current block, its documents, and the current one's index in it.
    private(set) var block = -1
    private var inBlock = 0
    private(set) var indexInBlock = 0
    private var bodyEnd = 0
    private var ended = false
    private(set) var doc = -1
    private(set) var frequency = 0
    private(set) var problem: String?

    init(_ data: UnsafeRawBufferPointer, count: Int, documentCount: Int) {
        self.data = data
        self.count = count
        self.documentCount = documentCount
        blocks = BlockPostings.blockCount(count)
        fullBlocks = count / BlockPostings.blockLength
        body = BlockPostings.skipLength(count)
        docs = [UInt32](repeating: 0, count: BlockPostings.blockLength)
        frequencies = [UInt32](repeating: 0, count: BlockPostings.blockLength)
        if body > data.count { fail("its skip entries do not fit") }
    }

    struct SkipEntry {
        var lastDoc: Int
        var end: Int
        var positionsEnd: Int
        var maxFrequency: Int
        var minLength: Int
    }

    /// Block `b`'s skip entry (there are entries only when there are several blocks).
    func skipEntry(_ b: Int) -> SkipEntry {
        let at = b * BlockPostings.skipEntryLength
        func u32(_ k: Int) -> Int { Int(UInt32(littleEndian: data.loadUnaligned(fromByteOffset: at + 4 * k, as: UInt32.self))) }
        return SkipEntry(lastDoc: u32(0), end: u32(1), positionsEnd: u32(2), maxFrequency: u32(3), minLength: u32(4))
    }

    @inline(__always)
    private func lastDoc(ofBlock b: Int) -> Int {
        Int(UInt32(littleEndian: data.loadUnaligned(fromByteOffset: b * BlockPostings.skipEntryLength, as: UInt32.self)))
    }

    /// Where block `b`'s positions start and end, relative to the term's first position byte
    /// (`nil` as the end: the term's last byte).
    func positionsRange(ofBlock b: Int) -> (start: Int, end: Int?) {
        guard blocks > 1 else { return (0, nil) }
        return (b == 0 ? 0 : skipEntry(b - 1).positionsEnd, skipEntry(b).positionsEnd)
    }

    /// Whether the last block ended exactly at the end of the bytes.
    var consumedAll: Bool { block == blocks - 1 && bodyEnd == data.count }

    private mutating func fail(_ why: String) {
        if problem == nil { problem = why }
        ended = true
        doc = Int.max
    }

    /// Decodes block `b`.
    private mutating func load(_ b: Int) -> Bool {
        guard !ended, b < blocks else { ended = true; doc = Int.max; return false }
        var start = body, end = data.count, previous = 0
        if blocks > 1 {
            if b > 0 {
                let before = skipEntry(b - 1)
                start = body + before.end
                previous = before.lastDoc
            }
            end = body + skipEntry(b).end
            guard start <= end, end <= data.count else { fail("block \(b) lies outside the postings"); return false }
        }
        block = b
        indexInBlock = 0
        bodyEnd = end
        if b < fullBlocks {
            let n = BlockPostings.blockLength
            guard end - start >= 2 else { fail("block \(b) is cut short"); return false }
            let docBits = Int(data[start]), freqBits = Int(data[start + 1])
            guard docBits <= 32, freqBits <= 32, end - start == 2 + 16 * (docBits + freqBits) else {
                fail("block \(b) has widths \(docBits), \(freqBits) in \(end - start) bytes"); return false
            }
            docs.withUnsafeMutableBufferPointer { BlockPostings.unpack(data, at: start + 2, bits: docBits, into: $0.baseAddress!) }
            frequencies.withUnsafeMutableBufferPointer {
                BlockPostings.unpack(data, at: start + 2 + 16 * docBits, bits: freqBits, into: $0.baseAddress!)
            }
            // Prefix sums; the first delta may be 0 in the first block only.
            var d = UInt64(previous)
            for i in 0..<n {
                d &+= UInt64(docs[i])
                docs[i] = UInt32(truncatingIfNeeded: d)
                frequencies[i] &+= 1
            }
            guard d < UInt64(documentCount), d <= UInt64(UInt32.max) else { fail("block \(b) names document \(d) of \(documentCount)"); return false }
            inBlock = n
        } else {
            let n = count - b * BlockPostings.blockLength
            var o = start
            var d = UInt64(previous)
            for i in 0..<n {
                guard let delta = Varint.read(data, &o, end: end), let freq = Varint.read(data, &o, end: end) else {
                    fail("block \(b) is cut short"); return false
                }
                d &+= delta
                guard d < UInt64(documentCount), freq <= UInt64(UInt32.max) else { fail("block \(b) names document \(d) of \(documentCount)"); return false }
                docs[i] = UInt32(d)
                frequencies[i] = UInt32(freq)
            }
            guard o == end else { fail("bytes after block \(b)"); return false }
            inBlock = n
        }
        guard b == 0 || Int(docs[0]) > previous else { fail("block \(b) starts at document \(docs[0]), not after \(previous)"); return false }
        doc = Int(docs[0])
        frequency = Int(frequencies[0])
        return true
    }

    /// Moves to the next document; false at the end.
    @inline(__always)
    mutating func next() -> Bool {
        if ended { return false }
        if block >= 0, indexInBlock + 1 < inBlock {
            indexInBlock += 1
            let d = Int(docs[indexInBlock])
            guard d > doc else { fail("document \(d) after \(doc)"); return false }
            doc = d
            frequency = Int(frequencies[indexInBlock])
            return true
        }
        return load(block + 1)
    }

    /// Moves to the first document of the next block for which `wanted(first, last)` holds
    /// (`first`: the smallest doc id the block can hold, `last`: its last), passing over the
    /// others by their skip entries without decoding them; false at the end.
    mutating func nextBlock(where wanted: (Int, Int) -> Bool) -> Bool {
        if ended { return false }
        var b = block + 1
        if blocks > 1 {
            while b < blocks, !wanted(b == 0 ? 0 : lastDoc(ofBlock: b - 1) + 1, lastDoc(ofBlock: b)) { b += 1 }
        }
        return load(b)
    }

    /// Documents of the current block after the current one.
    var leftInBlock: Int { inBlock - 1 - indexInBlock }

    /// Moves to the first document at or after `target`; false when there is none. Blocks
    /// whose last document is before `target` are passed over by their skip entries.
    mutating func advance(to target: Int) -> Bool {
        if ended { return false }
        if block >= 0, doc >= target { return true }
        if blocks > 1, block < 0 || Int(docs[inBlock - 1]) < target {
            // The first block after the current one whose last document reaches the target.
            var low = block + 1, high = blocks - 1
            guard low <= high, lastDoc(ofBlock: high) >= target else { ended = true; doc = Int.max; return false }
            while low < high {
                let mid = (low + high) / 2
                if lastDoc(ofBlock: mid) >= target { high = mid } else { low = mid + 1 }
            }
            guard load(low) else { return false }
        } else if block < 0 {
            guard load(0) else { return false }
        }
        while doc < target { guard next() else { return false } }
        return true
    }

    /// The sum of the frequencies of the current block's documents `from..<to` (whose
    /// positions come before the document `to`'s in the block's positions).
    func occurrences(from: Int, to: Int) -> Int {
        var sum = 0
        for i in from..<to { sum += Int(frequencies[i]) }
        return sum
    }
}

/// The positions of one term in one segment's field, read from the `positions.*` section
/// where they lie: each block's bytes are checked against the section's CRCs when the first
/// document of that block asks for its positions.
struct TermPositions {
    let section: CheckedSection
    /// The term's positions within the section.
    let range: Range<Int>
    /// The whole section's bytes (checked block by block before use).
    let all: UnsafeRawBufferPointer
    private var checkedBlock = -1
    private var checkedEnd = 0
    /// Where the next position of the current block's documents is read, and the index in
    /// the block of the document it belongs to.
    private var cursorBlock = -1
    private var cursorIndex = 0
    private var cursorOffset = 0

    init(section: CheckedSection, range: Range<Int>, all: UnsafeRawBufferPointer) {
        self.section = section
        self.range = range
        self.all = all
    }

    /// The current document's positions, increasing. The cursor is passed `inout` though only
    /// read: an element of an array of cursors is then accessed in place, not copied (a
    /// copy retains its two arrays, which showed in profiles).
    mutating func positions(of cursor: inout BlockCursor, into out: inout [UInt32]) throws {
        out.removeAll(keepingCapacity: true)
        let b = cursor.block
        if b != checkedBlock {
            let (start, end) = cursor.positionsRange(ofBlock: b)
            let upper = range.lowerBound + (end ?? range.count)
            guard start <= (end ?? range.count), upper <= range.upperBound else {
                throw section.corrupt("block \(b) of a term has positions outside the term's")
            }
            _ = try section.bytes(range.lowerBound + start..<upper)
            checkedBlock = b
            checkedEnd = upper
            cursorBlock = b
            cursorIndex = 0
            cursorOffset = range.lowerBound + start
        }
        let index = cursor.indexInBlock
        if cursorBlock != b || index < cursorIndex {
            cursorBlock = b
            cursorIndex = 0
            cursorOffset = range.lowerBound + cursor.positionsRange(ofBlock: b).start
        }
        if index > cursorIndex {
            let skipped = cursor.occurrences(from: cursorIndex, to: index)
            guard Postings.skipVarints(all, &cursorOffset, count: skipped, end: checkedEnd) else {
                throw section.corrupt("a block of a term has fewer positions than its frequencies")
            }
            cursorIndex = index
        }
        var position: UInt32 = 0
        guard cursor.frequency <= checkedEnd - cursorOffset else {
            throw section.corrupt("a document of a term has more positions than the term")
        }
        for _ in 0..<cursor.frequency {
            guard let step = Varint.read(all, &cursorOffset, end: checkedEnd) else {
                throw section.corrupt("a block of a term has fewer positions than its frequencies")
            }
            position &+= UInt32(truncatingIfNeeded: step)
            out.append(position)
        }
        cursorIndex = index + 1
    }
}
