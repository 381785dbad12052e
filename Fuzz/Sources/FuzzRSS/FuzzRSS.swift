import FuzzSupport

/// Fuzzes the reader of RSS, Atom and RDF feeds: the source name's extension and the seeds' content pick it.
@_cdecl("FuzzRSS_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    ReaderFuzzing.read(data, size, source: "feed.rss")
    return 0
}
