import Foundation
import FuzzSupport

/// Fuzzes gzip decompression: inputs are made to start with the gzip magic so that every one
/// reaches zlib and the expansion limits, whatever the mutation did to the first bytes.
@_cdecl("FuzzGzip_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    if !bytes.starts(with: [0x1f, 0x8b]) { bytes.insert(contentsOf: [0x1f, 0x8b], at: 0) }
    ReaderFuzzing.read(bytes, source: "input.xml.gz")
    return 0
}
