import Foundation
import Testing
import TestSupport
@testable import Catalogue

/// Postings in blocks of 128 (`BlockPostings`): what is written reads back, document by
/// document and by skipping; positions come from their own stream; `verify` finds skip
/// entries that disagree with their blocks; damage the checksums vouch for never traps.
/// Lists are random (the seed is printed; replay with PREUVE_TEST_SEED=N), with lengths
/// around the block boundaries.
@Suite struct BlockPostingsTests {
    struct List {
        var docs: [UInt32] = []
        var frequencies: [UInt32] = []
        var positions: [[UInt32]] = []
        var documentCount = 0
        var lengths: [UInt32] = []

        /// The positions as the positions stream holds them.
        var positionBytes: [UInt8] {
            var out: [UInt8] = []
            for ps in positions {
                var last: UInt32 = 0
                for p in ps {
                    Varint.append(UInt64(p - last), to: &out)
                    last = p
                }
            }
            return out
        }

        func encoded() -> [UInt8] {
            var out: [UInt8] = []
            positionBytes.withUnsafeBytes {
                BlockPostings.encode(docs: docs, frequencies: frequencies, positions: $0, lengths: lengths, into: &out)
            }
            return out
        }
    }

    /// `count` documents among about `count × spread` (some gaps wide, so that some blocks
    /// need many bits), frequencies mostly small.
    static func list(_ rng: inout TestRandom, count: Int) -> List {
        var list = List()
        var doc: UInt32 = rng.next() % 3 == 0 ? 0 : UInt32(rng.next() % 50)
        for i in 0..<count {
            if i > 0 { doc += rng.next() % 20 == 0 ? UInt32(1 + rng.next() % 5_000) : UInt32(1 + rng.next() % 4) }
            list.docs.append(doc)
            let frequency = rng.next() % 10 == 0 ? UInt32(1 + rng.next() % 300) : UInt32(1 + rng.next() % 3)
            list.frequencies.append(frequency)
            var position: UInt32 = 0
            list.positions.append((0..<frequency).map { _ in
                position += UInt32(rng.next() % 5 == 0 ? 1 + rng.next() % 20_000 : 1 + rng.next() % 8)
                return position
            })
        }
        list.documentCount = Int(doc) + 1 + Int(rng.next() % 10)
        list.lengths = (0..<list.documentCount).map { _ in UInt32(rng.next() % 500) }
        return list
    }

    static let counts = [1, 2, 127, 128, 129, 255, 256, 257, 1000]

    /// A section holding `bytes`, with block checksums over 64 bytes (so a term's positions
    /// span many checked blocks).
    static func section(_ bytes: [UInt8], name: String = "positions.text") -> CheckedSection {
        var w = ByteWriter()
        w.raw(bytes)
        let crc = w.appendBlockTable(blockSize: 64)
        let all = FileSlice(w.bytes)
        return CheckedSection(name: name, data: all.slice(0..<bytes.count), table: all.slice(bytes.count..<all.count),
                              tableCRC: crc, blockSize: 64, file: "x")
    }

