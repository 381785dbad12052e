import Foundation

/// The data files, read from the folders the build gives (`LexiconCompiler OUTPUT LEXICON
/// FURNITURE`), where the modules read them from what EmbedData compiled in. This tool is
/// built from the very sources of TextAnalysis and Lexicon (the two folders beside this file
/// are links to them), so that the image is what those modules make of the files; SwiftPM
/// builds a plugin's tool without applying plugins to its dependencies, so it cannot link
/// those modules, whose data EmbedData compiles in.
enum EmbeddedData {
    /// The folders: the lexicon's (whose files `names` lists), then TextAnalysis's resources.
    static let directories: [String] = Array(CommandLine.arguments.dropFirst(2))

    static let folder = "Data"

    /// The files of the lexicon's folder, sorted, as EmbedData lists them (no README.md).
    static let names: [String] = {
        guard let first = directories.first, let all = try? FileManager.default.contentsOfDirectory(atPath: first) else { return [] }
        return all.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }()

    /// A file's text from the first folder that has it.
    static func text(_ name: String) -> String? {
        for directory in directories {
            if let data = FileManager.default.contents(atPath: directory + "/" + name) { return String(decoding: data, as: UTF8.self) }
        }
        return nil
    }
}
