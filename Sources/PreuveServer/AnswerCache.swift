import Foundation

/// Encoded answers of a loaded catalogue, by what was asked: the catalogue does not change
/// while it is loaded (a new snapshot comes with a new cache), so the same verdict need not be
/// computed and encoded again for the next reader. Least recently used answers go first past
/// `budget` bytes; an answer larger than a quarter of the budget is not kept.
final class AnswerCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (data: Data, tick: UInt64)] = [:]
    private var bytes = 0
    private var tick: UInt64 = 0
    let budget: Int

    init(budget: Int = 64 << 20) { self.budget = budget }

    func value(_ key: String, orMake make: () throws -> Data) rethrows -> Data {
        if let hit = lock.withLock({ () -> Data? in
            guard let entry = entries[key] else { return nil }
            tick += 1
            entries[key]?.tick = tick
            return entry.data
        }) {
            return hit
        }
        let data = try make()
        guard data.count <= budget / 4 else { return data }
        lock.withLock {
            tick += 1
            if let old = entries[key] { bytes -= old.data.count }
            entries[key] = (data, tick)
            bytes += data.count
            while bytes > budget, let oldest = entries.min(by: { $0.value.tick < $1.value.tick }) {
                bytes -= oldest.value.data.count
                entries[oldest.key] = nil
            }
        }
        return data
    }
}
