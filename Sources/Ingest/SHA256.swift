import Crypto

/// SHA-256 for content hashes in documents and the index manifest, computed by swift-crypto
/// (BoringSSL on Linux, with the processor's SHA extensions where it has them). The
/// hand-written rounds it replaces took about 12% of indexing instructions; see the README's
/// performance section for the measurement.
enum SHA256 {
    static func hex(of bytes: [UInt8]) -> String {
        var hasher = Hasher()
        bytes.withUnsafeBufferPointer { hasher.update($0) }
        return hasher.finalizeHex()
    }

    static func digest(_ message: [UInt8]) -> [UInt8] {
        var hasher = Hasher()
        message.withUnsafeBufferPointer { hasher.update($0) }
        return hasher.finalize()
    }

    /// Incremental hashing, so that a file streamed in chunks (a 300 MB PubMed set) is
    /// hashed without being held in memory.
    struct Hasher {
        private var inner = Crypto.SHA256()

        mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
            inner.update(bufferPointer: UnsafeRawBufferPointer(bytes))
        }

        mutating func finalize() -> [UInt8] {
            Array(inner.finalize())
        }

        mutating func finalizeHex() -> String {
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            var out: [UInt8] = []
            out.reserveCapacity(64)
            for byte in finalize() {
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0x0F)])
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
