/// Lists each sorted by one order, merged into one list in that order: a group's claims, or
/// claim rows, read segment by segment. Elements that tie keep the order of their lists.
enum SortedLists {
    static func merge<Element>(_ lists: [[Element]], by precedes: (Element, Element) -> Bool) -> [Element] {
        if lists.count <= 1 { return lists.first ?? [] }
        var out: [Element] = []
        out.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var heads = [Int](repeating: 0, count: lists.count)
        while true {
            var best: Int?
            for l in lists.indices where heads[l] < lists[l].count {
                if let b = best, !precedes(lists[l][heads[l]], lists[b][heads[b]]) { continue }
                best = l
            }
            guard let b = best else { return out }
            out.append(lists[b][heads[b]])
            heads[b] += 1
        }
    }
}
