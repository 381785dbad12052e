import Foundation

/// The bytes of one file opened read-only: mapped from disk (`MMapDirectory`) or held in
/// memory (`RAMDirectory`, a catalogue just encoded). A mapping is unmapped when the last
/// slice of it goes; nothing else is held (the file descriptor is closed once mapped).
final class FileBytes: @unchecked Sendable {
    private enum Storage {
        case mapped(UnsafeRawPointer, count: Int)
        case memory([UInt8])
        case empty
    }

    // Immutable once made: safe to share between threads.
    private let storage: Storage

    private init(_ storage: Storage) { self.storage = storage }

    /// Takes over a mapping made by `mmap`; `munmap`ped on deinit.
    static func mapped(_ base: UnsafeRawPointer, count: Int) -> FileBytes { FileBytes(.mapped(base, count: count)) }

    static func memory(_ bytes: [UInt8]) -> FileBytes { bytes.isEmpty ? FileBytes(.empty) : FileBytes(.memory(bytes)) }

    var count: Int {
        switch storage {
        case .mapped(_, let count): return count
        case .memory(let bytes): return bytes.count
        case .empty: return 0
        }
    }

    var isMapped: Bool { if case .mapped = storage { true } else { false } }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch storage {
        case .mapped(let base, let count): return try body(UnsafeRawBufferPointer(start: base, count: count))
        case .memory(let bytes): return try bytes.withUnsafeBytes(body)
        case .empty: return try body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }

    deinit {
        if case .mapped(let base, let count) = storage {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        }
    }
}

/// A read-only run of bytes of an opened file, shared without copying: a section of a
/// snapshot is a slice of the file's slice. The file stays mapped while any slice of it lives.
public struct FileSlice: Sendable {
    let file: FileBytes
    /// The slice's bytes within the file.
    let range: Range<Int>

    init(file: FileBytes, range: Range<Int>) {
        self.file = file
        self.range = range
    }

    /// Bytes in memory, not copied.
    public init(_ bytes: [UInt8]) {
        let file = FileBytes.memory(bytes)
        self.init(file: file, range: 0..<file.count)
    }

    public var count: Int { range.count }
    public var isEmpty: Bool { range.isEmpty }
    /// Whether the bytes are a mapping of a file (rather than held in memory).
    public var isMapped: Bool { file.isMapped }

    /// A part of this slice; `part` is relative to it and must lie within it.
    func slice(_ part: Range<Int>) -> FileSlice {
        precondition(part.lowerBound >= 0 && part.upperBound <= count, "slice \(part) outside 0..<\(count)")
        return FileSlice(file: file, range: range.lowerBound + part.lowerBound..<range.lowerBound + part.upperBound)
    }

    /// The slice's bytes, valid only inside `body` (the mapping may go once it returns).
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try file.withUnsafeBytes { all in
            try body(UnsafeRawBufferPointer(rebasing: all[range]))
        }
    }

    /// A copy of the bytes.
    public func copyBytes() -> [UInt8] { withUnsafeBytes { Array($0) } }

    /// Little-endian integers at `offset` (relative to the slice), which the caller has
    /// checked to lie within it.
    func u32(at offset: Int) -> UInt32 {
        withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    func u64(at offset: Int) -> UInt64 {
        withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }

    func crc32() -> UInt32 { withUnsafeBytes { CRC32.checksum($0) } }
}

/// Where the files of an index are opened for reading (tantivy's `Directory`, Lucene's
/// `MMapDirectory`/`ByteBuffersDirectory`): on disk, mapped, or in memory for tests.
public protocol Directory: Sendable {
    /// The folder, for messages.
    var location: String { get }
    /// The file opened read-only, or nil when it does not exist.
    func openRead(_ name: String) throws -> FileSlice?
}

/// Files on disk, memory-mapped read-only: opening one costs a `mmap`, not a read, and
/// pages come in from the page cache as they are touched. The descriptor is closed at
/// once; the mapping goes when the last slice of it does. Files are never changed in
/// place (writers rename a new file over the old one), so a mapping stays whole: the old
/// file's pages live until its last reader unmaps them. A filesystem that cannot map a file
/// gets it read into memory instead.
public struct MMapDirectory: Directory {
    public let path: String

    public init(path: String) { self.path = path }

    public var location: String { path }

    public func openRead(_ name: String) throws -> FileSlice? {
        let file = path + "/" + name
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw failure(file, "cannot open")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw failure(file, "cannot stat") }
        guard st.st_mode & S_IFMT == S_IFREG else {
            throw SnapshotStoreError(path: file, reason: "not a regular file")
        }
        let size = Int(st.st_size)
        if size == 0 { return FileSlice([]) }
        let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
        if let base, base != MAP_FAILED {
            let bytes = FileBytes.mapped(UnsafeRawPointer(base), count: size)
            return FileSlice(file: bytes, range: 0..<size)
        }
        return FileSlice(try readWhole(fd, size: size, path: file))
    }

    /// The whole file in one array, in one pass, into uninitialised memory.
    private func readWhole(_ fd: Int32, size: Int, path file: String) throws -> [UInt8] {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, initialized in
            var offset = 0
            while offset < buf.count {
                let n = Foundation.read(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0, errno == EINTR { continue }
                guard n >= 0 else { failed = true; break }
                if n == 0 { break }  // shorter than fstat said: the checksums will tell
                offset += n
            }
            initialized = offset
        }
        if failed { throw failure(file, "cannot read") }
        return bytes
    }

    private func failure(_ path: String, _ what: String) -> SnapshotStoreError {
        SnapshotStoreError(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }
}

/// Files held in memory, for tests and for catalogues built in the process: the same
/// readers as on disk, with bytes a test can damage or replace.
public final class RAMDirectory: Directory, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]
    public let location: String

    public init(location: String = "memory") { self.location = location }

    public func openRead(_ name: String) throws -> FileSlice? {
        lock.withLock { files[name].map { FileSlice($0) } }
    }

    /// The file's bytes, or nil when there is none.
    public func bytes(_ name: String) -> [UInt8]? { lock.withLock { files[name] } }

    /// The files' names, sorted.
    public var names: [String] { lock.withLock { files.keys.sorted() } }

    /// Creates or replaces a file (nil removes it).
    public func setBytes(_ name: String, _ bytes: [UInt8]?) { lock.withLock { files[name] = bytes } }
}
