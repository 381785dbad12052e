import CZlib

/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the checksum every snapshot
/// section carries, computed by zlib's `crc32_z` (its braided, word-at-a-time loop) since a
/// load checks every byte of a snapshot of tens of megabytes. It replaced a slicing-by-8
/// table in Swift; the README's performance section has the measurement.
public enum CRC32 {
    public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
        return UInt32(crc32_z(0, base.assumingMemoryBound(to: Bytef.self), bytes.count))
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
