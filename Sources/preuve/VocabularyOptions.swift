import ArgumentParser
import Claims
import Lexicon

/// `--vocabulary FILE` (also spelled `--lexicon`, its first name): a user's concepts (a TSV
/// with an `id` header, or an OBO file) or cue lines, merged with the bundled lexicon, for the
/// commands that read a text's claims themselves (`claims`, `check`, `vocabulary`).
struct VocabularyOptions: ParsableArguments {
    @Option(name: [.customLong("vocabulary"), .customLong("lexicon")],
            help: ArgumentHelp("A vocabulary (TSV with an id header, or OBO) or lexicon file to add to the bundled ones (repeatable); see Sources/Lexicon/Data/README.md.",
                               valueName: "file"))
    var files: [String] = []

    /// The bundled lexicon with the user's files; an error names the file and line, and
    /// exits 2 (a usage error: the file given is wrong).
    func lexicon() throws -> ClaimLexicon {
        guard !files.isEmpty else { return .bundled }
        do { return try ClaimLexicon.withUserFiles(files) } catch {
            Console.err("\(error)")
            throw Exit.usage
        }
    }
}
