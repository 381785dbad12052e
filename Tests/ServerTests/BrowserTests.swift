import Foundation
import Testing
import TestSupport

/// A real browser: headless Chromium (Debian's `chromium`, which `.ci/run` installs) loads
/// the home, an indication, a document and a fact-check page of the bundled corpus from
/// `preuve-serve`, the test reads the DOM it built, and takes screenshots: into a temporary
/// folder, so that a test run leaves the working tree as it found it, or into the folder
/// `PREUVE_SCREENSHOTS` names, relative to the package (`PREUVE_SCREENSHOTS=docs/screenshots swift
/// test --filter BrowserTests` refreshes the README's pictures). Without chromium the test says
/// so and skips; under CI it fails.
@Suite(.serialized) struct BrowserTests {
    static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    /// The folder `PREUVE_SCREENSHOTS` names, if any: the screenshots are kept there.
    static let keptScreenshots: URL? = ProcessInfo.processInfo.environment["PREUVE_SCREENSHOTS"].flatMap { folder in
        folder.isEmpty ? nil : URL(fileURLWithPath: folder, relativeTo: TestPaths.packageRoot)
    }

    /// Runs chromium headless on one URL.
    static func chromium(_ arguments: [String], url: String) throws -> CommandResult {
        let profile = try TestPaths.temporaryDirectory("preuve-chromium")
        defer {
            do { try FileManager.default.removeItem(at: profile) } catch { print("BrowserTests: could not remove \(profile.path): \(error)") }
        }
        return try PreuveProcess.run(["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                                      "--hide-scrollbars", "--user-data-dir=\(profile.path)", "--lang=en-US"] + arguments + [url],
                                     timeout: 120 * TestPaths.slowdown, executable: URL(fileURLWithPath: chromium!))
    }

    static let pages: [(name: String, path: String, checks: [String])] = [
        ("home", "/", ["data-verdict=\"supported\"", "data-verdict=\"insufficient\"", "<form class=\"search\""]),
        ("indication", "/indications/lombalgie", ["data-verdict=\"insufficient\"", "<ol class=\"claims deciding\"><li class=\"claim",
                                                  "<svg class=\"chart\"", "<ol class=\"claims testimony\">"]),
        ("indication-fr", "/indications/lombalgie?lang=fr", ["<html lang=\"fr\">", ">Insuffisant<", "Sources décisives"]),
        ("document", "/documents/Corpus/articles/fr-actu-sante-express-mal-de-dos-etude.html",
         ["<mark id=\"c-", "class=\"claim stance-supports\"", "class=\"claim-note"]),
        ("fact-check", "/check?doc=Corpus%2Farticles%2Ffr-cabinet-tilleuls-mesotherapie-douleurs.html",
         ["class=\"check-item", " flagged", "<script type=\"application/ld+json\">", "data-verdict="]),
    ]

    @Test func chromiumLoadsThePages() async throws {
        guard Self.chromium != nil else {
            print("BrowserTests: chromium is not installed (apt-get install chromium); skipping the browser test")
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("chromium is missing and CI is set: .ci/run installs it") }
            return
        }
        let catalogue = try TestCatalogues.bundled.get()
        let server = try ServerProcess.start(ServeCommandTests.serverExecutable,
                                             ["--port", "0", "--index", catalogue.index.path, "--corpus", catalogue.corpus.path])
        defer { server.stop() }
        let port = try #require(server.port, "preuve-serve did not start: \(server.stderr)")
        let screenshots = try Self.keptScreenshots ?? TestPaths.temporaryDirectory("preuve-screenshots")
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        defer {
            if Self.keptScreenshots == nil {
                do { try FileManager.default.removeItem(at: screenshots) } catch { print("BrowserTests: could not remove \(screenshots.path): \(error)") }
            }
        }
        // The DOM of the pages is read side by side (each chromium run is seconds of start-up);
        // the screenshots are taken one at a time, since a chromium painting beside others may
        // take its picture before the page is painted whole.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for page in Self.pages {
                group.addTask {
                    let dom = try await Self.offPool { try Self.chromium(["--dump-dom"], url: "http://127.0.0.1:\(port)\(page.path)") }
                    #expect(dom.status == 0, "\(page.name): \(dom.stderr.suffix(500))")
                    for check in page.checks {
                        #expect(dom.stdout.contains(check), "\(page.name): the DOM lacks \(check)")
                    }
                    // No script ran, none was refused: the pages have none but the JSON-LD data block.
                    #expect(!dom.stderr.contains("Content Security Policy"), "\(page.name): \(dom.stderr.suffix(500))")
                }
            }
            try await group.waitForAll()
        }
        for page in Self.pages {
            let file = screenshots.appendingPathComponent("\(page.name).png")
            let url = "http://127.0.0.1:\(port)\(page.path)"
            let shot = try await Self.offPool { try Self.chromium(["--screenshot=\(file.path)", "--window-size=1200,900"], url: url) }
            #expect(shot.status == 0, "\(page.name): \(shot.stderr.suffix(500))")
            let png = try Data(contentsOf: file)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(page.name).png is a PNG")
        }
    }

    /// Blocking work on a thread of its own, off the concurrency pool the server's tests share.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }
}
