import Foundation

/// The index on disk: the meta file `DIR/catalogue.preuve`, replaced by writing
/// `DIR/.catalogue.preuve.tmp-PID`, fsyncing it, renaming it over the old one and fsyncing
/// the folder; segments `DIR/segment-NNNNNN.preuve`, each written the same way once, never
/// changed, and removed when no meta file lists them. Writers take an exclusive `flock` on
/// `DIR/.lock`; readers take no lock, since rename is atomic, and map the files (an old one
/// stays whole for a reader that mapped it before it was replaced or removed).
public struct FileSnapshotStore: SnapshotStore {
    public let directory: String
    /// A sleep between chunks of a write, for tests that kill a writer inside its write (a
    /// test's own program sets it: the executable never does). Zero writes at full speed.
    let chunkPause: Duration

    public init(directory: String, chunkPause: Duration = .zero) {
        self.directory = CorpusWalker.normalize(directory)
        self.chunkPause = chunkPause
    }

    public var path: String { directory + "/" + SnapshotFormat.fileName }
    public var location: String { path }
    public func location(of name: String) -> String { directory + "/" + name }

    public var exists: Bool { FileStatus.of(path) != nil }

    public func status() -> FileStatus? { FileStatus.of(path) }

    /// The snapshot mapped read-only (`MMapDirectory`): nothing is read until a section is used.
    public func openSnapshot() throws -> FileSlice? {
        try MMapDirectory(path: directory).openRead(SnapshotFormat.fileName)
    }

    public func write(_ bytes: [UInt8]) throws { try writeFile(SnapshotFormat.fileName, bytes) }

    public func openFile(_ name: String) throws -> FileSlice? { try MMapDirectory(path: directory).openRead(name) }

    public func removeFile(_ name: String) { unlink(directory + "/" + name) }

    public func fileNames() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] }

    /// Writes `.NAME.tmp-PID`, fsyncs it, renames it to NAME and fsyncs the folder.
    public func writeFile(_ name: String, _ bytes: [UInt8]) throws {
        try createDirectory()
        let path = directory + "/" + name
        let temporary = directory + "/." + name + ".tmp-" + String(getpid())
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure(temporary, "cannot create") }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            try writeAll(fd, bytes, path: temporary)
            guard fsync(fd) == 0 else { throw failure(temporary, "fsync failed") }
            close(fd)
            closed = true
            guard rename(temporary, path) == 0 else { throw failure(path, "cannot rename \(temporary) to it") }
        } catch {
            unlink(temporary)
            throw error
        }
        // The rename itself is durable only once the folder is synced.
        let dirFD = open(directory, O_RDONLY)
        if dirFD >= 0 { fsync(dirFD); close(dirFD) }
    }

    /// Writes in chunks, with `chunkPause` between them (small chunks then, so that a test
    /// can kill the process in the middle of a write).
    private func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        let (seconds, attoseconds) = chunkPause.components
        let pause = UInt32(clamping: seconds * 1_000_000 + attoseconds / 1_000_000_000_000)
        let chunk = pause > 0 ? 64 * 1024 : 4 << 20
        try bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = Swift.min(chunk, buf.count - offset)
                let written = Foundation.write(fd, buf.baseAddress! + offset, n)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, "write failed")
                }
                offset += written
                if pause > 0 { usleep(pause) }
            }
        }
    }

    public func withWriterLock<T>(waiting: (String) -> Void, _ body: () throws -> T) throws -> T {
        try createDirectory()
        let lockPath = directory + "/.lock"
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw failure(lockPath, "cannot open the lock file") }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else { throw failure(lockPath, "cannot lock") }
            waiting("another preuve is writing \(directory) (\(lockPath) is locked); waiting for it to finish")
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else { throw failure(lockPath, "cannot lock") }
            }
        }
        defer { flock(fd, LOCK_UN) }
        removeLeftoverTemporaries()
        return try body()
    }

    /// A writer killed mid-write leaves its temporary file; the next writer, holding the lock, removes it.
    private func removeLeftoverTemporaries() {
        for name in fileNames() where name.hasPrefix(".") && name.contains(".preuve.tmp-") {
            unlink(directory + "/" + name)
        }
    }

    private func createDirectory() throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SnapshotStoreError(path: directory, reason: "cannot create the index folder: \(error.localizedDescription)")
        }
    }

    private func failure(_ path: String, _ what: String) -> SnapshotStoreError {
        SnapshotStoreError(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }
}
