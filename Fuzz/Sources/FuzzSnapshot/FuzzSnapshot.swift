import Catalogue
import FuzzSupport

/// Fuzzes the snapshot loader: any bytes must load or give a `SnapshotError`, never trap, and
/// what loads must answer a search and give its documents. Each input is tried as it is
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
    guard let catalogue = try? Catalogue.load(from: MemorySnapshotStore(bytes: bytes)) else { return }
    _ = catalogue.memoryBytes
    for id in 0..<min(catalogue.documents.count, 64) { _ = catalogue.documents[id] }
    _ = Searcher().search("vitamin d OR \"blood pressure\" -zinc title:trial", in: catalogue)
}
