import Foundation
import PackagePlugin

/// Compiles the bundled lexicon into the target that uses it (Claims): `LexiconCompiler`
/// parses and tokenizes the files of `Sources/Lexicon/Data/` (and the page furniture of
/// TextAnalysis) once, at build time, and writes `CompiledLexicon.swift`, which the executable
/// reads at start-up instead of the files. The files stay the source of truth; each is an
/// input of the command, so that editing one compiles the lexicon again.
@main
struct CompileLexicon: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        var inputs: [URL] = []
        var directories: [URL] = []
        for (name, folder) in [("Lexicon", "Data"), ("TextAnalysis", "Resources")] {
            guard let source = try context.package.targets(named: [name]).first as? SourceModuleTarget else {
                throw PluginError("CompileLexicon: the package has no target \(name)")
            }
            let directory = source.directoryURL.appending(path: folder)
            directories.append(directory)
            inputs += try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { !$0.hasPrefix(".") && $0 != "README.md" }
                .sorted()
                .map { directory.appending(path: $0) }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "CompiledLexicon.swift")
        return [
            .buildCommand(
                displayName: "Compiling the lexicon for \(target.name)",
                executable: try context.tool(named: "LexiconCompiler").url,
                arguments: [output.path] + directories.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
