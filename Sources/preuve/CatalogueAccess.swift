import Claims
import Documents
import Foundation
import Ingest
import Verdicts

/// The one place commands get the catalogue's claims from. For now it reads every corpus
/// file and extracts its claims in memory; when the catalogue's index lands, this opens the
/// index instead (`index` is unused until then) and the commands do not change.
/// Files that fail to read are named on stderr and skipped.
func openClaimSource(corpus: String, index: String) throws -> any ClaimSource {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory), isDirectory.boolValue else {
        Console.err("no corpus folder at \(corpus); the catalogue is empty (use --corpus DIR or PREUVE_CORPUS)")
        return ClaimSet([])
    }
    let reader = DocumentReader()
    let extractor = ClaimExtractor()
    var claims: [Claim] = []
    for path in corpusFiles(in: corpus) {
        do {
            try reader.forEachDocument(at: path) { document in
                claims += extractor.claims(in: document)
            }
        } catch {
            Console.err("skipped \(path): \(error)")
        }
    }
    return ClaimSet(claims)
}

/// The files ingestion reads, by extension (gzip-compressed ones too), in path order.
private func corpusFiles(in folder: String) -> [String] {
    let readable: Set<String> = ["html", "htm", "xhtml", "xml", "txt"]
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var paths: [String] = []
    while let relative = walker.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        guard !name.hasPrefix(".") else { continue }
        var ext = (name as NSString).pathExtension.lowercased()
        if ext == "gz" { ext = ((name as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        guard readable.contains(ext) else { continue }
        paths.append((folder as NSString).appendingPathComponent(relative))
    }
    return paths.sorted()
}
