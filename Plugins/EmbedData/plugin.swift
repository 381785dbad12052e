import Foundation
import PackagePlugin

/// Compiles a target's data files into it: every file of the target's data folder (but its
/// README.md) becomes a string literal of `EmbeddedData.swift`, generated in the plugin's
/// work folder at build time. The files stay the source of truth, edited as before; each is
/// declared as an input, so that editing one re-runs the generator. Nothing is fetched: the
/// generator is `EmbedDataTool`, built from this package.
@main
struct EmbedData: BuildToolPlugin {
    /// The data folder of each target that uses the plugin.
    static let folders = ["Lexicon": "Data", "TextAnalysis": "Resources", "Ingest": "Schemas", "PreuveServer": "Templates"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        guard let folder = Self.folders[target.name] else {
            throw PluginError("EmbedData: no data folder is declared for target \(target.name) (Plugins/EmbedData/plugin.swift)")
        }
        let directory = target.directoryURL.appending(path: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }
            .sorted()
        let inputs = names.map { directory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(target.name)/\(folder) (\(names.count) files)",
                executable: try context.tool(named: "EmbedDataTool").url,
                arguments: [output.path, folder] + inputs.map(\.path),
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
