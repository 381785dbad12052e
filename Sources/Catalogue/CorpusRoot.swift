import Foundation

/// A folder (or a single file) the index was built from: its real path, and the label that
/// stands for that path in the `doc` values users see. `/home/me/preuve/Corpus` has the
/// label `Corpus`, so its file `articles/x.html` is shown as `Corpus/articles/x.html`
/// however the folder was named on the command line (absolute, relative, through a
/// symbolic link, with a trailing slash, `.`) and from whichever folder preuve ran.
public struct CorpusRoot: Sendable, Hashable {
    /// Canonical: absolute, symbolic links, `.` and `..` resolved, no trailing slash.
    public var path: String
    /// The root's name in `doc` values: its last path component, or more of its path when
    /// another root of the index already has that name.
    public var label: String

    public init(path: String, label: String) {
        self.path = path
        self.label = label
    }
}

/// Paths as the index keys them: canonical (real) and absolute.
public enum CorpusPath {
    /// The real path of `path`: absolute, with symbolic links, `.`, `..`, repeated and
    /// trailing slashes resolved (`realpath(3)`). For a path that does not exist, its longest
    /// existing ancestor is resolved and the rest appended as written, `.` and `..` resolved
    /// by name; `exists` tells which it was.
    public static func canonical(_ path: String) -> (path: String, exists: Bool) {
        let absolute = path.hasPrefix("/") ? path : currentDirectory() + "/" + (path.isEmpty ? "." : path)
        if let real = realPath(absolute) { return (real, true) }
        // Resolve the longest prefix that exists, then append the rest by name.
        let components = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var resolved = "/"
        var rest = components[...]
        var count = components.count
        while count > 0 {
            if let real = realPath("/" + components[0..<count].joined(separator: "/")) {
                resolved = real
                rest = components[count...]
                break
            }
            count -= 1
        }
        var parts = resolved == "/" ? [] : resolved.split(separator: "/").map(String.init)
        for component in rest {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return ("/" + parts.joined(separator: "/"), false)
    }

    /// Whether `path` is `root` or lies under it, on whole components (both canonical).
    public static func path(_ path: String, isWithin root: String) -> Bool {
        if root == "/" { return path.utf8.first == UInt8(ascii: "/") }
        let (p, r) = (path.utf8, root.utf8)
        guard p.starts(with: r) else { return false }
        return p.count == r.count || p.dropFirst(r.count).first == UInt8(ascii: "/")
    }

    /// Whether `path` or a folder above it is in `set` (canonical paths): one look-up per
    /// level, whatever the size of the set.
    public static func path(_ path: String, isWithinAnyOf set: Set<String>) -> Bool {
        firstAncestor(of: path) { set.contains($0) } != nil
    }

    /// The first of `path`, its parent, ..., `/` for which `match` holds.
    static func firstAncestor(of path: String, where match: (String) -> Bool) -> String? {
        var p = Substring(path)
        while true {
            let candidate = String(p)
            if match(candidate) { return candidate }
            guard let slash = p.lastIndex(of: "/") else { return nil }
            if slash == p.startIndex {
                if p == "/" { return nil }
                return match("/") ? "/" : nil
            }
            p = p[..<slash]
        }
    }

    /// `path` relative to `root` (empty when they are the same); `path` must lie within `root`.
    static func relative(_ path: String, to root: String) -> String {
        if path.utf8.count <= root.utf8.count { return "" }
        return String(decoding: path.utf8.dropFirst(root == "/" ? 1 : root.utf8.count + 1), as: UTF8.self)
    }

    /// `root` joined with a relative path (the root itself when `relative` is empty).
    static func join(_ root: String, _ relative: String) -> String {
        relative.isEmpty ? root : (root == "/" ? "/" + relative : root + "/" + relative)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return FileManager.default.currentDirectoryPath }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}

/// The roots of an index, and what follows from them: which root a path lies in, and how
/// a file is shown. Roots never nest: indexing a folder that holds a root absorbs it.
public struct CorpusRoots: Sendable, Hashable {
    public private(set) var roots: [CorpusRoot]
    private var byPath: [String: Int]

