import Answers
import Catalogue
import Claims
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Verdicts

/// `/api/...`: the JSON of spec/cli.md (the command line's own `Encodable` answers, encoded
/// the same way), errors as `ErrorBody`. docs/openapi.yaml describes them.
struct APIRoutes: Sendable {
    let server: PreuveServer

    var limits: RequestLimits { server.limits }

    /// Runs a handler, turning a `ServerError` (or any failure) into its JSON answer.
    func respond(_ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch let error as ServerError {
            return Self.error(error)
        } catch let error as SnapshotError {
            // A part of the index found damaged when first read: unreadable, as exit 3 says.
            return Self.error(.unavailable("\(error)"))
        } catch {
            return Self.error(ServerError(status: .internalServerError, message: "\(error)", exitCode: 1))
        }
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        json(data: try AnswerJSON.data(value), status: status)
    }

    static func json(data: Data, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    static func error(_ e: ServerError) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if let retry = e.retryAfter { headers[.retryAfter] = String(retry) }
        let data: Data
        do { data = try AnswerJSON.data(ErrorBody(e)) } catch {
            data = Data("{\"status\": \(e.status.code), \"error\": \"the error could not be encoded\"}".utf8)
        }
        return Response(status: e.status, headers: headers, body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    // MARK: GET

    struct Health: Encodable {
        var status: String
        var index: String
        var documents: Int?
        var claims: Int?
        var indications: Int?
        var built_at: String?
        var loaded_at: String?
        var index_format: UInt32
        var min_confidence: Double
        var warnings: [String]?
        var error: String?
        var exit_code: Int?
    }

    /// 200 with what is loaded, or 503 with why nothing is.
    func health(_ request: Request) async -> Response {
        let iso = ISO8601DateFormatter()
        var health = Health(status: "ok", index: server.configuration.index, index_format: SnapshotFormat.version,
                            min_confidence: server.configuration.minConfidence)
        switch server.holder.current() {
        case .success(let loaded):
            return await respond {
                health.documents = loaded.catalogue.documents.count
                health.claims = try loaded.catalogue.claims.count
                health.indications = loaded.overview.indications.count
                health.built_at = iso.string(from: loaded.catalogue.info.builtAt)
                health.loaded_at = iso.string(from: loaded.loadedAt)
                health.warnings = loaded.warnings.isEmpty ? nil : loaded.warnings
                return try Self.json(health)
            }
        case .failure(let failure):
            health.status = "unavailable"
            health.error = failure.reason.message
            health.exit_code = failure.reason.exitCode
            return await respond { try Self.json(health, status: .serviceUnavailable) }
        }
    }

    func indications(_ request: Request) async throws -> Response {
        let answering = try server.answering()
        return Self.json(data: try answering.loaded.cache.value("indications") { try AnswerJSON.data(answering.loaded.overview) })
    }

    func query(_ request: Request) async throws -> Response {
        let query = request.query
        guard let indication = query["indication"]?.trimmingCharacters(in: .whitespacesAndNewlines), !indication.isEmpty else {
            throw ServerError.usage("give the indication: /api/query?indication=lombalgie (a name in French or English, a synonym, or an id)")
        }
        let intervention = query["intervention"].flatMap { $0.isEmpty ? nil : $0 }
        let answering = try server.answering()
        return try await limits.run {
            // Cached by the words as given (the answer's `matched` depends on them); errors are
            // not cached.
            let key = "query\u{0}\(indication)\u{0}\(intervention ?? "")"
            return Self.json(data: try answering.loaded.cache.value(key) {
                try AnswerJSON.data(try answering.query(indication: indication, intervention: intervention))
            })
        }
    }

    func search(_ request: Request) async throws -> Response {
        let query = request.query
        guard let text = query["q"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ServerError.usage("give the words to search: /api/search?q=lombalgie")
        }
        let limit = try Self.limit(query["limit"])
        let answering = try server.answering()
        return try await limits.run { try Self.json(SearchResultsView(try answering.search(text, limit: limit), includeWarnings: true)) }
    }

    static func limit(_ value: String?) throws -> Int {
        guard let value, !value.isEmpty else { return 10 }
        guard let n = Int(value), (0...Answering.maxLimit).contains(n) else {
            throw ServerError.usage("limit must be a whole number from 0 to \(Answering.maxLimit), not \"\(value)\"")
        }
        return n
    }

    /// The document as `preuve extract` shows it (what the index keeps of it), with its claims.
    struct DocumentView: Encodable {
        struct Ids: Encodable { var pmid: String?; var doi: String?; var pmc: String? }
        var doc: String
        var format: String
        var kind: String
        var title: String
        var lang: String?
        var year: Int?
        var authors: [String]
        var ids: Ids
        var publication_types: [String]
        var content_hash: String
        var text: String
        var claims: [Claim]
    }

    func document(_ request: Request) async throws -> Response {
        let id = request.pathRest(after: "/api/documents/")
        guard !id.isEmpty else { throw ServerError.usage("give a document id: /api/documents/Corpus/articles/x.html") }
        let answering = try server.answering()
        let (_, d, claims) = try answering.document(id: id)
        return try Self.json(DocumentView(
            doc: d.id, format: d.format.rawValue, kind: d.kind.rawValue, title: d.title, lang: d.language, year: d.year,
            authors: d.authors, ids: .init(pmid: d.identifiers.pmid, doi: d.identifiers.doi, pmc: d.identifiers.pmc),
            publication_types: d.publicationTypes, content_hash: d.contentHash, text: d.text, claims: claims))
    }

    // MARK: POST

    /// The article in the body (HTML, XML or text, optionally gzip), and the name its claims
    /// carry as `doc` (`?name=`, default `-` as for standard input).
    private func article(_ request: Request) async throws -> (data: Data, name: String, about: String?, url: String?) {
        let query = request.query
        let buffer = try await limits.body(of: request)
        let name = query["name"].flatMap { $0.isEmpty ? nil : $0 } ?? "-"
        return (Data(buffer.readableBytesView), name, query["about"].flatMap { $0.isEmpty ? nil : $0 },
                query["url"].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// `preuve check -`: `?format=claimreview` for the JSON-LD reviews.
    func check(_ request: Request) async throws -> Response {
        let format = request.query["format"] ?? "json"
        guard ["json", "claimreview"].contains(format) else {
            throw ServerError.usage("format is json or claimreview, not \"\(format)\"")
        }
        let (data, name, about, url) = try await article(request)
        let answering = try server.answering()
        return try await limits.run(gated: true) {
            let (check, documents) = try answering.check(data, name: name, about: about)
            guard format == "claimreview" else { return try Self.json(check) }
            let first = documents.first
            let reviews = answering.claimReviews(check, name: first?.title ?? name, url: url ?? first?.metadata.url,
                                                 authors: first?.authors ?? [], year: first?.year)
            return try Self.json(reviews)
        }
    }

    /// `preuve claims -`: every claim of the article, as an array of CLAIM.
    func claims(_ request: Request) async throws -> Response {
        let (data, name, about, _) = try await article(request)
        let answering = try server.answering()
        return try await limits.run(gated: true) { try Self.json(try answering.claims(data, name: name, about: about)) }
    }
}
