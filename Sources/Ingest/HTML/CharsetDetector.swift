import Foundation

/// Finds a page's character encoding, in order: byte-order mark, valid non-ASCII UTF-8,
/// `<meta charset>` or `http-equiv="Content-Type"` in the first bytes, UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252. Latin-1 labels mean Windows-1252, as in
/// browsers (pages labelled ISO-8859-1 routinely use the 0x80-0x9F punctuation).
enum CharsetDetector {
    /// Bytes ready for libxml2 and the encoding name to give it. UTF-8, UTF-16 and the
    /// Windows-1252 family are transcoded here to UTF-8; other labels go to libxml2 as is.
    static func prepare(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (Array(bytes.dropFirst(3)), "UTF-8") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return (Array(TextDecoding.decode(bytes).utf8), "UTF-8")
        }
        // Non-ASCII text that is valid UTF-8 is UTF-8 whatever the page declares: legacy
        // code pages almost never form valid UTF-8 by accident, while pages re-saved as
        // UTF-8 often keep their old declaration.
        if bytes.contains(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) != nil {
            return (bytes, "UTF-8")
        }
        let declared = declaredCharset(bytes).map(normalise)
        switch declared {
        case "utf-8":
            // Declared UTF-8 but invalid: still UTF-8, with replacement characters, as browsers do.
            return (Array(String(decoding: bytes, as: UTF8.self).utf8), "UTF-8")
        case "windows-1252":
            return (Array(TextDecoding.windows1252(bytes).utf8), "UTF-8")
        case let label?:
            // A legacy multi-byte or other single-byte code page: libxml2 (iconv) decodes it.
            return (bytes, label)
        case nil:
            if String(validating: bytes, as: UTF8.self) != nil { return (bytes, "UTF-8") }
            return (Array(TextDecoding.windows1252(bytes).utf8), "UTF-8")
        }
    }

    /// The charset named by a `<meta>` tag in the first 16 KB, lowercased, or nil.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        // Latin-1 view of the head: every byte is one character, and markup is ASCII.
        let head = String(String.UnicodeScalarView(bytes.prefix(16 * 1024).map { Unicode.Scalar($0) })).lowercased()
        var searchStart = head.startIndex
        while let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let end = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<end]
            if let range = tag.range(of: "charset") {
                var rest = tag[range.upperBound...].drop(while: { $0 == " " })
                if rest.first == "=" {
                    rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
                    let value = rest.prefix(while: { !"\"'; >/\t\n\r".contains($0) })
                    if !value.isEmpty { return String(value) }
                }
            }
            searchStart = end
        }
        return nil
    }

    /// Folds the many spellings of a label to the name used above.
    static func normalise(_ label: String) -> String {
        switch label.trimmingCharacters(in: .whitespaces) {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode", "utf-16", "utf-16le", "utf-16be":
            // A UTF-16 label on a page read as bytes without a BOM is a lie; browsers use UTF-8.
            return "utf-8"
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
             "iso-ir-100", "ascii", "us-ascii", "ansi_x3.4-1968", "cp819", "ibm819", "csisolatin1", "latin-1":
            return "windows-1252"
        case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "gb_2312-80":
            return "gb18030"
        case let other:
            return other
        }
    }
}
