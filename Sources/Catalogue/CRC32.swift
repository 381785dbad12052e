import CZlib

/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the checksum every snapshot
/// section carries: `preuve_crc32` (CZlib's shim.h), carry-less multiplication (PCLMULQDQ)
/// for the bulk of a buffer of 64 bytes or more where the CPU has it, zlib's `crc32_z` (its
/// braided, word-at-a-time loop) for the rest and elsewhere. zlib's loop replaced a
/// slicing-by-8 table in Swift; the README's performance section has both measurements.
public enum CRC32 {
    public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
        return preuve_crc32(0, base.assumingMemoryBound(to: UInt8.self), bytes.count)
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
