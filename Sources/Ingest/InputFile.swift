import Foundation
import CZlib

/// A file's bytes as the readers see them: size-checked, gunzipped when compressed, with a
/// content hash (SHA-256 of these bytes). Held whole; a PubMed set is streamed instead
/// (`DocumentReader`).
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

    /// The rest of `stream` (its head peeked or not), read once and hashed on the way.
    static func whole(_ stream: ByteStream, path: String?) throws -> InputFile {
        let bytes = try stream.readToEnd()
        let hash = stream.finishHash()
        return try checked(bytes, source: stream.source, path: path, compressed: stream.compressed,
                           contentHash: hash ?? SHA256.hex(of: bytes))
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
        return try checked(bytes, source: source, path: path, compressed: compressed, contentHash: SHA256.hex(of: bytes))
    }

    /// Refuses empty and binary content.
    private static func checked(_ bytes: [UInt8], source: String, path: String?, compressed: Bool,
                                contentHash: String) throws -> InputFile {
        let ext = logicalExtension(of: source)
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0a || $0 == 0x0d || $0 == 0x09 }) {
            throw IngestError(path: source, reason: .empty)
        }
        if BinarySniffer.looksBinary(bytes.prefix(8192)) {
            throw IngestError(path: source, reason: .binary)
        }
        return InputFile(source: source, path: path, compressed: compressed, bytes: bytes,
                         contentHash: contentHash, logicalExtension: ext)
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
