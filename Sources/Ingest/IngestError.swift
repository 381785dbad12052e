import Documents

/// Why a file could not be ingested. Always names the file; `preuve` prints it and goes on.
public struct IngestError: FileError, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case unreadable(String)
        case tooLarge(bytes: Int, limit: Int)
        case empty
        case binary
        case malformed(String)
        case unsupported(String)
        case limitExceeded(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var message: String {
        switch reason {
        case .unreadable(let why): return "cannot read the file: \(why)"
        case .tooLarge(let bytes, let limit): return "file is \(bytes) bytes, over the limit of \(limit) bytes"
        case .empty: return "file is empty"
        case .binary: return "file is binary, not text, HTML or XML"
        case .malformed(let why): return "malformed: \(why)"
        case .unsupported(let why): return "unsupported: \(why)"
        case .limitExceeded(let why): return "limit exceeded: \(why)"
        }
    }
}
