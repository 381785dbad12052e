import Documents
import Foundation
import TextAnalysis

/// What every XML reader shares: the text limit, language guessing, small string helpers.
enum XMLReaders {
    static func checkText(_ text: String, source: String, limits: IngestLimits) throws {
        let bytes = text.utf8.count
        if bytes > limits.maxTextBytes {
            throw IngestError(path: source, reason: .limitExceeded(
                "extracted text of \(bytes) bytes over the limit of \(limits.maxTextBytes)"))
        }
    }

    static func guessLanguage(_ text: String) -> String? {
        // No more bytes than the limit means no more characters: skip counting them.
        text.utf8.count <= 20_000 ? LanguageGuesser.shared.guess(text) : LanguageGuesser.shared.guess(text.prefix(20_000))
    }

    /// The file name, for documents with no title of their own.
    static func fileName(_ source: String) -> String {
        (source as NSString).lastPathComponent
    }
}

extension String {
    /// Nil when empty or only white space, else the trimmed string.
    var nilIfBlank: String? {
        // Most values start and end with a visible ASCII byte: nothing to trim.
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return self
        }
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
