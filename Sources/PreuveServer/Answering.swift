import Answers
import Catalogue
import Claims
import Documents
import Foundation
import Ingest
import Verdicts

/// What a request asks, answered with the library calls the command line makes (`query`,
/// `indications`, `search`, `check`, `claims`), for the API and the pages alike. Nothing
/// here judges: verdicts come from `Verdicts`, claims from `Claims`.
struct Answering: Sendable {
    let loaded: LoadedCatalogue
    let configuration: ServerConfiguration

    // MARK: query

    /// `preuve query INDICATION [--intervention NAME]`: an unknown word is 404 with "did you
    /// mean"; a known indication with no claims answers verdict `unknown`.
    func query(indication name: String, intervention: String?) throws -> IndicationAnswer {
        let resolver = loaded.resolver
        let found: NameResolver.Match<Indication>
        do { found = try resolver.indication(name) } catch {
            throw ServerError.notFound(error.suggestions.isEmpty
                                           ? "\(error); GET /api/indications lists the indications with claims" : "\(error)",
                                       suggestions: error.suggestions)
        }
        var interventionID: String?
        if let intervention {
            let known = try loaded.source.interventions(indication: nil)
            do { interventionID = try resolver.intervention(intervention, alsoKnown: known).value } catch {
                throw ServerError.notFound("\(error)", suggestions: error.suggestions)
            }
        }
        return try IndicationAnswer.answer(for: found.value, matched: found.matched, intervention: interventionID,
                                           engine: loaded.engine, source: loaded.source)
    }

    /// The indication a word names, if any (the home page's box takes an indication or words).
    func indication(named name: String) -> Indication? {
        do { return try loaded.resolver.indication(name).value } catch { return nil }
    }

    func label(_ indication: String, _ language: Language) -> String {
        guard let concept = loaded.resolver.vocabulary.indication(id: indication) else { return indication }
        return language == .fr ? concept.labelFR : concept.labelEN
    }

    // MARK: search

    static let maxLimit = 1000

    func search(_ text: String, limit: Int) throws -> SearchResults {
        try Searcher().search(text, in: loaded.catalogue, limit: limit)
    }

    // MARK: documents

    /// A document of the catalogue by its id, and its claims (all of them, with their
    /// confidence: the page explains each).
    func document(id: String) throws -> (number: Int, document: StoredDocument, claims: [Claim]) {
        guard let number = loaded.documentsByID[id] else {
            throw ServerError.notFound("no document \"\(id)\" in the catalogue; GET /api/search finds documents by their words")
        }
        let claims = try loaded.catalogue.claims.claims(ofDocument: number).map(\.claim).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        return (number, try loaded.catalogue.documents[number], claims)
    }

    // MARK: articles sent in a request

    /// Ingestion's limits for one request: the body limit, a bounded expansion of gzip, and
    /// a few documents at most.
    var readerLimits: IngestLimits {
        var limits = IngestLimits()
        limits.maxFileBytes = configuration.maxBodyBytes
        limits.maxDecompressedBytes = min(IngestLimits.default.maxDecompressedBytes, configuration.maxBodyBytes * 16)
        limits.maxTextBytes = min(IngestLimits.default.maxTextBytes, configuration.maxBodyBytes * 4)
        limits.maxDocumentsPerFile = 200
        return limits
    }

    /// The article in memory, as `preuve claims -` or `preuve check -` reads standard input.
    func documents(_ data: Data, name: String) throws -> [Document] {
        guard !data.isEmpty else { throw ServerError.usage("the request has no body: send the article (HTML, XML or text)") }
        do {
            return try DocumentReader(limits: readerLimits).documents(data: data, source: name)
        } catch let error as any FileError {
            throw ServerError.badInput("the article cannot be read: \(error.message)")
        }
    }

    /// `--about`, checked as `preuve claims --about` checks it.
    func validateAbout(_ about: String?) throws {
        guard let about else { return }
        do { _ = try loaded.resolver.intervention(about) } catch {
            throw ServerError(status: .badRequest, message: "about: \(error)", suggestions: error.suggestions, exitCode: 2)
        }
    }

    /// `preuve claims -`: every claim of the article.
    func claims(_ data: Data, name: String, about: String?) throws -> [Claim] {
        try validateAbout(about)
        let extractor = ClaimExtractor()
        return try documents(data, name: name).flatMap { extractor.claims(in: $0, options: .init(about: about)) }
    }

    /// `preuve check -`: each claim (at or above the confidence) beside the catalogue's
    /// verdict; the article's documents never vouch for themselves. One fact-check however
    /// many documents the body holds, as the command merges them.
    func check(_ data: Data, name: String, about: String?) throws -> (check: FactCheck, documents: [Document]) {
        try validateAbout(about)
        let documents = try documents(data, name: name)
        let extractor = ClaimExtractor()
        let checker = FactChecker()
        let checks = try documents.map { document in
            let claims = extractor.claims(in: document, options: .init(about: about)).filter { $0.confidence >= configuration.minConfidence }
            return try checker.check(claims: claims, doc: document.id, title: document.title, against: loaded.source,
                                     articleDocs: [document.id, document.source])
        }
        let merged = checks.count == 1 ? checks[0]
            : FactCheck(doc: name, title: checks.first?.title ?? "", checks: checks.flatMap(\.checks))
        return (merged, documents)
    }

    /// A document of the catalogue checked against the rest of it, from the claims the index
    /// holds for it (those `preuve check FILE` finds, since the index extracted them with the
    /// same rules).
    func check(storedDocument id: String) throws -> (check: FactCheck, document: StoredDocument) {
        let (_, document, claims) = try document(id: id)
        let counted = claims.filter { $0.confidence >= configuration.minConfidence }
        let check = try FactChecker().check(claims: counted, doc: document.id, title: document.title, against: loaded.source,
                                            articleDocs: [document.id, document.source])
        return (check, document)
    }

    /// ClaimReview JSON-LD for a fact-check, as `preuve check --format claimreview` writes it.
    func claimReviews(_ check: FactCheck, name: String, url: String?, authors: [String], year: Int?) -> [ClaimReview] {
        ClaimReviewWriter().reviews(of: check, article: .init(name: name, url: url, authors: authors, year: year))
    }
}
