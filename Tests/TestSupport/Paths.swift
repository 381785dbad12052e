import Foundation

/// Where tests find the project, its built executable, and the shared material beside it.
public enum TestPaths {
    /// The package root (the folder with Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// `../shared` beside the project, or nil in a user's clone, where tests that need it skip.
    public static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Whether tests that need ../shared must fail rather than skip (CI always has it).
    public static var sharedRequired: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// The `preuve` executable that `swift build` made for this test run.
    public static var executable: URL {
        #if os(macOS)
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }!.bundleURL.deletingLastPathComponent()
        #else
        let products = Bundle.main.bundleURL
        #endif
        return products.appendingPathComponent("preuve")
    }

    /// How much slower than usual this run is (`PREUVE_TEST_SLOWDOWN`, set by
    /// Scripts/sanitizers.sh): what hang-detecting timeouts are multiplied by.
    public static var slowdown: Double {
        ProcessInfo.processInfo.environment["PREUVE_TEST_SLOWDOWN"].flatMap(Double.init) ?? 1
    }

    /// A fresh temporary directory, removed by the caller.
    public static func temporaryDirectory(_ label: String = "preuve") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `path` under `root`, creating the folders on the way.
    public static func write(_ text: String, to path: String, under root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}

/// Runs the real `preuve` executable, as a user or a script would.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Killed by a signal (a crash), rather than exiting.
    public var crashed = false
    /// Killed by `run` for taking longer than its timeout (a hang).
    public var timedOut = false
}

public enum PreuveProcess {
    @discardableResult
    public static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil,
                           environment: [String: String] = [:], timeout: TimeInterval? = nil,
                           executable: URL = TestPaths.executable) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let timedOut = TimeoutFlag()
        if let timeout {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                if process.isRunning { timedOut.set(); kill(pid, SIGKILL) }
            }
        }
        // Read both pipes before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self),
                             crashed: process.terminationReason == .uncaughtSignal, timedOut: timedOut.isSet)
    }
}

private final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
