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

    /// Whether the name is one `preuve index` reads.
    public static func isIndexable(_ name: String) -> Bool {
        if name.hasPrefix(".") { return false }
        var ext = (name as NSString).pathExtension.lowercased()
        if ext == "gz" { ext = ((name as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        return extensions.contains(ext)
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
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                let full = root == "." ? relative : root + "/" + relative
                if name.hasPrefix(".") {
                    if FileStatus.of(full)?.isDirectory == true { enumerator.skipDescendants() }
                    continue
                }
                guard Self.isIndexable(name), let st = FileStatus.of(full), !st.isDirectory else { continue }
                files[full] = st
            }
        }
        return (files.map { Found(path: $0.key, status: $0.value) }.sorted { $0.path < $1.path }, missing)
    }
}
