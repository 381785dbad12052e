import Foundation

/// A word list of `Resources/`, compiled into the module (`EmbeddedData`, generated at build
/// time from the files): one entry a line, `#` comments and blank lines skipped.
enum ResourceList {
    static func load(_ name: String) -> [String] {
        guard let content = text(name) else { return [] }
        var entries: [String] = []
        DataFileLines.forEachLine(in: content) { _, line in
            let entry = DataFileLines.trimmed(line)
            if !DataFileLines.isBlankOrComment(entry) { entries.append(String(entry)) }
        }
        return entries
    }

    /// The list's text, nil when this build lacks it (`missing` names such lists).
    static func text(_ name: String) -> String? {
        EmbeddedData.text(name + ".txt")
    }
}

/// The word lists the text analysis reads, and which of them this build lacks (a test fails
/// on any; nothing crashes for one).
public enum TextResources {
    public static let names = ["abbreviations", "letter-nouns", "stopwords-en", "stopwords-fr"]

    public static var missing: [String] {
        names.filter { ResourceList.text($0) == nil }.map { "Resources/\($0).txt" }
    }
}
