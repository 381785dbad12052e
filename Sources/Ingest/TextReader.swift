import Documents
import TextAnalysis

/// Plain text: the first non-blank line is the title; blank lines separate paragraphs,
/// and so does each line of a text whose lines are paragraphs already (as web copies are).
struct TextReader {
    var limits = IngestLimits.default

    func read(_ input: InputFile) throws -> Document {
        let text = TextDecoding.decode(input.bytes)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)[...]
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines = lines.dropFirst() }
        let title = TextBuilder.clean(String(lines.first ?? ""))
        var builder = TextBuilder()
        builder.beginSection(heading: nil, role: .main)
        // Each line is a block: a heading, a list item or a paragraph never runs into the next.
        for line in lines.dropFirst() {
            builder.appendParagraph(String(line))
        }
        let (body, sections) = builder.finish()
        try XMLReaders.checkText(body, source: input.source, limits: limits)
        let language = LanguageGuesser.shared.guess(title + " " + body)
        return Document(
            source: input.source, contentHash: input.contentHash, format: .text, kind: .other,
            title: title, language: language, languageDeclared: false,
            text: body, sections: sections)
    }
}

/// Bytes to a String: UTF-8 (BOM stripped), UTF-16 with a BOM, or Windows-1252 when the
/// bytes are not valid UTF-8 (the usual case for old French pages saved as "ANSI").
enum TextDecoding {
    static func decode(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        if bytes.starts(with: [0xFF, 0xFE]) { return String(decoding: utf16(bytes.dropFirst(2), bigEndian: false), as: UTF16.self) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(decoding: utf16(bytes.dropFirst(2), bigEndian: true), as: UTF16.self) }
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        return windows1252(bytes)
    }

    static func windows1252<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0, let mapped = cp1252High[Int(byte - 0x80)] {
                out.append(mapped)
            } else {
                out.append(Unicode.Scalar(byte))
            }
        }
        return String(out)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return units
    }

    /// 0x80-0x9F in Windows-1252; nil where the code page leaves a hole.
    private static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
