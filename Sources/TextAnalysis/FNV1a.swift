/// 64-bit FNV-1a: the project's one non-cryptographic hash (the lexicon's fingerprint, the
/// manifest's change detector). Not a security measure. Lives in this leaf module so that
/// every module that needs it imports the same one.
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func mix(_ bytes: some Sequence<UInt8>) {
        // A contiguous sequence (an array, a native string's UTF-8) is hashed from its buffer.
        if bytes.withContiguousStorageIfAvailable({ mix(UnsafeRawBufferPointer($0)) }) != nil { return }
        var h = value
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        value = h
    }

    public mutating func mix(_ bytes: UnsafeRawBufferPointer) {
        var h = value
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        value = h
    }

    /// The value in hexadecimal, 16 digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
