import Foundation

// EmbedDataTool OUTPUT FOLDER FILE...: writes OUTPUT, a Swift file that holds each FILE's
// bytes as a string literal, keyed by file name (run by the EmbedData build-tool plugin).
// A file that is not UTF-8 text stops the build, naming the file.

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: EmbedDataTool OUTPUT FOLDER FILE...\n".utf8))
    exit(2)
}
let output = arguments[1]
let folder = arguments[2]
let files = arguments.dropFirst(3).sorted { ($0 as NSString).lastPathComponent < ($1 as NSString).lastPathComponent }

/// A Swift string literal whose value is exactly `text`.
func literal(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || scalar.properties.generalCategory == .lineSeparator || scalar.properties.generalCategory == .paragraphSeparator:
            out += "\\u{" + String(scalar.value, radix: 16) + "}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

var source = """
    // Generated at build time by the EmbedData plugin (Plugins/EmbedData) from the files of
    // `\(folder)/`: edit those, never this file.

    /// The data files of `\(folder)/`, compiled into the module.
    enum EmbeddedData {
        /// The folder the files come from, for messages.
        static let folder = \(literal(folder))

        /// Every file's name, sorted.
        static let names: [String] = [\(files.map { literal(($0 as NSString).lastPathComponent) }.joined(separator: ", "))]

        /// A file's text, exactly its bytes as UTF-8; nil for a name that is not one of `names`.
        static func text(_ name: String) -> String? {
            switch name {

    """
for path in files {
    let name = (path as NSString).lastPathComponent
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("EmbedDataTool: error: cannot read \(path)\n".utf8))
        exit(1)
    }
    guard let text = String(validating: data, as: UTF8.self), !data.contains(0) else {
        FileHandle.standardError.write(Data("EmbedDataTool: error: \(path) is not UTF-8 text (or holds a NUL byte)\n".utf8))
        exit(1)
    }
    source += "        case \(literal(name)): return \(literal(text))\n"
}
source += """
            default: return nil
            }
        }
    }

    """
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("EmbedDataTool: error: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
