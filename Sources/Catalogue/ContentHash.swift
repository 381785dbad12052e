import Foundation

/// The manifest's change detector for a file whose modification time moved: 64-bit
/// FNV-1a of the bytes as stored on disk. Not a security measure; it only has to tell a
/// touched file from an edited one. (Ingestion's SHA-256 of the decompressed content is
/// kept in each document.)
enum ContentHash {
    static func of(_ bytes: UnsafeRawBufferPointer) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func ofFile(_ path: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        return data.withUnsafeBytes { of($0) }
    }
}
