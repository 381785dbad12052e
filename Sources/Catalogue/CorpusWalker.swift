import Foundation

/// Finds the files to index under the given paths: the formats preuve reads (and their
/// gzip versions), hidden files and folders skipped, in sorted order. What cannot be
/// walked (an unreadable folder, a dangling or looping link, a name that is not UTF-8, a
/// FIFO) is reported in `skipped` with the reason, and the walk goes on.
public struct CorpusWalker: Sendable {
    public static let extensions: Set<String> = ["html", "htm", "xhtml", "xml", "nxml", "txt"]

    public init() {}

    public struct Found: Sendable, Hashable {
        public var path: String
        public var status: FileStatus
    }

    /// A file or folder left out of the walk, and why.
    public struct Skipped: Sendable, Hashable {
        public var path: String
        public var reason: String
    }

    /// What a walk found.
    public struct Walk: Sendable {
        public var files: [Found]
        /// Paths given to `walk` that do not exist.
        public var missing: [String]
        public var skipped: [Skipped]
    }

    /// Recursive `readdir`: one `stat` per file, none per directory entry skipped by name.
    private func walkDirectory(_ directory: String, into files: inout [String: FileStatus], skipped: inout [Skipped]) {
        guard let dir = opendir(directory) else {
            skipped.append(Skipped(path: directory, reason: "cannot read the folder: \(String(cString: strerror(errno)))"))
            return
        }
        defer { closedir(dir) }
        var subdirectories: [String] = []
        while let entry = readdir(dir) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            // Paths are Strings from here on: a name that is not UTF-8 could not be opened again.
            guard let name = String(validating: raw, as: UTF8.self) else {
                let shown = String(decoding: raw, as: UTF8.self)
                if !shown.hasPrefix(".") {
                    skipped.append(Skipped(path: Self.join(directory, shown), reason: "the name is not valid UTF-8"))
                }
                continue
            }
            if name.hasPrefix(".") { continue }  // hidden, and . and ..
            let full = Self.join(directory, name)
            var type = entry.pointee.d_type
            // Some file systems do not fill d_type: ask lstat, or folders would be taken for files.
            if type == UInt8(DT_UNKNOWN) { type = Self.linkType(full) }
            if type == UInt8(DT_DIR) {
                subdirectories.append(full)
                continue
            }
            guard Self.isIndexable(name) else { continue }
            // Symbolic links and unknown types are resolved by stat.
            guard let st = FileStatus.of(full) else {
                // A dangling link, a loop of links, or a file gone since readdir.
                skipped.append(Skipped(path: full, reason: String(cString: strerror(errno))))
                continue
            }
            if st.isDirectory {
                // A link to a folder is not followed: it could loop.
                if type != UInt8(DT_LNK) { subdirectories.append(full) }
            } else if !st.isRegular {
                skipped.append(Skipped(path: full, reason: "not a regular file (a FIFO, socket or device)"))
            } else {
                files[full] = st
            }
        }
        for sub in subdirectories { walkDirectory(sub, into: &files, skipped: &skipped) }
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory == "." ? name : (directory == "/" ? "/" + name : directory + "/" + name)
    }

    /// The `d_type` of a path, by `lstat`.
    private static func linkType(_ path: String) -> UInt8 {
        var st = stat()
        guard lstat(path, &st) == 0 else { return UInt8(DT_UNKNOWN) }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return UInt8(DT_DIR)
        case S_IFLNK: return UInt8(DT_LNK)
        case S_IFREG: return UInt8(DT_REG)
        default: return UInt8(DT_UNKNOWN)
        }
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
    public func walk(_ paths: [String]) -> Walk {
        var files: [String: FileStatus] = [:]
        var missing: [String] = []
        var skipped: [Skipped] = []
        for raw in paths {
            let root = Self.normalize(raw)
            guard let status = FileStatus.of(root) else { missing.append(root); continue }
            guard status.isDirectory else {
                if status.isRegular {
                    files[root] = status
                } else {
                    skipped.append(Skipped(path: root, reason: "not a regular file (a FIFO, socket or device)"))
                }
                continue
            }
            walkDirectory(root, into: &files, skipped: &skipped)
        }
        return Walk(files: files.map { Found(path: $0.key, status: $0.value) }.sorted { $0.path < $1.path },
                    missing: missing, skipped: skipped.sorted { $0.path < $1.path })
    }
}
