import Foundation

/// A modification time to the nanosecond, as `stat` gives it.
public struct FileTime: Sendable, Hashable, Comparable {
    public var seconds: Int64
    public var nanoseconds: Int32

    public init(seconds: Int64, nanoseconds: Int32) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    public static func < (a: FileTime, b: FileTime) -> Bool {
        (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds)
    }
}

/// Size and modification time of a file, the cheap test of "unchanged".
public struct FileStatus: Sendable, Hashable {
    public var size: Int64
    public var modified: FileTime
    public var isDirectory: Bool
    /// A plain file: not a FIFO, socket or device, which a reader could block on forever.
    public var isRegular: Bool = true

    public static func of(_ path: String) -> FileStatus? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        #if os(macOS)
        let time = FileTime(seconds: Int64(st.st_mtimespec.tv_sec), nanoseconds: Int32(st.st_mtimespec.tv_nsec))
        #else
        let time = FileTime(seconds: Int64(st.st_mtim.tv_sec), nanoseconds: Int32(st.st_mtim.tv_nsec))
        #endif
        let type = st.st_mode & S_IFMT
        return FileStatus(size: Int64(st.st_size), modified: time, isDirectory: type == S_IFDIR, isRegular: type == S_IFREG)
    }
}
