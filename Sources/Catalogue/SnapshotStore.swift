import Foundation

/// Where an index lives: its meta file (`catalogue.preuve`) and its segment files. The
/// catalogue reads and writes through this, so that tests can put an index in memory or
/// make a write fail half way.
public protocol SnapshotStore: Sendable {
    /// The meta file's path for messages (`Index/catalogue.preuve`).
    var location: String { get }
    /// The meta file opened read-only (mapped from disk, or in memory), or nil when there is none yet.
    func openSnapshot() throws -> FileSlice?
    /// Replaces the meta file atomically: afterwards a reader sees either the old bytes or the new, never a mix.
    func write(_ bytes: [UInt8]) throws
    /// Another file of the index (a segment) opened read-only, or nil when there is none.
    func openFile(_ name: String) throws -> FileSlice?
    /// Creates a file (a segment) whole and durably before it gets its name: a reader never
    /// sees it half written. Segments are never written twice under one name.
    func writeFile(_ name: String, _ bytes: [UInt8]) throws
    /// Removes a file no meta file lists any more (a reader that mapped it keeps its pages).
    func removeFile(_ name: String)
    /// The names of the files of the index folder.
    func fileNames() -> [String]
    /// A file's path for messages.
    func location(of name: String) -> String
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

    /// The next write (of the meta file or of a segment) fails after this many bytes.
    public func failNextWrite(afterBytes n: Int) { lock.withLock { failAfter = n } }

    public func openSnapshot() throws -> FileSlice? { try directory.openRead(SnapshotFormat.fileName) }

    public func write(_ new: [UInt8]) throws { try writeFile(SnapshotFormat.fileName, new) }

    public func openFile(_ name: String) throws -> FileSlice? { try directory.openRead(name) }

    public func writeFile(_ name: String, _ bytes: [UInt8]) throws {
        try lock.withLock {
            if let n = failAfter {
                failAfter = nil
                // As on disk, the half-written bytes never get the file's name: it stays as it was.
                throw SnapshotStoreError(path: location(of: name), reason: "write failed after \(n) bytes (injected)")
            }
            directory.setBytes(name, bytes)
        }
    }

    public func removeFile(_ name: String) { directory.setBytes(name, nil) }

    public func fileNames() -> [String] { directory.names }

    public func location(of name: String) -> String { directory.location + "/" + name }

    public func withWriterLock<T>(waiting: (String) -> Void, _ body: () throws -> T) throws -> T {
        try body()
    }
}
