import Foundation
import Testing
import TestSupport

/// A folder and a file that the user may not read. Root reads everything whatever the mode,
/// so as root the executable runs as `nobody` through setpriv(1); where that is not possible
/// the test is cancelled, not passed.
@Suite struct UnreadableCorpusTests {
    @Test func anUnreadableFolderAndFileAreNamedAndTheRestIsIndexed() throws {
        let setpriv = "/usr/bin/setpriv"
        let asRoot = geteuid() == 0
        if asRoot, !FileManager.default.isExecutableFile(atPath: setpriv) {
            try Test.cancel("running as root without setpriv: permissions cannot be tested")
        }
        let root = try TestPaths.temporaryDirectory("preuve-unreadable")
        defer {
            chmod(root.appendingPathComponent("Corpus/locked").path, 0o755)
            try? FileManager.default.removeItem(at: root)
        }
        let corpus = root.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("locked"), withIntermediateDirectories: true)
        try "Readable\n\nA file anyone reads.\n".write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Locked\n\nIn a locked folder.\n".write(to: corpus.appendingPathComponent("locked/b.txt"), atomically: true, encoding: .utf8)
        try "Secret\n\nNot for this user.\n".write(to: corpus.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        chmod(corpus.appendingPathComponent("locked").path, 0)
        chmod(corpus.appendingPathComponent("secret.txt").path, 0)
        chmod(root.path, 0o777)  // nobody writes Index/ here

        let arguments = ["index", "--format", "json"]
        let result = asRoot
            ? try PreuveProcess.run(["--reuid=nobody", "--regid=nogroup", "--clear-groups", try Self.executableForNobody(in: root).path] + arguments,
                                    in: root, executable: URL(fileURLWithPath: setpriv))
            : try PreuveProcess.run(arguments, in: root)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("Corpus/locked: cannot read the folder: Permission denied"), "\(result.stderr)")
        #expect(result.stderr.contains("Corpus/secret.txt:") && result.stderr.contains("Permission denied"), "\(result.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(summary?["documents"] as? Int == 1, "\(result.stdout)")
    }

    /// The executable alone copied where `nobody` may reach it: the build folder can sit in a
    /// directory only root may enter (a `mktemp -d` clone). The binary carries its lexicon, so
    /// nothing else is copied.
    static func executableForNobody(in root: URL) throws -> URL {
        let fm = FileManager.default
        let bin = root.appendingPathComponent("bin")
        try fm.createDirectory(at: bin, withIntermediateDirectories: true)
        try fm.copyItem(at: TestPaths.executable, to: bin.appendingPathComponent("preuve"))
        chmod(bin.path, 0o755)
        return bin.appendingPathComponent("preuve")
    }
}