    public init(_ roots: [CorpusRoot] = []) {
        self.roots = roots
        byPath = Dictionary(roots.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public var isEmpty: Bool { roots.isEmpty }
    public var paths: [String] { roots.map(\.path) }

    /// The index of the root that holds `path` (canonical), or nil: walks up the path's
    /// ancestors, one dictionary look-up each.
    public func rootIndex(of path: String) -> Int? {
        guard !roots.isEmpty else { return nil }
        return CorpusPath.firstAncestor(of: path) { byPath[$0] != nil }.flatMap { byPath[$0] }
    }

    public func root(of path: String) -> CorpusRoot? { rootIndex(of: path).map { roots[$0] } }

    /// How a file is shown in `doc` values: its root's label, then its path within the root
    /// (`Corpus/articles/x.html`); a root that is a single file is shown by its label alone.
    /// A path in no root (only in catalogues built by hand) is shown as it is.
    public func displayName(of path: String) -> String {
        guard let root = root(of: path) else { return path }
        let relative = CorpusPath.relative(path, to: root.path)
        if relative.isEmpty { return root.label }
        return root.label == "/" ? "/" + relative : root.label + "/" + relative
    }

    /// Adds `path` (canonical) as a root, absorbing the roots that lie within it, and
    /// returns the roots absorbed. A path that lies within a root already is no new root.
    @discardableResult
    mutating func add(_ path: String) -> [CorpusRoot] {
        if rootIndex(of: path) != nil { return [] }
        let absorbed = roots.filter { CorpusPath.path($0.path, isWithin: path) }
        let kept = roots.filter { !CorpusPath.path($0.path, isWithin: path) }
        let label = Self.label(for: path, avoiding: kept.map(\.label))
        self = CorpusRoots(kept + [CorpusRoot(path: path, label: label)])
        return absorbed
    }

    /// Removes the roots for which `drop` holds.
    mutating func removeAll(where drop: (CorpusRoot) -> Bool) {
        self = CorpusRoots(roots.filter { !drop($0) })
    }

    /// The shortest tail of the path (last component first) that no other label contains as
    /// a leading part or is contained in, so that no two files of two roots can be shown alike.
    static func label(for path: String, avoiding labels: [String]) -> String {
        if path == "/" { return "/" }
        let components = path.split(separator: "/").map(String.init)
        func clashes(_ candidate: String) -> Bool {
            labels.contains { $0 == candidate || $0.hasPrefix(candidate + "/") || candidate.hasPrefix($0 + "/") }
        }
        for count in 1...components.count {
            let candidate = components.suffix(count).joined(separator: "/")
            if !clashes(candidate) { return candidate }
        }
        return path  // the whole path: no label of a root that does not nest with it can clash
    }

    /// Checks what a snapshot claims about its roots: absolute, unique, not nested, labels
    /// that cannot clash. Returns the reason when they are not.
    static func problem(in roots: [CorpusRoot]) -> String? {
        var seen = CorpusRoots()
        for root in roots {
            guard root.path.hasPrefix("/"), !root.label.isEmpty else { return "root \(root.path) is not an absolute path with a label" }
            if let other = seen.root(of: root.path) { return "roots \(other.path) and \(root.path) overlap" }
            if seen.roots.contains(where: { CorpusPath.path($0.path, isWithin: root.path) }) { return "roots overlap under \(root.path)" }
            let labels = seen.roots.map(\.label)
            if labels.contains(where: { $0 == root.label || $0.hasPrefix(root.label + "/") || root.label.hasPrefix($0 + "/") }) {
                return "the label \(root.label) of \(root.path) clashes with another root's"
            }
            seen = CorpusRoots(seen.roots + [root])
        }
        return nil
    }
}
