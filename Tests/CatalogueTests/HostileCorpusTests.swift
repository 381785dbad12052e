import Foundation
import Indexing
import Ingest
import Testing
import TestSupport
@testable import Catalogue

/// A corpus with traps in it: link loops, dangling links, a name that is not UTF-8, a FIFO,
/// a folder that cannot be opened, files that vanish or change while read. Each is skipped
/// with a named reason and the walk, and the index run, go on.
@Suite struct HostileCorpusTests {
    /// Makes a corpus with one good file and every trap; returns the folder.
    func hostileCorpus() throws -> URL {
        let dir = try Fixtures.corpus(["good.txt": "Good\n\nA file that reads.", "sub/also.txt": "Also\n\nAnother."])
        let p = dir.path
        #expect(symlink("b.txt", p + "/a.txt") == 0 && symlink("a.txt", p + "/b.txt") == 0)  // a loop of links
        #expect(symlink("nowhere.txt", p + "/dangling.txt") == 0)
        #expect(symlink("..", p + "/sub/up.html") == 0)  // a link back up: not followed
        #expect(symlink(".", p + "/sub/self") == 0)
        #expect(mkfifo(p + "/pipe.txt", 0o644) == 0)  // opening it would block forever
        // A name with a byte that is not UTF-8, made with open(2) since Strings cannot hold it.
        var raw = Array((p + "/bad").utf8) + [0xFF] + Array(".txt".utf8)
        raw.append(0)
        let fd = raw.withUnsafeBufferPointer { $0.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { open($0, O_CREAT | O_WRONLY, 0o644) } }
        #expect(fd >= 0)
        close(fd)
        return dir
    }

    @Test func everyTrapIsSkippedWithAReason() throws {
        let dir = try hostileCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let walk = CorpusWalker().walk([dir.path])
        #expect(walk.files.map(\.path) == [dir.path + "/good.txt", dir.path + "/sub/also.txt"])
        let reasons = Dictionary(uniqueKeysWithValues: walk.skipped.map { (String($0.path.dropFirst(dir.path.count + 1)), $0.reason) })
        #expect(reasons["a.txt"]?.contains("symbolic links") == true, "\(reasons)")
        #expect(reasons["b.txt"]?.contains("symbolic links") == true)
        #expect(reasons["dangling.txt"] == "No such file or directory")
        #expect(reasons["pipe.txt"]?.contains("not a regular file") == true)
        #expect(reasons["bad\u{FFFD}.txt"] == "the name is not valid UTF-8")
        #expect(walk.skipped.count == 5)
    }

    /// Root opens any folder whatever its mode, so the unopenable folder is one whose path is
    /// longer than PATH_MAX: opendir fails with ENAMETOOLONG, for root too.
    @Test func aFolderThatCannotBeOpenedIsNamedAndTheWalkGoesOn() throws {
        let dir = try Fixtures.corpus(["good.txt": "Good\n\nText."])
        defer { try? FileManager.default.removeItem(at: dir) }
        let component = String(repeating: "d", count: 200)
        var fd = open(dir.path, O_RDONLY | O_DIRECTORY)
        for _ in 0..<25 {  // 25 × 201 bytes > 4096
            #expect(mkdirat(fd, component, 0o755) == 0)
            let next = openat(fd, component, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
        }
        close(fd)
        let walk = CorpusWalker().walk([dir.path])
        #expect(walk.files.map(\.path) == [dir.path + "/good.txt"])
        #expect(walk.skipped.count == 1)
        #expect(walk.skipped.first?.reason.hasPrefix("cannot read the folder: File name too long") == true, "\(walk.skipped)")
    }

    /// Where the tests do not run as root, a folder with mode 000 is the real case.
    @Test(.enabled(if: geteuid() != 0, "root reads a folder whatever its mode"))
    func aFolderWithoutPermissionIsNamed() throws {
        let dir = try Fixtures.corpus(["good.txt": "Good\n\nText.", "locked/x.txt": "X\n\nHidden."])
        defer { chmod(dir.path + "/locked", 0o755); try? FileManager.default.removeItem(at: dir) }
        chmod(dir.path + "/locked", 0)
        let walk = CorpusWalker().walk([dir.path])
        #expect(walk.files.map(\.path) == [dir.path + "/good.txt"])
        #expect(walk.skipped.map(\.reason) == ["cannot read the folder: Permission denied"])
    }

    @Test func anIndexRunReportsTheTrapsAndIndexesTheRest() throws {
        let dir = try hostileCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = MemorySnapshotStore()
        let (catalogue, summary) = try Catalogue.update(store: store, options: IndexOptions(corpus: dir.path),
                                                          parser: ClosureParser { try DocumentReader().documents(at: $0) })
        #expect(catalogue.documents.count == 2)
        #expect(summary.failed.count == 5)
        #expect(summary.failed.contains { $0.path.hasSuffix("/pipe.txt") && $0.error.contains("not a regular file") })
        #expect(try Catalogue.load(from: store)?.documents.count == 2)
    }

    /// A file removed between the walk and the read, and one emptied just before it is parsed.
    @Test func filesThatVanishOrChangeWhileReadFailByName() throws {
        let dir = try Fixtures.corpus(["gone.txt": "Gone\n\nSoon.", "emptied.txt": "Emptied\n\nSoon.", "kept.txt": "Kept\n\nStays."])
        defer { try? FileManager.default.removeItem(at: dir) }
        let parser = ClosureParser { path in
            if path.hasSuffix("gone.txt") { unlink(path) }
            if path.hasSuffix("emptied.txt") { truncate(path, 0) }
            return try DocumentReader().documents(at: path)
        }
        let (catalogue, summary) = try Catalogue.update(store: MemorySnapshotStore(), options: IndexOptions(corpus: dir.path), parser: parser)
        #expect(try catalogue.documents.documents.map(\.title) == ["Kept"])
        let failures = Dictionary(uniqueKeysWithValues: summary.failed.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.error) })
        #expect(failures["gone.txt"] == "cannot read the file: No such file or directory", "\(failures)")
        #expect(failures["emptied.txt"] == "file is empty")
    }

    /// A file rewritten and truncated by another thread while it is read, over and over: each
    /// read gives documents or a named error. (Mapped, a truncation under the reader would be
    /// SIGBUS.)
    @Test func aFileTruncatedWhileReadNeverCrashes() throws {
        let dir = try Fixtures.corpus(["changing.txt": ""])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.path + "/changing.txt"
        let content = Data(("Changing\n\n" + String(repeating: "Une phrase de plus dans ce fichier. ", count: 3_000)).utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let stop = Locked(false)
        let writer = Thread {
            while !stop.value {
                truncate(path, 0)
                try? content.write(to: URL(fileURLWithPath: path))
            }
        }
        writer.start()
        defer { stop.mutate { $0 = true }; while !writer.isFinished { usleep(1_000) } }
        var outcomes: [String: Int] = [:]
        for _ in 0..<60 {
            do {
                _ = try DocumentReader().documents(at: path)
                outcomes["read", default: 0] += 1
            } catch let error as IngestError {
                #expect(error.path == path)
                outcomes[error.message, default: 0] += 1
            }
            _ = try? DocumentReader().contentHash(at: path)
        }
        #expect(outcomes.values.reduce(0, +) == 60, "\(outcomes)")
    }

    @Test func aFileGoneBeforeItIsHashedFailsByName() throws {
        let error = #expect(throws: IngestError.self) { try DocumentReader().contentHash(at: "/nonexistent/preuve/x.txt") }
        #expect(error?.description == "/nonexistent/preuve/x.txt: cannot read the file: No such file or directory")
    }
}
