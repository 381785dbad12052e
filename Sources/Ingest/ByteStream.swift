import Foundation
import CZlib

/// A file's bytes read in chunks, gunzipped on the fly with the same bomb limits as
/// `Gzip`, so that a streaming reader never holds the whole file. Also serves bytes
/// already in memory (stdin, tests) through the same interface.
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

    /// Opens `path`; refuses directories and files over `maxFileBytes`.
    init(path: String, limits: IngestLimits) throws {
        source = path
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
        do {
            let n = try compressed ? inflateSome(into: buffer, count: count) : rawRead(into: buffer, count: count)
            produced += n
            return n
        } catch let error as IngestError {
            failure = failure ?? error
            throw error
        }
    }

    /// Up to `limit` bytes from the start, for sniffing.
    func readHead(_ limit: Int = 64 * 1024) throws -> [UInt8] {
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
        return out
    }

    private func startInflateIfCompressed(limits: IngestLimits) throws {
        var magic = [UInt8](repeating: 0, count: 2)
        let got = magic.withUnsafeMutableBufferPointer { rawRead(into: $0.baseAddress!, count: 2) }
        // Put the two bytes back: rewind the file or the memory cursor.
        if fd >= 0 { lseek(fd, 0, SEEK_SET) } else { memoryOffset = 0 }
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

    private func rawRead(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        if fd >= 0 {
            while true {
                let n = Foundation.read(fd, buffer, count)
                if n < 0 && errno == EINTR { continue }
                return max(0, n)
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
                let n = rawRead(into: inBuffer, count: ByteStream.inBufferSize)
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
                    let n = rawRead(into: inBuffer, count: ByteStream.inBufferSize)
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
