import Foundation

/// A search's per-document accumulators over one segment's doc ids (its score, the query
/// groups it satisfied) and a bitmap of the documents that satisfied the first group, the
/// only ones that can match; reused from segment to segment. The memory comes zeroed from the kernel (`mmap`, transparent huge pages
/// asked for): only the pages a posting writes are ever faulted in, and the final pass
/// reads the candidates only, so a rare word costs little at a million documents where
/// Swift arrays would have been filled (16 MB written) before the first posting.
final class ScoreTable {
    let count: Int
    let scores: UnsafeMutablePointer<Double>
    let satisfied: UnsafeMutablePointer<Int32>
    private let candidates: UnsafeMutablePointer<UInt64>
    private let words: Int
    private let regions: [ZeroedRegion]

    init(count: Int) {
        self.count = count
        words = (count + 63) / 64
        let sizes = [max(1, count) * MemoryLayout<Double>.stride, max(1, count) * MemoryLayout<Int32>.stride,
                     max(1, words) * MemoryLayout<UInt64>.stride]
        regions = sizes.map { ZeroedRegion($0) }
        scores = regions[0].base.bindMemory(to: Double.self, capacity: max(1, count))
        satisfied = regions[1].base.bindMemory(to: Int32.self, capacity: max(1, count))
        candidates = regions[2].base.bindMemory(to: UInt64.self, capacity: max(1, words))
    }

    /// Adds `score` to `doc`'s when it satisfied every group before `group` (0-based), and
    /// counts `group` as satisfied (once).
    @inline(__always)
    func add(_ score: Double, to doc: Int, group: Int32) {
        let s = satisfied[doc]
        guard s >= group else { return }
        if s == group {
            satisfied[doc] = group + 1
            if group == 0 { candidates[doc >> 6] |= 1 << UInt64(doc & 63) }
        }
        scores[doc] += score
    }

    /// Each document that satisfied `groups` groups, in increasing doc id, with its score;
    /// every document touched is zeroed again on the way, so that the table serves the next
    /// segment (only the pages written are touched).
    func drain(groups: Int32, _ body: (Int, Double) throws -> Void) rethrows {
        for w in 0..<words where candidates[w] != 0 {
            var bits = candidates[w]
            candidates[w] = 0
            while bits != 0 {
                let doc = w << 6 | bits.trailingZeroBitCount
                bits &= bits - 1
                let matched = satisfied[doc] == groups
                let score = scores[doc]
                satisfied[doc] = 0
                scores[doc] = 0
                if matched { try body(doc, score) }
            }
        }
    }
}

/// A set of doc ids as a bitmap in kernel-zeroed memory (the documents an excluded word
/// matches).
final class DocumentBitmap {
    private let bits: UnsafeMutablePointer<UInt64>
    private let region: ZeroedRegion

    /// Doc ids are below this.
    let count: Int

    init(count: Int) {
        self.count = count
        let words = max(1, (count + 63) / 64)
        region = ZeroedRegion(words * MemoryLayout<UInt64>.stride)
        bits = region.base.bindMemory(to: UInt64.self, capacity: words)
    }

    @inline(__always) func insert(_ doc: Int) { bits[doc >> 6] |= 1 << UInt64(doc & 63) }
    @inline(__always) func contains(_ doc: Int) -> Bool { bits[doc >> 6] & (1 << UInt64(doc & 63)) != 0 }

    /// Whether any document of `first...last` is in the set.
    func containsAny(_ first: Int, _ last: Int) -> Bool {
        let last = min(last, count - 1)
        guard first >= 0, first <= last else { return false }
        let low = first >> 6, high = last >> 6
        let lowMask = ~UInt64(0) << UInt64(first & 63), highMask = ~UInt64(0) >> UInt64(63 - (last & 63))
        if low == high { return bits[low] & lowMask & highMask != 0 }
        if bits[low] & lowMask != 0 || bits[high] & highMask != 0 { return true }
        var w = low + 1
        while w < high {
            if bits[w] != 0 { return true }
            w += 1
        }
        return false
    }
}

/// Zeroed memory owned by one accumulator: an anonymous mapping when large (the kernel's
/// zero pages until written; huge pages asked for), `calloc` otherwise; freed on deinit.
private final class ZeroedRegion {
    let base: UnsafeMutableRawPointer
    let size: Int
    private let mapped: Bool

    init(_ size: Int) {
        self.size = max(1, size)
        if self.size >= 1 << 20, let base = mmap(nil, self.size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
           base != MAP_FAILED {
            #if os(Linux)
            _ = madvise(base, self.size, MADV_HUGEPAGE)  // fewer page faults; advice only
            #endif
            self.base = base
            mapped = true
        } else {
            guard let memory = calloc(self.size, 1) else { fatalError("out of memory (\(self.size) bytes)") }
            base = memory
            mapped = false
        }
    }

    deinit {
        if mapped { munmap(base, size) } else { free(base) }
    }
}
