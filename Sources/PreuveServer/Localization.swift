import Foundation
import Hummingbird

/// The languages of the pages. Every word of the pages is in `Templates/messages.tsv`; what
/// documents say is shown as written, and the verdicts' rationales and the fact-check
/// explanations, which the verdict rules write in English, are marked `lang="en"`.
enum Language: String, Sendable, CaseIterable {
    case en, fr

    var other: Language { self == .en ? .fr : .en }

    /// `?lang=` first (the switch), then the `lang` cookie it sets, then `Accept-Language`
    /// (the first of fr and en by weight), else English.
    static func negotiate(query: [String: String], cookie: String?, acceptLanguage: String?) -> Language {
        if let asked = query["lang"].flatMap(Language.init(rawValue:)) { return asked }
        if let cookie, let value = cookieValue(cookie, name: "lang").flatMap(Language.init(rawValue:)) { return value }
        guard let header = acceptLanguage else { return .en }
        var best: (Language, Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            var weight = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)) ?? 0
            }
            if weight > 0, weight > (best?.1 ?? -1) { best = (language, weight) }
        }
        return best?.0 ?? .en
    }

    static func cookieValue(_ header: String, name: String) -> String? {
        for pair in header.split(separator: ";") {
            let kv = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2, kv[0] == name { return kv[1] }
        }
        return nil
    }
}

/// `messages.tsv`: `key<TAB>en<TAB>fr`, loaded once.
struct Messages: Sendable {
    private let table: [String: (en: String, fr: String)]

    init() throws {
        guard let text = EmbeddedData.text("messages.tsv") else {
            throw StartupError(description: "messages.tsv is not compiled into this build (Sources/PreuveServer/Templates)")
        }
        var table: [String: (en: String, fr: String)] = [:]
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 3 else {
                throw StartupError(description: "messages.tsv line \(n + 1): expected key, English and French separated by tabs")
            }
            table[cells[0]] = (cells[1], cells[2])
        }
        self.table = table
    }

    func text(_ key: String, _ language: Language) -> String {
        guard let entry = table[key] else { return key }
        return language == .fr ? entry.fr : entry.en
    }

    /// Every message for the templates' `t`: keys with `.` and `-` written `_` (`{{t.site_name}}`).
    func dictionary(_ language: Language) -> [String: String] {
        var out: [String: String] = [:]
        for (key, entry) in table {
            out[key.replacingOccurrences(of: ".", with: "_").replacingOccurrences(of: "-", with: "_")] = language == .fr ? entry.fr : entry.en
        }
        return out
    }

    var keys: [String] { Array(table.keys) }
}
