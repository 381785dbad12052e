import ArgumentParser
import Foundation

extension Preuve {
    /// ArgumentParser exits 64 on a usage error; spec/cli.md promises 2, which scripts test.
    /// Everything else (help, version, thrown exit codes) keeps ArgumentParser's handling.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(Exit.usage.rawValue)
        }
    }
}
