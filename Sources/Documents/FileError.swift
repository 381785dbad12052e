/// An error about one file that keeps the file apart from the reason, so that whoever reports
/// it (the index summary, `preuve claims`) names the file once, the way it shows files.
public protocol FileError: Error, CustomStringConvertible {
    /// The file, as it was opened.
    var path: String { get }
    /// The reason alone, without the path.
    var message: String { get }
}

extension FileError {
    public var description: String { "\(path): \(message)" }
}
