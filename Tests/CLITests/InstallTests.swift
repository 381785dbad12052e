import Foundation
import Testing
import TestSupport

/// `Scripts/install.sh` installs a binary that runs alone: copied into a temporary prefix, far
/// from the build folder (whose resource bundles it no longer needs: there are none), it
/// answers a query on the bundled corpus and reads a seed article, from another folder.
/// The test installs the executable this run built (`--binary`: a release build cannot run
/// inside `swift test`, which holds the build folder); the release build and the plugin's
/// man page are what `Scripts/install.sh PREFIX` adds.
@Suite struct InstallTests {
    @Test func theInstalledBinaryRunsAloneFromAnotherFolder() throws {
        let bash = "/bin/bash"
        guard FileManager.default.isExecutableFile(atPath: bash) else {
            print("InstallTests: skipped: no \(bash) to run Scripts/install.sh")
            try Test.cancel("no \(bash) to run Scripts/install.sh")
        }
        let root = try TestPaths.temporaryDirectory("preuve-install")
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = root.appendingPathComponent("prefix")
        let elsewhere = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)

        let install = try PreuveProcess.run(
            [TestPaths.packageRoot.appendingPathComponent("Scripts/install.sh").path, "--binary", TestPaths.executable.path, prefix.path],
            in: elsewhere, executable: URL(fileURLWithPath: bash))
        #expect(install.status == 0, "\(install.stdout)\n\(install.stderr)")
        let installed = prefix.appendingPathComponent("bin/preuve")
        for file in ["share/man/man1/preuve.1", "share/bash-completion/completions/preuve", "share/zsh/site-functions/_preuve",
                     "share/fish/vendor_completions.d/preuve.fish"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: prefix.appendingPathComponent(file).path)[.size] as? Int) ?? 0
            #expect(size > 0, "\(file) is missing or empty")
        }
        // Nothing beside the binary: no resource bundle was installed, none is read; only the
        // server (`preuve serve` runs it from beside preuve), when it was built beside it.
        let server = TestPaths.executable.deletingLastPathComponent().appendingPathComponent("preuve-serve")
        let serverBuilt = FileManager.default.isExecutableFile(atPath: server.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix.appendingPathComponent("bin").path).sorted()
                == (serverBuilt ? ["preuve", "preuve-serve"] : ["preuve"]))
        if serverBuilt {
            let help = try PreuveProcess.run(["serve", "--help"], in: elsewhere, executable: installed)
            #expect(help.status == 0, "the installed preuve serve finds the installed preuve-serve: \(help.stderr)")
            #expect(help.stdout.contains("preuve-serve"))
        }

        // The build folder hidden, where the system lets a test do it (a private mount namespace
        // with an empty tmpfs over `.build`): the installed binary cannot fall back on anything
        // the build left there.
        let build = TestPaths.packageRoot.appendingPathComponent(".build").path
        let unshare = URL(fileURLWithPath: "/usr/bin/unshare")
        let hide = ["-m", "/bin/sh", "-c", "mount -t tmpfs tmpfs \"$0\" && exec \"$@\"", build]
        let canHide = FileManager.default.isExecutableFile(atPath: unshare.path)
            && ((try? PreuveProcess.run(hide + ["/bin/true"], in: elsewhere, executable: unshare))?.status == 0)
        if !canHide { print("InstallTests: the build folder cannot be hidden here (no mount namespace); the binary runs beside it") }
        func run(_ arguments: [String]) throws -> CommandResult {
            canHide ? try PreuveProcess.run(hide + [installed.path] + arguments, in: elsewhere, executable: unshare)
                    : try PreuveProcess.run(arguments, in: elsewhere, executable: installed)
        }
        if canHide {
            let hidden = try PreuveProcess.run(hide + ["/bin/ls", "-A", build], in: elsewhere, executable: unshare)
            #expect(hidden.status == 0 && hidden.stdout.isEmpty, "the build folder is not hidden: \(hidden.stdout)")
        }

        let version = try run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("preuve "), "\(version.stderr)")
        #expect(version.stdout.contains("rules claims-") && version.stdout.contains("vocabulary vocabulary-"), "\(version.stdout)")

        let corpus = TestPaths.packageRoot.appendingPathComponent("Corpus").path
        let index = root.appendingPathComponent("Index").path
        let query = try run(["query", "lombalgie", "--index", index, "--corpus", corpus, "--format", "json"])
        #expect(query.status == 0 && !query.crashed, "\(query.stderr)")
        #expect(query.stdout.contains("\"low-back-pain\""), "\(query.stdout)")
        let meso = try run(["query", "lombalgie", "--intervention", "Mésothérapie", "--index", index, "--corpus", corpus,
                            "--format", "json", "--no-update"])
        #expect(meso.status == 0 && meso.stdout.contains("\"mesotherapy\""), "\(meso.stderr)")

        guard let shared = TestPaths.shared else {
            if TestPaths.sharedRequired { Issue.record("../shared/seeds is missing") }
            print("InstallTests: `preuve claims` on a seed skipped: no ../shared beside the package")
            return
        }
        let seed = shared.appendingPathComponent("seeds/004_dcb6e8c9300817d4.txt").path
        let claims = try run(["claims", seed, "--format", "json"])
        #expect(claims.status == 0 && !claims.crashed, "\(claims.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(claims.stdout.utf8)) as? [[String: Any]]
        #expect(!(parsed ?? []).isEmpty, "no claims in \(seed)")
    }

}
