import Documents
import Foundation
import TextAnalysis

/// The manifest's change detector for a file whose modification time moved: 64-bit
/// FNV-1a of the bytes as stored on disk. Not a security measure; it only has to tell a
/// touched file from an edited one. (Ingestion's SHA-256 of the decompressed content is
/// kept in each document.)
enum ContentHash {
    static func of(_ bytes: UnsafeRawBufferPointer) -> String {
        var h = FNV1a()
        h.mix(bytes)
        return h.hex
    }

    /// Read in chunks with read(2), not mapped: a file truncated by another process while
    /// mapped would raise SIGBUS, and a large PubMed set need not sit in memory whole.
    static func ofFile(_ path: String) throws -> String {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        var h = FNV1a()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let n = read(fd, chunk.baseAddress, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            if n == 0 { break }
            h.mix(UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
        }
        return h.hex
    }

    private static func failure(_ path: String) -> ContentHashError {
        ContentHashError(path: path, reason: String(cString: strerror(errno)))
    }
}

/// A file that could not be read to hash it (gone, or unreadable), named as `IngestError` names files.
struct ContentHashError: FileError {
    var path: String
    var reason: String
    var message: String { "cannot read the file: \(reason)" }
}
