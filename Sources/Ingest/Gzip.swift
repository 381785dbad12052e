import CZlib

/// gzip decompression with limits: a small file that inflates past the ratio or size
/// limit is a gzip bomb and is refused before it fills memory.
enum Gzip {
    static func decompress(_ input: [UInt8], source: String, limits: IngestLimits) throws -> [UInt8] {
        var stream = z_stream()
        // 15 + 32: zlib or gzip header, detected automatically.
        guard preuve_inflateInit2(&stream, 15 + 32) == Z_OK else {
            throw IngestError(path: source, reason: .malformed("gzip: cannot initialise zlib"))
        }
        defer { inflateEnd(&stream) }
        let ceiling = min(limits.maxDecompressedBytes, max(1 << 20, input.count.multipliedReportingOverflow(by: limits.maxCompressionRatio).partialValue))
        var output: [UInt8] = []
        output.reserveCapacity(min(ceiling, input.count * 4))
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        var status: Int32 = Z_OK
        try input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = uInt(inBuf.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return outBuf.count - Int(stream.avail_out)
                }
                if status != Z_OK && status != Z_STREAM_END && !(status == Z_BUF_ERROR && produced > 0) {
                    let reason = status == Z_BUF_ERROR ? "gzip: truncated stream" : "gzip: corrupt stream (zlib \(status))"
                    throw IngestError(path: source, reason: .malformed(reason))
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > ceiling {
                    throw IngestError(path: source, reason: .limitExceeded(
                        "gzip expands past \(ceiling) bytes (\(input.count) compressed): refused as a gzip bomb"))
                }
                if status == Z_STREAM_END, stream.avail_in > 0 {
                    // Concatenated gzip members, as `cat a.gz b.gz` makes.
                    inflateReset(&stream)
                    status = Z_OK
                }
                if status == Z_BUF_ERROR && produced == 0 {
                    throw IngestError(path: source, reason: .malformed("gzip: truncated stream"))
                }
            } while status != Z_STREAM_END
        }
        return output
    }
}
