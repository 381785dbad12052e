import Foundation
import CZlib

/// A file's bytes read in chunks, gunzipped on the fly with the same bomb limits as
/// `Gzip`, so that a streaming reader never holds the whole file. Also serves bytes
/// already in memory (stdin, tests) through the same interface.
///
/// Each byte of a file is read from disk once: the first bytes peeked for sniffing
/// (`peekHead`) are handed out again to whoever reads next, and a stream opened `hashing`
/// computes the SHA-256 of the bytes it hands out (decompressed: what the parser reads) as
/// they pass (`finishHash`).
final class ByteStream {
    let source: String
    private(set) var compressed = false
    /// Decompressed bytes handed out so far.
    private(set) var produced = 0
    /// The first error met (a gzip bomb, a read failure): C callers only see -1.
    private(set) var failure: IngestError?

    private var fd: Int32 = -1
    private var memory: [UInt8] = []
    private var memoryOffset = 0
    private var zstream: UnsafeMutablePointer<z_stream>?
    private var zDone = false
    /// Compressed input; raw memory because zlib holds a pointer into it between calls.
    private let inBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: ByteStream.inBufferSize)
    private static let inBufferSize = 64 * 1024
    private var ceiling = Int.max
    private var fileBytes = 0
    /// Bytes read from the file so far, never more than `maxFileBytes` (the file may grow
    /// while it is read).
    private var rawRead = 0
    private var maxFileBytes = Int.max
    /// The two bytes read to tell gzip, handed out again before the rest of the file.
    private var magic: [UInt8] = []
    /// Bytes peeked (`peekHead`), handed out again before the rest.
    private var replay: [UInt8] = []
    private var replayOffset = 0
    private var hasher: SHA256.Hasher?

    /// Opens `path`; refuses directories and files over `maxFileBytes`. With `hashing`, the
    /// SHA-256 of every byte handed out is computed on the way (`finishHash`).
    init(path: String, limits: IngestLimits, hashing: Bool = false) throws {
        source = path
        maxFileBytes = limits.maxFileBytes
        if hashing { hasher = SHA256.Hasher() }
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw IngestError(path: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw IngestError(path: path, reason: .unreadable("is a directory")) }
        fileBytes = Int(st.st_size)
        if fileBytes > limits.maxFileBytes {
            throw IngestError(path: path, reason: .tooLarge(bytes: fileBytes, limit: limits.maxFileBytes))
        }
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw IngestError(path: path, reason: .unreadable(String(cString: strerror(errno)))) }
        try startInflateIfCompressed(limits: limits)
    }

    /// Bytes already in memory, possibly gzip-compressed.
    init(bytes: [UInt8], source: String, limits: IngestLimits) throws {
        self.source = source
        memory = bytes
        fileBytes = bytes.count
        try startInflateIfCompressed(limits: limits)
    }

    deinit {
        if fd >= 0 { close(fd) }
        inBuffer.deallocate()
        if let zstream {
            inflateEnd(zstream)
            zstream.deallocate()
        }
    }

    /// Fills `buffer` with up to `count` decompressed bytes; 0 at the end.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        if replayOffset < replay.count {
            let n = min(count, replay.count - replayOffset)
            replay.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + replayOffset, count: n) }
            replayOffset += n
            if replayOffset == replay.count { replay = []; replayOffset = 0 }
            return n
        }
        do {
            let n = try compressed ? inflateSome(into: buffer, count: count) : readRaw(into: buffer, count: count)
            produced += n
            if n > 0 { hasher?.update(UnsafeBufferPointer(start: buffer, count: n)) }
            return n
        } catch let error as IngestError {
            failure = failure ?? error
            throw error
        }
    }

    /// Up to `limit` bytes from the start, for sniffing; the next reads hand them out again.
    func peekHead(_ limit: Int = 64 * 1024) throws -> [UInt8] {
        precondition(produced == 0, "peekHead before any read")
        var out = [UInt8](repeating: 0, count: limit)
        var filled = 0
        try out.withUnsafeMutableBufferPointer { buf in
            while filled < limit {
                let n = try read(into: buf.baseAddress! + filled, count: limit - filled)
                if n == 0 { break }
                filled += n
            }
        }
        out.removeSubrange(filled...)
        replay = out
        replayOffset = 0
        return out
    }

    /// Every byte not read yet, in memory (a file read whole: its size was checked when it
    /// was opened, and a gzip stream's expansion is bounded as it is read).
    func readToEnd() throws -> [UInt8] {
        // A plain file's size is known: one buffer, a byte over to see the end; else it grows.
        let expected = (replay.count - replayOffset) + (compressed || fd < 0 ? 0 : max(0, fileBytes - rawRead))
        var out = [UInt8](repeating: 0, count: max(expected + 1, 4096))
        var filled = 0
        while true {
            if filled == out.count { out.append(contentsOf: repeatElement(0, count: out.count)) }
            let n = try out.withUnsafeMutableBufferPointer { try read(into: $0.baseAddress! + filled, count: $0.count - filled) }
            if n == 0 { break }
            filled += n
        }
        out.removeSubrange(filled...)
        return out
    }

    /// Reads what is left without keeping it (so that the hash covers the whole file).
    func drain() throws {
        let size = 256 * 1024
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        defer { buffer.deallocate() }
        while try read(into: buffer, count: size) > 0 {}
    }

    /// The SHA-256 (hex) of the bytes handed out, once they all were; nil for a stream
    /// opened without `hashing`.
    func finishHash() -> String? {
        guard var h = hasher else { return nil }
        hasher = nil
        return h.finalizeHex()
    }

    private func startInflateIfCompressed(limits: IngestLimits) throws {
        var head = [UInt8](repeating: 0, count: 2)
        var got = 0
        while got < 2 {
            let n = try head.withUnsafeMutableBufferPointer { try readRaw(into: $0.baseAddress! + got, count: 2 - got) }
            if n == 0 { break }
            got += n
        }
        // Put the bytes back: handed out again before the rest of the file.
        magic = Array(head[0..<got])
        guard got == 2, magic[0] == 0x1f, magic[1] == 0x8b else { return }
        compressed = true
        ceiling = min(limits.maxDecompressedBytes,
                      max(1 << 20, fileBytes.multipliedReportingOverflow(by: limits.maxCompressionRatio).partialValue))
        let z = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        z.initialize(to: z_stream())
        // zlib keeps a pointer back to the stream: it must not move, hence the heap.
        guard preuve_inflateInit2(z, 15 + 32) == Z_OK else {
            z.deallocate()
            throw IngestError(path: source, reason: .malformed("gzip: cannot initialise zlib"))
        }
        zstream = z
    }

    /// The next bytes as stored (still compressed): the magic bytes first, then the file or
    /// the memory. A read error or a file grown past the size limit throws.
    private func readRaw(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        if !magic.isEmpty {
            let n = min(count, magic.count)
            magic.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: n) }
            magic.removeFirst(n)
            return n
        }
        if fd >= 0 {
            while true {
                // One byte past the limit at most, to notice a file that grew past it.
                let room = maxFileBytes - rawRead
                let n = Foundation.read(fd, buffer, room >= count ? count : room + 1)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw IngestError(path: source, reason: .unreadable(String(cString: strerror(errno))))
                }
                rawRead += n
                if rawRead > maxFileBytes { throw IngestError(path: source, reason: .tooLarge(bytes: rawRead, limit: maxFileBytes)) }
                return n
            }
        }
        let n = min(count, memory.count - memoryOffset)
        guard n > 0 else { return 0 }
        memory.withUnsafeBufferPointer { src in
            buffer.update(from: src.baseAddress! + memoryOffset, count: n)
        }
        memoryOffset += n
        return n
    }

    private func inflateSome(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        guard let z = zstream, !zDone else { return 0 }
        z.pointee.next_out = buffer
        z.pointee.avail_out = uInt(count)
        while z.pointee.avail_out > 0 {
            if z.pointee.avail_in == 0 {
                let n = try readRaw(into: inBuffer, count: ByteStream.inBufferSize)
                if n == 0 {
                    // Input ended inside a member: a truncated file.
                    if count - Int(z.pointee.avail_out) > 0 { break }
                    throw IngestError(path: source, reason: .malformed("gzip: truncated stream"))
                }
                z.pointee.next_in = inBuffer
                z.pointee.avail_in = uInt(n)
            }
            let status = inflate(z, Z_NO_FLUSH)
            if status == Z_STREAM_END {
                if z.pointee.avail_in == 0 {
                    // Another member may follow (`cat a.gz b.gz`); peek at the file.
                    let n = try readRaw(into: inBuffer, count: ByteStream.inBufferSize)
                    if n == 0 { zDone = true; break }
                    z.pointee.next_in = inBuffer
                    z.pointee.avail_in = uInt(n)
                }
                inflateReset(z)
            } else if status != Z_OK && !(status == Z_BUF_ERROR && z.pointee.avail_in == 0) {
                throw IngestError(path: source, reason: .malformed("gzip: corrupt stream (zlib \(status))"))
            }
        }
        let n = count - Int(z.pointee.avail_out)
        if produced + n > ceiling {
            throw IngestError(path: source, reason: .limitExceeded(
                "gzip expands past \(ceiling) bytes (\(fileBytes) compressed): refused as a gzip bomb"))
        }
        return n
    }
}
