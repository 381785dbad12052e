import Catalogue
import FuzzSupport

/// Fuzzes the snapshot reader: any bytes must open or give a `SnapshotError`, never trap; what
/// opens must answer a search, give its documents and claims, and be verified, each read
/// either answering or throwing. Each input is tried as it is
/// (the checksums catch it) and resealed (the section decoders see it).
@_cdecl("FuzzSnapshot_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    load(bytes)
    if let sealed = SnapshotSealing.seal(bytes) { load(sealed) }
    return 0
}

func load(_ bytes: [UInt8]) {
    let catalogue: Catalogue
    do {
        guard let opened = try Catalogue.load(from: MemorySnapshotStore(bytes: bytes)) else { return }
        catalogue = opened
    } catch {
        return  // a SnapshotError: what the reader must give for bad bytes
    }
    // Each read on its own: one damaged part must not stop the others being tried.
    let reads: [(Catalogue) throws -> Void] = [
        { c in for id in 0..<min(c.documents.count, 64) { _ = try c.documents[id] } },
        { c in _ = try Searcher().search("vitamin d OR \"blood pressure\" -zinc title:trial", in: c) },
        { c in _ = try c.claims.rows },
        { c in _ = try c.changes(under: ["/nonexistent"]) },
        { c in _ = try c.verify() },
    ]
    for read in reads {
        do { try read(catalogue) } catch {}  // errors are the expected outcome of bad bytes
    }
    _ = catalogue.memoryBytes
}