    @Test func everyDocumentFrequencyAndPositionReadsBack() throws {
        var rng = TestRandom("block postings, read back")
        for count in Self.counts {
            let list = Self.list(&rng, count: count)
            let data = list.encoded(), positionBytes = list.positionBytes
            let positions = Self.section(positionBytes)
            try data.withUnsafeBytes { buffer in
                try positions.data.withUnsafeBytes { all in
                    var cursor = BlockCursor(buffer, count: count, documentCount: list.documentCount)
                    var reader = TermPositions(section: positions, range: 0..<positionBytes.count, all: all)
                    var got: [UInt32] = []
                    var i = 0
                    while cursor.next() {
                        #expect(cursor.doc == Int(list.docs[i]) && cursor.frequency == Int(list.frequencies[i]),
                                "count \(count), posting \(i) (seed \(rng.seed))")
                        // Every other document's positions, so that some are passed over.
                        if i % 2 == 0 {
                            try reader.positions(of: &cursor, into: &got)
                            #expect(got == list.positions[i], "count \(count), posting \(i) (seed \(rng.seed))")
                        }
                        i += 1
                    }
                    #expect(i == count && cursor.problem == nil, "count \(count) (seed \(rng.seed))")
                    #expect(BlockPostings.verify(buffer, positions: all, count: count, documentCount: list.documentCount,
                                                 length: { Int(list.lengths[$0]) }) == nil, "count \(count) (seed \(rng.seed))")
                }
            }
        }
    }

    /// `advance(to:)` lands where a walk one document at a time does, passing over blocks
    /// by their skip entries; a target past the last document ends the list.
    @Test func advancingToATargetAgreesWithAWalk() throws {
        var rng = TestRandom("block postings, advance")
        for count in Self.counts {
            let list = Self.list(&rng, count: count)
            let data = list.encoded()
            data.withUnsafeBytes { buffer in
                for _ in 0..<20 {
                    var cursor = BlockCursor(buffer, count: count, documentCount: list.documentCount)
                    var target = 0
                    while true {
                        target += Int(rng.next() % UInt64(max(2, list.documentCount / 8)))
                        let want = list.docs.firstIndex { Int($0) >= target }
                        let found = cursor.advance(to: target)
                        #expect(found == (want != nil), "count \(count), target \(target) (seed \(rng.seed))")
                        guard found, let want else { break }
                        #expect(cursor.doc == Int(list.docs[want]) && cursor.frequency == Int(list.frequencies[want]),
                                "count \(count), target \(target) (seed \(rng.seed))")
                    }
                    let ended = !cursor.advance(to: list.documentCount)
                    #expect(ended, "past the end")
                }
            }
        }
    }

    /// A skip entry that disagrees with its block (its last doc, highest frequency or
    /// shortest length) is found by `verify`.
    @Test func verifyFindsASkipEntryThatDisagreesWithItsBlock() throws {
        var rng = TestRandom("block postings, skip entries")
        let list = Self.list(&rng, count: 300)
        let good = list.encoded(), positionBytes = list.positionBytes
        for field in [0, 3, 4] {
            var bad = good
            // Block 1's entry: field `field` (last doc, ..., max frequency, min length), low byte.
            bad[BlockPostings.skipEntryLength + 4 * field] ^= 0x01
            let problem = bad.withUnsafeBytes { buffer in
                positionBytes.withUnsafeBytes {
                    BlockPostings.verify(buffer, positions: $0, count: 300, documentCount: list.documentCount, length: { Int(list.lengths[$0]) })
                }
            }
            #expect(problem != nil, "skip entry field \(field) (seed \(rng.seed))")
        }
    }

    /// Bytes changed anywhere in a term's postings (as damage that its checksums vouch for
    /// would be): a walk and any advance end or stop at the damage, and nothing traps.
    @Test func damagedPostingsNeverTrap() throws {
        var rng = TestRandom("block postings, damage")
        for round in 0..<200 {
            let count = Self.counts[round % Self.counts.count]
            let list = Self.list(&rng, count: count)
            var data = list.encoded()
            for _ in 0..<(1 + rng.next() % 3) {
                data[Int(rng.next() % UInt64(data.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
            data.withUnsafeBytes { buffer in
                var cursor = BlockCursor(buffer, count: count, documentCount: list.documentCount)
                var walked = 0
                while cursor.next() { walked += 1 }
                #expect(walked <= count)
                var skipping = BlockCursor(buffer, count: count, documentCount: list.documentCount)
                var target = 0
                let step = UInt64(max(1, list.documentCount / 64))
                while skipping.advance(to: target), skipping.doc < list.documentCount { target = skipping.doc + 1 + Int(rng.next() % step) }
            }
        }
    }

    /// `DocumentBitmap.containsAny` (whether a block may hold a candidate) against a scan of
    /// the range, ranges within a word, across words, and past the end.
    @Test func aBitmapTellsWhetherARangeHoldsAMember() throws {
        var rng = TestRandom("document bitmap ranges")
        for _ in 0..<50 {
            let count = 1 + Int(rng.next() % 1000)
            let bitmap = DocumentBitmap(count: count)
            var members = Set<Int>()
            for _ in 0..<Int(rng.next() % 6) {
                let doc = Int(rng.next() % UInt64(count))
                bitmap.insert(doc)
                members.insert(doc)
            }
            for _ in 0..<200 {
                let first = Int(rng.next() % UInt64(count))
                let last = first + Int(rng.next() % 300)
                #expect(bitmap.containsAny(first, last) == members.contains { $0 >= first && $0 <= last },
                        "\(first)...\(last) of \(count), members \(members.sorted()) (seed \(rng.seed))")
            }
        }
    }
}
