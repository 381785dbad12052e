import Foundation
import Testing
import TestSupport

/// The test fixtures of this target (Fixtures/, copied as a resource folder).
enum Fixtures {
    static func path(_ relative: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(relative).path
    }

    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path(relative)))
    }
}

/// `../shared/realworld/NAME`, or nil (with a note) when the shared folder is absent. Fails
/// instead of skipping when CI requires it.
func realworld(_ name: String) -> URL? {
    guard let shared = TestPaths.shared else {
        if TestPaths.sharedRequired { Issue.record("../shared is required (CI) but absent") }
        else { print("note: ../shared is absent; skipping the real-world \(name) files") }
        return nil
    }
    return shared.appendingPathComponent("realworld").appendingPathComponent(name)
}

func files(in folder: URL, extensions: Set<String>) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { folder.appendingPathComponent($0) }.filter { extensions.contains($0.pathExtension) }
}
