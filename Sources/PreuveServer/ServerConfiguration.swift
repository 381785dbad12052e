import Claims

/// What `preuve serve` is told: where to listen, which index to answer from, and its limits.
public struct ServerConfiguration: Sendable {
    /// The address to bind: loopback unless told otherwise.
    public var host = "127.0.0.1"
    /// 0 picks a free port (tests); the one bound is reported when the server runs.
    public var port = 8080
    /// The index folder, opened read-only: the server never writes it.
    public var index = "Index"
    /// One of the index's corpus folders, or nil for all of them.
    public var corpus: String?
    /// The largest request body (an article to check), in bytes: over it, 413.
    public var maxBodyBytes = 2 << 20
    /// The longest a request may take, reading its body included: then 408 (body) or 503.
    public var timeoutSeconds = 20.0
    /// Claims below this confidence do not count for verdicts (`--min-confidence`).
    public var minConfidence = ClaimConfidence.threshold
    /// How often the snapshot file is looked at (one `stat`) to pick up a new index.
    public var reloadCheckSeconds = 5.0
    /// At most this many articles are read and checked at once; beyond, 503 with Retry-After.
    public var maxConcurrentChecks = 4

    public init() {}

    var timeout: Duration { .milliseconds(Int64(timeoutSeconds * 1000)) }
}
