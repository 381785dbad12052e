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
        let url = URL(fileURLWithPath: path)
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw IngestError(path: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            throw IngestError(path: path, reason: .unreadable("is a directory"))
        }
        let size = Int(st.st_size)
        if size > limits.maxFileBytes {
            throw IngestError(path: path, reason: .tooLarge(bytes: size, limit: limits.maxFileBytes))
        }
        let data: Data
        do {
            // Read, not mapped: a mapped file truncated by another process while we read it
            // would kill us with SIGBUS. The bytes are copied into an array just below anyway.
            data = try Data(contentsOf: url)
        } catch {
            throw IngestError(path: path, reason: .unreadable(Self.describe(error)))
        }
        return try fromData(data, source: path, limits: limits, path: path)
    }

    static func fromData(_ data: Data, source: String, limits: IngestLimits, path: String? = nil) throws -> InputFile {
        if data.count > limits.maxFileBytes {
            throw IngestError(path: source, reason: .tooLarge(bytes: data.count, limit: limits.maxFileBytes))
        }
        var bytes = [UInt8](data)
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

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
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
