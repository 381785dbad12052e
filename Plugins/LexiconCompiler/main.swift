import Foundation

// LexiconCompiler OUTPUT LEXICON-FOLDER RESOURCES-FOLDER: compiles the bundled lexicon (the
// files of Sources/Lexicon/Data/ and the page furniture of Sources/TextAnalysis/Resources/)
// into OUTPUT, a Swift file holding its image (`LexiconImage`) as base64. Run by the
// CompileLexicon build-tool plugin. A file that does not parse stops the build, naming the
// file and line.

guard CommandLine.arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: LexiconCompiler OUTPUT LEXICON-FOLDER RESOURCES-FOLDER\n".utf8))
    exit(2)
}
let output = CommandLine.arguments[1]
let (lexicon, problem) = ClaimLexicon.compilingBundledFiles()
if let problem {
    FileHandle.standardError.write(Data("Sources/Lexicon/Data/\(problem.file):\(problem.line): error: \(problem.reason)\n".utf8))
    exit(1)
}
let image = LexiconImage.encode(lexicon)
// The image must read back as the lexicon it came from before it goes into a build.
do {
    let back = try LexiconImage.decode(image)
    guard LexiconImage.encode(back) == image else {
        FileHandle.standardError.write(Data("LexiconCompiler: error: the image does not read back as written\n".utf8))
        exit(1)
    }
} catch {
    FileHandle.standardError.write(Data("LexiconCompiler: error: \(error)\n".utf8))
    exit(1)
}
let source = """
    // Generated at build time by the CompileLexicon plugin (Plugins/CompileLexicon) from
    // Sources/Lexicon/Data/: edit those files, never this one.

    /// The bundled lexicon, compiled: `LexiconImage` bytes in base64 (\(image.count) bytes).
    enum CompiledLexicon {
        static let image = "\(Data(image).base64EncodedString())"
    }

    """
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("LexiconCompiler: error: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
