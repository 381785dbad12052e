/// The layout every data file shares (lexicon cue files, vocabularies, page furniture, word
/// lists): lines split on line feeds, fields on one ASCII byte, spaces trimmed at both ends.
///
/// The bytes are scanned through the concrete UTF-8 view, not with the generic `split` of
/// `Collection`: these files are read at every start of the executable, and in an unoptimised
/// build (the one `swift test` runs) generic collection code costs ten times as much.
public enum DataFileLines {
    static let lineFeed = UInt8(ascii: "\n")

    /// Calls `body` with each line and its number (from 1), without its line feed or a
    /// trailing carriage return. Empty lines are passed too, so that numbers stay right.
    public static func forEachLine(in text: String, _ body: (_ number: Int, _ line: Substring) throws -> Void) rethrows {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        var number = 1
        while i != utf8.endIndex {
            if utf8[i] == lineFeed {
                try body(number, withoutCarriageReturn(Substring(utf8[start..<i])))
                number += 1
                start = utf8.index(after: i)
            }
            utf8.formIndex(after: &i)
        }
        if start != utf8.endIndex { try body(number, withoutCarriageReturn(Substring(utf8[start..<utf8.endIndex]))) }
    }

    private static func withoutCarriageReturn(_ line: Substring) -> Substring {
        line.utf8.last == UInt8(ascii: "\r") ? Substring(line.utf8.dropLast()) : line
    }

    /// The fields of `line` between `separator` bytes (an ASCII byte), untrimmed; with
    /// `omittingEmpty`, empty fields are left out.
    public static func fields(of line: Substring, separatedBy separator: UInt8, omittingEmpty: Bool = false) -> [Substring] {
        var out: [Substring] = []
        let utf8 = line.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == separator {
                if !(omittingEmpty && start == i) { out.append(Substring(utf8[start..<i])) }
                start = utf8.index(after: i)
            }
            utf8.formIndex(after: &i)
        }
        if !(omittingEmpty && start == utf8.endIndex) { out.append(Substring(utf8[start..<utf8.endIndex])) }
        return out
    }

    /// `s` without spaces, tabs, carriage returns and no-break spaces at either end.
    public static func trimmed(_ s: Substring) -> Substring {
        let utf8 = s.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start != end {
            let b = utf8[start]
            if b == 0x20 || b == 0x09 || b == 0x0D { utf8.formIndex(after: &start); continue }
            // U+00A0 is C2 A0 in UTF-8.
            let next = utf8.index(after: start)
            if b == 0xC2, next != end, utf8[next] == 0xA0 { start = utf8.index(after: next); continue }
            break
        }
        while start != end {
            let last = utf8.index(before: end)
            let b = utf8[last]
            if b == 0x20 || b == 0x09 || b == 0x0D { end = last; continue }
            if b == 0xA0, last != start {
                let before = utf8.index(before: last)
                if utf8[before] == 0xC2 { end = before; continue }
            }
            break
        }
        return Substring(utf8[start..<end])
    }

    /// Whether a trimmed line is blank or a `#` comment.
    public static func isBlankOrComment(_ trimmedLine: Substring) -> Bool {
        trimmedLine.utf8.first.map { $0 == UInt8(ascii: "#") } ?? true
    }
}
