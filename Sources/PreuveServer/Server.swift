import Answers
import Catalogue
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `preuve serve`: the JSON API of spec/cli.md's shapes under `/api/`, and server-rendered
/// pages for people, on Hummingbird. The catalogue is loaded once, read-only, and shared
/// by every request.
public struct PreuveServer: Sendable {
    public let configuration: ServerConfiguration
    let holder: CatalogueHolder
    let pages: Pages
    let limits: RequestLimits

    /// Opens the index (read-only). A corpus that is none of the index's folders throws
    /// `StartupError`; an unreadable or missing index does not: the server answers 503.
    public init(configuration: ServerConfiguration, log: @escaping @Sendable (String) -> Void) throws {
        self.configuration = configuration
        holder = try CatalogueHolder(configuration: configuration, log: log)
        pages = try Pages()
        limits = RequestLimits(configuration)
    }

    /// A server over a catalogue already built in memory (tests).
    public init(catalogue: Catalogue, configuration: ServerConfiguration = ServerConfiguration()) throws {
        self.configuration = configuration
        holder = CatalogueHolder(loaded: try LoadedCatalogue(catalogue: catalogue, minConfidence: configuration.minConfidence, warnings: []),
                                 configuration: configuration)
        pages = try Pages()
        limits = RequestLimits(configuration)
    }

    /// Why the catalogue cannot answer now, if it cannot.
    public var unavailableReason: String? {
        if case .failure(let failure) = holder.current() { return failure.reason.message }
        return nil
    }

    // MARK: running

    /// A running server: its address, and how to stop it.
    public struct Running: Sendable {
        public let host: String
        public let port: Int
        let group: ServiceGroup
        let task: Task<Void, any Error>

        public var url: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)" }

        /// Stops accepting, finishes the requests in flight, and returns when it is down.
        public func stop() async throws {
            await group.triggerGracefulShutdown()
            try await task.value
        }

        /// Runs until the process is told to stop (SIGTERM, SIGINT) or the server fails.
        public func wait() async throws {
            try await task.value
        }
    }

    /// Binds and starts serving; returns once the port is bound (0 picks a free one).
    /// `stopOnSignals` installs SIGTERM and SIGINT handlers (the executable; not tests).
    public func start(stopOnSignals: Bool = false, logger: Logger? = nil) async throws -> Running {
        var logger = logger ?? Logger(label: "preuve-serve")
        if logger.logLevel < .notice { logger.logLevel = .notice }
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router(),
            // A connection that sends nothing is closed well after the request timeout, so that
            // a request's own 408 (a body too slow) is answered first even on a loaded machine
            // (the idle timer does not wait for a request in progress).
            server: .http1(configuration: .init(idleTimeout: .milliseconds(Int64((configuration.timeoutSeconds * 3 + 30) * 1000)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: stopOnSignals ? [.sigterm, .sigint] : [],
                                                      logger: logger))
        let task = Task {
            defer { portContinuation.finish() }
            try await group.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw StartupError(description: "the server stopped before it could listen on \(configuration.host):\(configuration.port)")
        }
        return Running(host: configuration.host, port: port, group: group, task: task)
    }

    // MARK: routes

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeaders())
        router.add(middleware: Fallback(pages: pages))
        let api = APIRoutes(server: self)
        let html = PageRoutes(server: self)
        router.get("/api/health") { request, _ in await api.health(request) }
        router.get("/api/indications") { request, _ in await api.respond { try await api.indications(request) } }
        router.get("/api/query") { request, _ in await api.respond { try await api.query(request) } }
        router.get("/api/search") { request, _ in await api.respond { try await api.search(request) } }
        router.get("/api/documents/**") { request, _ in await api.respond { try await api.document(request) } }
        router.post("/api/check") { request, _ in await api.respond { try await api.check(request) } }
        router.post("/api/claims") { request, _ in await api.respond { try await api.claims(request) } }
        router.get("/") { request, _ in await html.respond(request) { try await html.home(request, $0) } }
        router.get("/indications/**") { request, _ in await html.respond(request) { try await html.indication(request, $0) } }
        router.get("/documents/**") { request, _ in await html.respond(request) { try await html.document(request, $0) } }
        router.get("/search") { request, _ in await html.respond(request) { try await html.search(request, $0) } }
        router.get("/check") { request, _ in await html.respond(request) { try await html.checkForm(request, $0) } }
        router.post("/check") { request, _ in await html.respond(request) { try await html.checkPost(request, $0) } }
        router.get("/static/style.css") { _, _ in Self.asset("style.css", type: "text/css; charset=utf-8") }
        return router
    }

    static func asset(_ name: String, type: String) -> Response {
        guard let text = EmbeddedData.text(name) else { return Response(status: .notFound) }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The catalogue's answers, or the 503 that says why there are none.
    func answering() throws -> Answering {
        switch holder.current() {
        case .success(let loaded): return Answering(loaded: loaded, configuration: configuration)
        case .failure(let failure): throw failure.reason.error
        }
    }
}

