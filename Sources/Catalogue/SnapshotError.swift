/// Why a snapshot cannot be used. Each problem is told apart so that the user learns
/// whether the file is damaged, from another program, or from another version of preuve;
/// none of them is ever repaired silently.
public struct SnapshotError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        /// The file does not start with the snapshot magic: not a preuve index at all.
        case foreign
        /// Written by an older format version that this build no longer reads.
        case tooOld(found: UInt32, supported: UInt32)
        /// Written by a newer preuve.
        case tooNew(found: UInt32, supported: UInt32)
        /// Built with another analyzer: queries would be analysed differently from documents.
        case analyzerMismatch(found: String, expected: String)
        /// A checksum does not match, the file is truncated, or its structure is inconsistent.
        case corrupt(String)
    }

    public var file: String
    public var problem: Problem

    public init(file: String, problem: Problem) {
        self.file = file
        self.problem = problem
    }

    static func malformed(section: String, detail: String) -> SnapshotError {
        SnapshotError(file: "", problem: .corrupt("section \(section): \(detail)"))
    }

    public var reason: String {
        switch problem {
        case .foreign: return "not a preuve index (unknown magic number)"
        case .tooOld(let found, let supported): return "index format version \(found) is too old (this preuve reads version \(supported))"
        case .tooNew(let found, let supported): return "index format version \(found) is too new (this preuve reads version \(supported))"
        case .analyzerMismatch(let found, let expected): return "built with analyzer \(found), this preuve uses \(expected)"
        case .corrupt(let detail): return "corrupt: \(detail)"
        }
    }

    public var description: String {
        "\(file): \(reason); rebuild it with `preuve index --full`"
    }
}
