import Foundation
import FuzzSupport

/// Fuzzes the PubMed reader both ways it is reached: from bytes in memory, and streamed
/// from a file on disk (how `preuve index` reads large sets).
@_cdecl("FuzzPubMed_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    ReaderFuzzing.read(bytes, source: "pubmed.xml")
    ReaderFuzzing.readFromFile(bytes, name: "pubmed.xml")
    return 0
}
