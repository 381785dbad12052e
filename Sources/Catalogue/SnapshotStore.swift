import Foundation

/// Where a snapshot lives. The catalogue reads and writes through this, so that tests can
/// put a snapshot in memory or make a write fail half way.
public protocol SnapshotStore: Sendable {
    /// The snapshot's path for messages (`Index/catalogue.preuve`).
    var location: String { get }
    /// The snapshot opened read-only (mapped from disk, or in memory), or nil when there is none yet.
    func openSnapshot() throws -> FileSlice?
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

/// A snapshot in a `RAMDirectory`, for tests; `failAfterBytes` makes the next write stop
/// half way (as a full disk or a crash would) and leave the previous snapshot in place.
public final class MemorySnapshotStore: SnapshotStore, @unchecked Sendable {
    private let lock = NSLock()
    public let directory = RAMDirectory()
    private var failAfter: Int?
    public var location: String { directory.location + "/" + SnapshotFormat.fileName }

    public init(bytes: [UInt8]? = nil) { directory.setBytes(SnapshotFormat.fileName, bytes) }

    public var current: [UInt8]? {
        get { directory.bytes(SnapshotFormat.fileName) }
        set { directory.setBytes(SnapshotFormat.fileName, newValue) }
    }

    /// The next write fails after this many bytes.
    public func failNextWrite(afterBytes n: Int) { lock.withLock { failAfter = n } }

    public func openSnapshot() throws -> FileSlice? { try directory.openRead(SnapshotFormat.fileName) }

    public func write(_ new: [UInt8]) throws {
        try lock.withLock {
            if let n = failAfter {
                failAfter = nil
                // As on disk, the half-written bytes never replace the snapshot: it stays as it was.
                throw SnapshotStoreError(path: location, reason: "write failed after \(n) bytes (injected)")
            }
            directory.setBytes(SnapshotFormat.fileName, new)
        }
    }

    public func withWriterLock<T>(waiting: (String) -> Void, _ body: () throws -> T) throws -> T {
        try body()
    }
}
