import Foundation

/// Where a snapshot lives. The catalogue reads and writes through this, so that tests can
/// put a snapshot in memory or make a write fail half way.
public protocol SnapshotStore: Sendable {
    /// The snapshot's path for messages (`Index/catalogue.preuve`).
    var location: String { get }
    /// The snapshot's bytes, or nil when there is none yet.
    func read() throws -> [UInt8]?
    /// Replaces the snapshot atomically: afterwards a reader sees either the old bytes or the new, never a mix.
    func write(_ bytes: [UInt8]) throws
    /// Runs `body` while holding the writers' lock; `waiting` is told when another writer holds it.
    func withWriterLock<T>(waiting: (String) -> Void, _ body: () throws -> T) throws -> T
}

/// An I/O failure of the store, with the path and the system's reason.
public struct SnapshotStoreError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

/// A snapshot in memory, for tests; `failAfterBytes` makes the next write stop half way
/// (as a full disk or a crash would) and leave the previous snapshot in place.
public final class MemorySnapshotStore: SnapshotStore, @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8]?
    private var failAfter: Int?
    public let location = "memory/catalogue.preuve"

    public init(bytes: [UInt8]? = nil) { self.bytes = bytes }

    public var current: [UInt8]? {
        get { lock.withLock { bytes } }
        set { lock.withLock { bytes = newValue } }
    }

    /// The next write fails after this many bytes.
    public func failNextWrite(afterBytes n: Int) { lock.withLock { failAfter = n } }

    public func read() throws -> [UInt8]? { current }

    public func write(_ new: [UInt8]) throws {
        try lock.withLock {
            if let n = failAfter {
                failAfter = nil
                // As on disk, the half-written bytes never replace the snapshot: it stays as it was.
                throw SnapshotStoreError(path: location, reason: "write failed after \(n) bytes (injected)")
            }
            bytes = new
        }
    }

    public func withWriterLock<T>(waiting: (String) -> Void, _ body: () throws -> T) throws -> T {
        try body()
    }
}
