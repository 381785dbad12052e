@_exported import Lexicon

extension ClaimLexicon {
    /// The bundled lexicon, as the build compiled it (`CompiledLexicon`, written by the
    /// CompileLexicon plugin from `Lexicon/Data/`): read without parsing a file or tokenizing
    /// a word. A bundled file that does not parse stops the build, naming the file and line.
    /// Should the image not read (a defect of the build), the lexicon is compiled from the
    /// files instead and `bundledProblem` says why; nothing crashes.
    public static let bundled: ClaimLexicon = bundledLoad.lexicon
    /// Why the bundled lexicon is not the build's compiled one, or a bundled file's problem
    /// (file and line); nil when all is well.
    public static var bundledProblem: LexiconError? { bundledLoad.problem }

    private static let bundledLoad: (lexicon: ClaimLexicon, problem: LexiconError?) = {
        do throws(LexiconImage.Unreadable) {
            return (try LexiconImage.decode(base64: CompiledLexicon.image), nil)
        } catch {
            let compiled = compilingBundledFiles()
            return (compiled.lexicon, compiled.problem ?? LexiconError(file: "CompiledLexicon", line: 0, reason: "\(error); the lexicon was compiled from its files instead"))
        }
    }()

    /// The vocabularies and cue lines of the compiled lexicon, without its phrase matcher:
    /// what reading a user's words needs (`query`, `indications`), at a third of the cost.
    static let bundledNames: ClaimLexicon = (try? LexiconImage.decode(base64: CompiledLexicon.image, matcher: false)) ?? bundled

    /// How `preuve query` reads a user's words: as `bundled.resolver` does, without the matcher.
    public static let bundledResolver: NameResolver = bundledNames.wordResolver

    /// The bundled lexicon plus user files (`--lexicon`): see `adding(userFiles:)`.
    public static func withUserFiles(_ paths: [String]) throws -> ClaimLexicon {
        try bundled.adding(userFiles: paths)
    }
}

extension ConceptVocabulary {
    /// The bundled conditions (`Lexicon/Data/indications.tsv`), from the compiled lexicon.
    public static var bundled: ConceptVocabulary { ClaimLexicon.bundledNames.vocabulary }
    /// A problem of the bundled files (`ClaimLexicon.bundledProblem`).
    public static var bundledProblem: LexiconError? { ClaimLexicon.bundledProblem }
}
