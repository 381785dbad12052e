/// JSON written as it goes, to a sink, a buffer at a time: the bytes `AnswerJSON` (Foundation's
/// `JSONEncoder`, pretty, sorted keys, slashes unescaped) writes for the same values, without
/// building the tree of values or the whole text first. Pretty as the encoder is: two spaces a
/// level, `"key" : value`, an empty container as `[`, an empty line, `]`. Strings are escaped
/// as it escapes them (`"`, `\`, `\b`, `\f`, `\n`, `\r`, `\t`, other controls as `\u00XX` in
/// lower case, nothing else); integers in decimal; doubles as their `description` without a
/// trailing `.0`. Keys are written in the order given: callers give them sorted by their
/// UTF-8 bytes, as the encoder sorts them (`QueryJSONTests` hold the two to the same bytes).
public struct JSONStream {
    public typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    private let buffer: Bytes
    private let flushAt: Int
    private let sink: Sink
    private var depth = 0
    /// The container being written has no element yet.
    private var empty = true
    /// A key was written and its value comes next (at the start, the top value comes next).
    private var afterKey = true

    public init(flushingAt flushAt: Int = 1 << 16, to sink: @escaping Sink) {
        self.flushAt = flushAt
        self.sink = sink
        buffer = Bytes(capacity: flushAt + 4096)
    }

    /// Writes what is buffered to the sink.
    public mutating func flush() throws {
        guard buffer.count > 0 else { return }
        try sink(UnsafeRawBufferPointer(start: buffer.base, count: buffer.count))
        buffer.count = 0
    }

    /// The bytes written since the last flush: appended in place, the storage grown when a
    /// value outgrows it (a flush comes only after a value, so that a value is never cut by
    /// an error of the sink). Small appends of a few bytes each are most of the writing.
    private final class Bytes {
        var base: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        @inline(__always)
        func reserve(_ n: Int) {
            guard count + n > capacity else { return }
            let grown = max(capacity * 2, count + n)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            bigger.update(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity = grown
        }

        @inline(__always)
        func append(_ byte: UInt8) {
            reserve(1)
            base[count] = byte
            count += 1
        }

        @inline(__always)
        func append(_ bytes: UnsafePointer<UInt8>, _ n: Int) {
            reserve(n)
            (base + count).update(from: bytes, count: n)
            count += n
        }

        @inline(__always)
        func append(_ bytes: StaticString) {
            append(bytes.utf8Start, bytes.utf8CodeUnitCount)
        }

        func append(repeating byte: UInt8, count n: Int) {
            reserve(n)
            (base + count).initialize(repeating: byte, count: n)
            count += n
        }
    }

    private mutating func flushIfFull() throws {
        if buffer.count >= flushAt { try flush() }
    }

    /// The separator and indent before a value or a key.
    private mutating func beginItem() {
        if afterKey { afterKey = false; return }
        if empty { empty = false } else { buffer.append(UInt8(ascii: ",")) }
        buffer.append(UInt8(ascii: "\n"))
        indent()
    }

    private mutating func indent() {
        buffer.append(repeating: 0x20, count: 2 * depth)
    }

    private mutating func open(_ bracket: UInt8) {
        beginItem()
        buffer.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) throws {
        if empty { buffer.append(UInt8(ascii: "\n")) }
        buffer.append(UInt8(ascii: "\n"))
        depth -= 1
        indent()
        buffer.append(bracket)
        empty = false
        try flushIfFull()
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() throws { try close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() throws { try close(UInt8(ascii: "]")) }

    /// A key of the object being written; its value comes next.
    public mutating func key(_ name: StaticString) {
        beginItem()
        buffer.append(UInt8(ascii: "\""))
        buffer.append(name)
        buffer.append("\" : ")
        afterKey = true
    }

    /// A key that is not known in advance (a stance or basis name, say); escaped.
    public mutating func key(named name: String) {
        beginItem()
        appendQuoted(name)
        buffer.append(" : ")
        afterKey = true
    }

    /// A key and its string value (`null` for none).
    public mutating func field(_ name: StaticString, _ value: String) throws {
        key(name)
        try string(value)
    }

    public mutating func field(_ name: StaticString, _ value: String?) throws {
        key(name)
        try string(value)
    }

    public mutating func string(_ value: String) throws {
        beginItem()
        appendQuoted(value)
        try flushIfFull()
    }

    public mutating func string(_ value: String?) throws {
        if let value { try string(value) } else { null() }
    }

    public mutating func int(_ value: Int) {
        beginItem()
        appendDecimal(value)
    }

    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    public mutating func bool(_ value: Bool) {
        beginItem()
        if value { append("true") } else { append("false") }
    }

    public mutating func null() {
        beginItem()
        append("null")
    }

    /// As the encoder writes a `Double`: its `description`, less a trailing `.0`; it refuses
    /// NaN and the infinities, and so does this.
    public mutating func double(_ value: Double) throws {
        guard value.isFinite else { throw NonConformingNumber(value: value) }
        beginItem()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { buffer.append($0.baseAddress!, $0.count) }
    }

    public struct NonConformingNumber: Error, CustomStringConvertible {
        public var value: Double
        public var description: String { "\(value) cannot be written in JSON" }
    }

    private mutating func append(_ text: StaticString) {
        buffer.append(text)
    }

    private mutating func appendDecimal(_ value: Int) {
        if value < 0 {
            buffer.append(UInt8(ascii: "-"))
            // The magnitude of Int.min does not fit an Int; a UInt holds it.
            appendDigits(value.magnitude)
        } else {
            appendDigits(UInt(value))
        }
    }

    private mutating func appendDigits(_ value: UInt) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value, count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[19 - count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            } while n > 0
            buffer.append(raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + (20 - count), count)
        }
    }

    /// `"value"`, escaped as the encoder escapes it. Eight bytes at a time while none of them
    /// needs escaping (sentences rarely hold a quote or a control character).
    private mutating func appendQuoted(_ value: String) {
        buffer.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            var mark = 0, i = 0
            while i < count {
                if count - i >= 8 {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if !Self.mayNeedEscape(word) { i += 8; continue }
                }
                let byte = base[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { i += 1; continue }
                if mark < i { buffer.append(base + mark, i - mark) }
                i += 1
                mark = i
                buffer.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
                case 0x08: buffer.append(UInt8(ascii: "b"))
                case 0x0C: buffer.append(UInt8(ascii: "f"))
                case 0x0A: buffer.append(UInt8(ascii: "n"))
                case 0x0D: buffer.append(UInt8(ascii: "r"))
                case 0x09: buffer.append(UInt8(ascii: "t"))
                default:
                    let hex: StaticString = "0123456789abcdef"
                    buffer.append("u00")
                    buffer.append(hex.utf8Start[Int(byte >> 4)])
                    buffer.append(hex.utf8Start[Int(byte & 15)])
                }
            }
            if mark < count { buffer.append(base + mark, count - mark) }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes is below 0x20, a quote or a backslash (exact: the
    /// classic tests for a byte below n, n ≤ 128, and for a zero byte).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote & highs
        let backslashes = (backslash &- ones) & ~backslash & highs
        return control | quotes | backslashes != 0
    }
}
