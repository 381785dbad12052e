import CFuzzDriver

/// Starts libFuzzer. SwiftPM links an executable target's `main` under the name
/// `<Target>_main` on Linux, so libFuzzer's own `main` cannot be used: each target defines that
/// symbol and calls here.
public enum FuzzDriver {
    public static func run(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32 {
        var argc = argc
        var argv = argv
        return LLVMFuzzerRunDriver(&argc, &argv, callback)
    }
}
