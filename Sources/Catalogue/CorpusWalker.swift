import Foundation

/// Finds the files to index under the given paths: the formats preuve reads (and their
/// gzip versions), hidden files and folders skipped, in sorted order.
public struct CorpusWalker: Sendable {
    public static let extensions: Set<String> = ["html", "htm", "xhtml", "xml", "nxml", "txt"]

    public init() {}

    public struct Found: Sendable, Hashable {
        public var path: String
        public var status: FileStatus
    }

    /// Recursive `readdir`: one `stat` per file, none per directory entry skipped by name.
    private func walkDirectory(_ directory: String, into files: inout [String: FileStatus]) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        var subdirectories: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }  // hidden, and . and ..
            let full = directory == "." ? name : (directory == "/" ? "/" + name : directory + "/" + name)
            let type = entry.pointee.d_type
            if type == UInt8(DT_DIR) {
                subdirectories.append(full)
                continue
            }
            guard Self.isIndexable(name) else { continue }
            // Symbolic links and unknown types are resolved by stat.
            guard let st = FileStatus.of(full) else { continue }
            if st.isDirectory {
                // A link to a folder is not followed: it could loop.
                if type != UInt8(DT_LNK) { subdirectories.append(full) }
            } else {
                files[full] = st
            }
        }
        for sub in subdirectories { walkDirectory(sub, into: &files) }
    }

    /// Whether the name is one `preuve index` reads.
    public static func isIndexable(_ name: String) -> Bool {
        if name.hasPrefix(".") { return false }
        var parts = name.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        if parts.last == "gz" {
            parts.removeLast()
            guard parts.count >= 2 else { return false }
        }
        return extensions.contains(String(parts.last!))
    }

    /// `Corpus/`, `./Corpus` and `Corpus` name the same scope, and manifest paths use one spelling.
    public static func normalize(_ path: String) -> String {
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        return p.isEmpty ? "." : p
    }

    /// Whether `path` is `scope` or lies under it.
    public static func path(_ path: String, isWithin scope: String) -> Bool {
        scope == "." ? !path.hasPrefix("/") : (path == scope || path.hasPrefix(scope == "/" ? "/" : scope + "/"))
    }

    /// Files under each path (a file given by name is taken whatever its extension).
    /// Paths that do not exist are returned in `missing`.
    public func walk(_ paths: [String]) -> (files: [Found], missing: [String]) {
        var files: [String: FileStatus] = [:]
        var missing: [String] = []
        for raw in paths {
            let root = Self.normalize(raw)
            guard let status = FileStatus.of(root) else { missing.append(root); continue }
            guard status.isDirectory else { files[root] = status; continue }
            walkDirectory(root, into: &files)
        }
        return (files.map { Found(path: $0.key, status: $0.value) }.sorted { $0.path < $1.path }, missing)
    }
}
