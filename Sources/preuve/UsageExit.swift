import ArgumentParser
import Foundation

extension Preuve {
    /// spec/cli.md: a usage error exits 2. ArgumentParser's own code for it is 64
    /// (EX_USAGE), so its message is printed here and the code changed; help, version and
    /// the commands' own exit codes pass through unchanged.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(Exit.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
