/// The first `count` matches in ranking order (score descending, then doc id), without
/// sorting them all: a common word matches most documents and only ten are shown.
enum TopK {
    static func best(_ matches: [(doc: Int, score: Double)], count: Int) -> [(doc: Int, score: Double)] {
        guard count > 0 else { return [] }
        // A long list (a large --limit) is cheaper sorted than inserted into.
        if count > 64 || matches.count <= count * 4 { return Array(matches.sorted(by: before).prefix(count)) }
        // A sorted window of the best so far; most candidates fail the comparison with its last.
        var window: [(doc: Int, score: Double)] = []
        window.reserveCapacity(count + 1)
        for match in matches {
            if window.count == count, !before(match, window[count - 1]) { continue }
            var i = window.count
            while i > 0, before(match, window[i - 1]) { i -= 1 }
            window.insert(match, at: i)
            if window.count > count { window.removeLast() }
        }
        return window
    }

    /// The best `count` so far of documents offered one at a time, best first: a sorted
    /// window that most offers fail to enter at its last place. Gives `best`'s answer.
    struct Window {
        /// Beyond this, sorting all matches once is cheaper than inserting into the window.
        static let longest = 64
        let count: Int
        private(set) var best: [(doc: Int, score: Double)] = []

        init(count: Int) {
            self.count = count
            best.reserveCapacity(count + 1)
        }

        @inline(__always)
        mutating func offer(_ doc: Int, _ score: Double) {
            guard count > 0 else { return }
            let match = (doc: doc, score: score)
            if best.count == count, !before(match, best[count - 1]) { return }
            var i = best.count
            while i > 0, before(match, best[i - 1]) { i -= 1 }
            best.insert(match, at: i)
            if best.count > count { best.removeLast() }
        }
    }

    @inline(__always)
    static func before(_ a: (doc: Int, score: Double), _ b: (doc: Int, score: Double)) -> Bool {
        a.score != b.score ? a.score > b.score : a.doc < b.doc
    }
}
