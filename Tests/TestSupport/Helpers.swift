import Documents
import Foundation

/// A value shared with a helper thread.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    public init(_ value: Value) { stored = value }
    public var value: Value { lock.withLock { stored } }
    public func mutate(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}

/// Documents built from paragraphs, as a reader would lay them out (`TextBuilder`).
public enum TestDocument {
    public static func make(_ paragraphs: [String], source: String = "test.txt", title: String = "Test", language: String? = "en",
                            kind: DocumentKind = .other, format: DocumentFormat = .text) -> Document {
        var b = TextBuilder()
        b.beginSection(heading: nil, role: .main)
        for p in paragraphs { b.appendParagraph(p) }
        let (text, sections) = b.finish()
        return Document(source: source, format: format, kind: kind, title: title, language: language, text: text, sections: sections)
    }
}

/// Random draws a failing run can replay (SplitMix64). The seed is `PREUVE_TEST_SEED` when
/// set, else the test's fixed seed, else one drawn now; it is printed either way, so that
/// `PREUVE_TEST_SEED=N swift test --filter ...` replays a run.
public struct TestRandom: RandomNumberGenerator, Sendable {
    public let seed: UInt64
    private var state: UInt64

    /// `label` names the test in the printed line; `seed`: the test's fixed seed, if any.
    public init(_ label: String, seed fixed: UInt64? = nil) {
        let given = ProcessInfo.processInfo.environment["PREUVE_TEST_SEED"].flatMap { UInt64($0) }
        seed = given ?? fixed ?? UInt64.random(in: 1...UInt64(UInt32.max))
        state = seed
        print("\(label): seed \(seed)" + (given != nil ? " (from PREUVE_TEST_SEED)" : " (replay with PREUVE_TEST_SEED=\(seed))"))
    }

    /// Draws from a seed given by the test itself (values made up inside a test whose own
    /// `TestRandom` printed the seed), printing nothing.
    public init(unprinted seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// SplitMix64.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `pausing-writer` (Tests/pausing-writer), a test program that indexes like `preuve index` with
/// a pause between the chunks of its snapshot write, so that a test can kill it inside the
/// write or make a second writer wait on the lock. The pause lives in test code only.
public enum PausingWriter {
    public static var executable: URL { TestPaths.executable.deletingLastPathComponent().appendingPathComponent("pausing-writer") }

    /// Starts one writer of `index` from `corpus`; its output is discarded.
    /// `mergeFactor`: segments of a size merged at that many (the writer's default when nil).
    public static func start(index: URL, corpus: URL, pauseMilliseconds: Int, mergeFactor: Int? = nil) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = [index.path, corpus.path, String(pauseMilliseconds)] + (mergeFactor.map { [String($0)] } ?? [])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Whether a file of the index folder is a writer's temporary (`.catalogue.preuve.tmp-PID`
    /// for the meta file, `.segment-000001.preuve.tmp-PID` for a segment), of `pid` when given.
    public static func isTemporary(_ name: String, pid: Int32? = nil) -> Bool {
        guard name.hasPrefix("."), let range = name.range(of: ".preuve.tmp-") else { return false }
        return pid.map { name[range.upperBound...] == String($0) } ?? true
    }

    /// Waits (up to a minute) for a writer's temporary file (the meta file's or a segment's) to appear in `index`: it is
    /// inside its write. `pid` names its temporary; nil waits for any writer's.
    public static func waitForWrite(in index: URL, pid: Int32? = nil) -> Bool {
        let deadline = Date().addingTimeInterval(60 * TestPaths.slowdown)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: index.path)) ?? []
            if names.contains(where: { PausingWriter.isTemporary($0, pid: pid) }) { return true }
            usleep(2_000)
        }
        return false
    }
}
