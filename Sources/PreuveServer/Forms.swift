import Foundation

/// Form and query decoding, by hand so that `+` is a space as browsers send it, and a
/// minimal `multipart/form-data` reader for the fact-check page's upload. Both work on a
/// body already bounded by the size limit, and keep nothing.
enum Forms {
    /// `a=1&b=two+words` to a dictionary (the first value of a repeated key wins); invalid
    /// percent escapes are kept as written.
    static func urlEncoded(_ s: some StringProtocol) -> [String: String] {
        var out: [String: String] = [:]
        for pair in s.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(kv[0])
            guard !key.isEmpty, out[key] == nil else { continue }
            out[key] = kv.count > 1 ? decode(kv[1]) : ""
        }
        return out
    }

    static func decode(_ s: some StringProtocol) -> String {
        let plus = s.replacingOccurrences(of: "+", with: " ")
        return plus.removingPercentEncoding ?? plus
    }

    /// One part of a multipart body.
    struct Part {
        var name: String
        var filename: String?
        var data: Data
    }

    /// The parts of a `multipart/form-data` body, given its Content-Type header (for the
    /// boundary); nil when the header names no boundary.
    static func multipart(_ body: Data, contentType: String) -> [Part]? {
        guard let boundary = parameter("boundary", in: contentType), !boundary.isEmpty else { return nil }
        let delimiter = Data(("--" + boundary).utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var parts: [Part] = []
        var position = body.startIndex
        guard let first = body.range(of: delimiter, in: position..<body.endIndex) else { return [] }
        position = first.upperBound
        while position < body.endIndex {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body[position...].starts(with: Data("--".utf8)) { break }
            guard body[position...].starts(with: Data("\r\n".utf8)) else { break }
            position += 2
            guard let headersRange = body.range(of: headerEnd, in: position..<body.endIndex) else { break }
            let headers = String(decoding: body[position..<headersRange.lowerBound], as: UTF8.self)
            let contentStart = headersRange.upperBound
            guard let next = body.range(of: Data("\r\n".utf8) + delimiter, in: contentStart..<body.endIndex) else { break }
            var name: String?
            var filename: String?
            for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                name = parameter("name", in: line)
                filename = parameter("filename", in: line)
            }
            if let name { parts.append(Part(name: name, filename: filename, data: body[contentStart..<next.lowerBound])) }
            position = next.upperBound
        }
        return parts
    }

    /// A `key=value` or `key="value"` parameter of a header value.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let kv = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, kv[0].lowercased() == key else { continue }
            var value = kv[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
