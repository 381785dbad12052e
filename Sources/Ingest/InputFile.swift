import Foundation
import CZlib

/// A file's bytes as the readers see them: size-checked, gunzipped when compressed, with a
/// content hash. Small files are held whole; streaming readers reopen `path`.
struct InputFile {
    let source: String
    /// The path on disk, nil for bytes that came from stdin or a test.
    let path: String?
    let compressed: Bool
    /// The decompressed bytes.
    let bytes: [UInt8]
    let contentHash: String
    /// The extension that names the format (`xml` for `x.xml.gz`), lowercased.
    let logicalExtension: String

    /// The first bytes, for sniffing.
    var head: ArraySlice<UInt8> { bytes.prefix(64 * 1024) }

    static func open(path: String, limits: IngestLimits) throws -> InputFile {
        let bytes = try readFile(path, limit: limits.maxFileBytes)
        return try fromBytes(bytes, source: path, limits: limits, path: path)
    }

    /// The whole file with read(2): not mapped (a mapped file truncated by another process
    /// would kill us with SIGBUS), not through `Data(contentsOf:)` (which leaks its buffer
    /// on an empty file), and never more than `limit` bytes even if the file grows meanwhile.
    static func readFile(_ path: String, limit: Int) throws -> [UInt8] {
        func failure(_ why: String) -> IngestError { IngestError(path: path, reason: .unreadable(why)) }
        let fd = Foundation.open(path, O_RDONLY)
        guard fd >= 0 else { throw failure(String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw failure(String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw failure("is a directory") }
        let size = Int(st.st_size)
        if size > limit { throw IngestError(path: path, reason: .tooLarge(bytes: size, limit: limit)) }
        // One byte more than the limit allows, to notice a file that grew past it.
        var bytes = [UInt8](repeating: 0, count: min(max(size, 4096), limit + 1))
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count)))
            }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        if filled > limit { throw IngestError(path: path, reason: .tooLarge(bytes: filled, limit: limit)) }
        bytes.removeSubrange(filled...)
        return bytes
    }

    static func fromData(_ data: Data, source: String, limits: IngestLimits) throws -> InputFile {
        if data.count > limits.maxFileBytes {
            throw IngestError(path: source, reason: .tooLarge(bytes: data.count, limit: limits.maxFileBytes))
        }
        return try fromBytes([UInt8](data), source: source, limits: limits, path: nil)
    }

    static func fromBytes(_ raw: [UInt8], source: String, limits: IngestLimits, path: String?) throws -> InputFile {
        var bytes = raw
        let compressed = bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
        if compressed {
            bytes = try Gzip.decompress(bytes, source: source, limits: limits)
        }
        let ext = logicalExtension(of: source)
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0a || $0 == 0x0d || $0 == 0x09 }) {
            throw IngestError(path: source, reason: .empty)
        }
        if BinarySniffer.looksBinary(bytes.prefix(8192)) {
            throw IngestError(path: source, reason: .binary)
        }
        return InputFile(source: source, path: path, compressed: compressed, bytes: bytes,
                         contentHash: SHA256.hex(of: bytes), logicalExtension: ext)
    }

    /// The extension that names the format: `xml` for `x.xml.gz`, lowercased.
    static func logicalExtension(of source: String) -> String {
        let ext = (source as NSString).pathExtension.lowercased()
        guard ext == "gz" || ext == "gzip" else { return ext }
        return ((source as NSString).deletingPathExtension as NSString).pathExtension.lowercased()
    }
}

enum BinarySniffer {
    /// NUL bytes or a high share of control bytes mean this is no text format. UTF-16 text
    /// with a BOM is text.
    static func looksBinary(_ head: ArraySlice<UInt8>) -> Bool {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
        var control = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte != 0x1b) { control += 1 }
        }
        return control * 20 > head.count
    }
}