/// The request's query string, decoded as forms are (`+` is a space).
extension Request {
    var query: [String: String] { Forms.urlEncoded(uri.query ?? "") }

    /// The path after `prefix`, percent-decoded: a document id or an indication name.
    func pathRest(after prefix: String) -> String {
        let path = uri.path
        guard path.hasPrefix(prefix) else { return "" }
        let rest = String(path.dropFirst(prefix.count))
        return rest.removingPercentEncoding ?? rest
    }
}

/// Headers on every response: a Content-Security-Policy that allows no script at all (the
/// pages need none; JSON-LD is data, never run) and no inline style, no framing, no
/// sniffing, no referrer leaving the site.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = BasicRequestContext

    static let policy = "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        Self.add(to: &response.headers)
        return response
    }

    static func add(to headers: inout HTTPFields) {
        headers[HTTPField.Name("Content-Security-Policy")!] = policy
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
    }
}

/// Routes that do not exist, and methods a route does not take: JSON under `/api/`, a page
/// elsewhere (Hummingbird's own errors would be neither).
struct Fallback: RouterMiddleware {
    typealias Context = BasicRequestContext
    let pages: Pages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            var failure: ServerError
            let allowed = Self.methods(for: request.uri.path)
            switch error.status {
            case .notFound where !allowed.isEmpty && !allowed.contains(request.method):
                failure = ServerError(status: .methodNotAllowed,
                                      message: "\(request.method) is not allowed on \(request.uri.path); it takes \(allowed.map(\.rawValue).joined(separator: ", "))",
                                      exitCode: 2)
            case .notFound: failure = .notFound("no such page: \(request.uri.path)")
            case .methodNotAllowed: failure = ServerError(status: .methodNotAllowed, message: "\(request.method) is not allowed on \(request.uri.path)", exitCode: 2)
            case .contentTooLarge: failure = ServerError(status: .contentTooLarge, message: "the request is too large", exitCode: 1)
            default: failure = ServerError(status: error.status, message: error.body ?? "\(error.status)", exitCode: 1)
            }
            var response = request.uri.path.hasPrefix("/api/") ? APIRoutes.error(failure) : pages.error(failure, request: request)
            if failure.status == .methodNotAllowed { response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ") }
            return response
        }
    }

    /// The methods each path takes (the routes of `PreuveServer.router`), for 405 and `Allow`.
    static func methods(for path: String) -> [HTTPRequest.Method] {
        switch path {
        case "/api/check", "/api/claims": return [.post]
        case "/check": return [.get, .post]
        case "/api/health", "/api/indications", "/api/query", "/api/search", "/", "/search", "/static/style.css": return [.get]
        default:
            let prefixes = ["/api/documents/", "/indications/", "/documents/"]
            return prefixes.contains { path.hasPrefix($0) && path.count > $0.count } ? [.get] : []
        }
    }
}
