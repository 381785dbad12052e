import HTTPTypes

/// An answer other than success, with the meaning of the command line's exit codes
/// (spec/cli.md): 400 and 404 are its usage errors (exit 2), 413 an input refused (exit 1),
/// 503 an unreadable index (exit 3). The API writes it as JSON, the pages as a page.
struct ServerError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String
    /// "Did you mean" names, for an unknown indication or intervention.
    var suggestions: [String] = []
    /// The exit code the command line gives for the same failure.
    var exitCode: Int
    /// Seconds a client should wait before trying again (503 when busy).
    var retryAfter: Int?

    static func usage(_ message: String) -> ServerError {
        ServerError(status: .badRequest, message: message, exitCode: 2)
    }

    static func notFound(_ message: String, suggestions: [String] = []) -> ServerError {
        ServerError(status: .notFound, message: message, suggestions: suggestions, exitCode: 2)
    }

    static func tooLarge(limit: Int) -> ServerError {
        ServerError(status: .contentTooLarge, message: "the request body is over the limit of \(limit) bytes (--max-body)", exitCode: 1)
    }

    static func badInput(_ message: String) -> ServerError {
        ServerError(status: .unprocessableContent, message: message, exitCode: 1)
    }

    static func unavailable(_ message: String, exitCode: Int = 3, retryAfter: Int? = nil) -> ServerError {
        ServerError(status: .serviceUnavailable, message: message, exitCode: exitCode, retryAfter: retryAfter)
    }
}

/// The JSON body of an error: `{"status": 404, "error": "...", "exit_code": 2, "suggestions": [...]}`.
struct ErrorBody: Encodable {
    var status: Int
    var error: String
    var exit_code: Int
    var suggestions: [String]?

    init(_ e: ServerError) {
        status = e.status.code
        error = e.message
        exit_code = e.exitCode
        suggestions = e.suggestions.isEmpty ? nil : e.suggestions
    }
}
