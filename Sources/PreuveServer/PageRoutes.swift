import Answers
import Catalogue
import Claims
import Documents
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Verdicts

/// The pages for people: server-rendered, whole without JavaScript, in English and French.
/// Values handed to templates are plain strings (escaped by the template) except the
/// fragments `HTML` builds from escaped text.
struct PageRoutes: Sendable {
    let server: PreuveServer

    var pages: Pages { server.pages }

    func respond(_ request: Request, _ body: (Pages.Context) async throws -> Response) async -> Response {
        do {
            return try await body(Pages.Context(request))
        } catch let error as ServerError {
            return pages.error(error, request: request)
        } catch let error as SnapshotError {
            return pages.error(.unavailable("\(error)"), request: request)
        } catch {
            return pages.error(ServerError(status: .internalServerError, message: "\(error)", exitCode: 1), request: request)
        }
    }

    // MARK: shared pieces

    func verdictName(_ verdict: Verdict, _ c: Pages.Context) -> String { pages.t("verdict." + verdict.rawValue, c) }

    func stanceNames(_ c: Pages.Context) -> [Stance: String] {
        Dictionary(uniqueKeysWithValues: Stance.allCases.map { ($0, pages.t("stance.short." + $0.rawValue, c)) })
    }

    /// A claim as the indication page lists it: its quote, its document (linked to the
    /// sentence's place in it), year, kind, stance, basis and level.
    func claimItem(_ claim: Claim, _ c: Pages.Context) -> [String: Any] {
        var item: [String: Any] = [
            "sentence": claim.sentence, "title": claim.title.isEmpty ? claim.doc : claim.title,
            "href": HTML.documentHref(claim.doc, anchor: HTML.sentenceAnchor(start: claim.start)),
            "kind": claim.kind.rawValue, "stance": claim.stance.rawValue,
            "stanceName": pages.t("stance." + claim.stance.rawValue, c),
            "basisName": pages.t("basis." + claim.basis.rawValue, c),
            "lang": claim.lang ?? "",
        ]
        if let year = claim.year { item["year"] = String(year) }
        if let level = claim.level { item["level"] = String(level) }
        if claim.hedged { item["hedged"] = true }
        if claim.cited { item["cited"] = true }
        return item
    }

    // MARK: home

    func home(_ request: Request, _ c: Pages.Context) async throws -> Response {
        let answering = try server.answering()
        let loaded = answering.loaded
        var rows: [[String: Any]] = []
        for row in loaded.overview.indications {
            for entry in row.verdicts {
                rows.append([
                    "label": c.language == .fr ? row.labelFR : row.label,
                    "href": HTML.indicationHref(row.id, intervention: row.verdicts.count > 1 ? entry.intervention : nil),
                    "intervention": entry.intervention, "verdict": entry.verdict.rawValue,
                    "verdictName": verdictName(entry.verdict, c),
                    "best": entry.bestLevel.map(String.init) ?? "–", "documents": String(entry.documents),
                    "evidence": String(entry.evidence), "testimony": String(entry.testimony),
                ])
            }
        }
        return pages.page("home", title: pages.t("home.title", c), values: [
            "rows": rows, "has_rows": !rows.isEmpty,
            "documents": String(loaded.catalogue.documents.count), "claims": String(try loaded.catalogue.claims.count),
        ], context: c)
    }

    // MARK: indication

    /// Claims shown per list on an indication's page unless `?all=1`.
    static let listLimit = 100

    func indication(_ request: Request, _ c: Pages.Context) async throws -> Response {
        let name = request.pathRest(after: "/indications/")
        guard !name.isEmpty else { throw ServerError.usage("give an indication: /indications/low-back-pain") }
        let intervention = request.query["intervention"].flatMap { $0.isEmpty ? nil : $0 }
        // Long lists (a large catalogue holds thousands of sources for one indication) show
        // their first `shown` claims, with a link to all of them.
        let all = request.query["all"] == "1"
        let shown = all ? Int.max : Self.listLimit
        var allQuery = request.query
        allQuery["all"] = "1"
        let allHref = request.uri.path + "?" + allQuery.sorted { $0.key < $1.key }
            .map { HTML.queryValue($0.key) + "=" + HTML.queryValue($0.value) }.joined(separator: "&")
        let answering = try server.answering()
        let answer = try await server.limits.run { try answering.query(indication: name, intervention: intervention) }
        let names = stanceNames(c)
        func list(_ claims: [Claim], _ key: String, into out: inout [String: Any]) {
            out[key] = claims.prefix(shown).map { claimItem($0, c) }
            out["has_" + key] = !claims.isEmpty
            if claims.count > shown {
                out["more_" + key] = ["count": String(claims.count - shown), "href": allHref]
            }
        }
        let verdicts: [[String: Any]] = answer.verdicts.map { v in
            let decidingSet = Set(v.deciding)
            var out: [String: Any] = [
                "intervention": v.intervention, "verdict": v.verdict.rawValue, "verdictName": verdictName(v.verdict, c),
                "rationale": v.rationale,
                "chart": HTML.chart(claims: Array(Set(v.deciding + v.evidence + v.testimony)), levelWord: pages.t("level", c), noLevel: pages.t("level.none", c),
                                    stanceNames: names, title: pages.t("indication.chart.desc", c)),
            ]
            list(v.deciding, "deciding", into: &out)
            list(v.evidence.filter { !decidingSet.contains($0) }, "evidence", into: &out)
            list(v.testimony, "testimony", into: &out)
            list(v.general, "general", into: &out)
            if let best = v.bestLevel { out["best"] = String(best) }
            return out
        }
        func narrowerItems(_ answers: [IndicationAnswer]) -> [[String: Any]] {
            answers.flatMap { n -> [[String: Any]] in
                let item: [String: Any] = [
                    "label": c.language == .fr ? n.indication.labelFR : n.indication.label,
                    "href": HTML.indicationHref(n.indication.id),
                    "verdicts": n.verdicts.map { ["intervention": $0.intervention, "verdict": $0.verdict.rawValue,
                                                  "verdictName": verdictName($0.verdict, c)] },
                ]
                return [item] + narrowerItems(n.narrower)
            }
        }
        let narrower = narrowerItems(answer.narrower)
        let label = c.language == .fr ? answer.indication.labelFR : answer.indication.label
        let other = c.language == .fr ? answer.indication.label : answer.indication.labelFR
        var values: [String: Any] = [
            "label": label, "id": answer.indication.id, "verdicts": verdicts,
            "narrower": narrower, "has_narrower": !narrower.isEmpty, "otherLang": c.language.other.rawValue,
        ]
        if other != label { values["otherLabel"] = other }
        // The verdict rules write their rationale in English: said so on the French page.
        if c.language != .en { values["rationaleNote"] = pages.t("indication.rationale-lang", c) }
        let matched = answer.indication.matched
        if matched != answer.indication.label, matched != answer.indication.labelFR, matched != answer.indication.id {
            values["matched"] = matched
        }
        return pages.page("indication", title: label, values: values, context: c)
    }

    // MARK: document

    func document(_ request: Request, _ c: Pages.Context) async throws -> Response {
        let id = request.pathRest(after: "/documents/")
        let answering = try server.answering()
        let (_, d, claims) = try answering.document(id: id)
        let numbered = claims.enumerated().map { (number: $0.offset + 1, claim: $0.element) }
        let text = HTML.highlighted(text: d.text, claims: numbered)
        let notes: [[String: Any]] = numbered.map { number, claim in
            var note: [String: Any] = [
                "number": String(number), "anchor": HTML.sentenceAnchor(start: claim.start),
                "intervention": claim.intervention,
                "indication": claim.indication == Claim.generalIndication ? claim.indication : answering.label(claim.indication, c.language),
                "indicationHref": claim.indication == Claim.generalIndication ? "#" : HTML.indicationHref(claim.indication, intervention: claim.intervention),
                "surface": claim.surface, "stance": claim.stance.rawValue,
                "stanceName": pages.t("stance." + claim.stance.rawValue, c), "basisName": pages.t("basis." + claim.basis.rawValue, c),
                "confidence": String(format: "%.2f", claim.confidence),
                "cues": claim.cues.map { ["role": $0.role, "text": $0.text, "rule": $0.rule] }, "has_cues": !claim.cues.isEmpty,
            ]
            if let level = claim.level { note["level"] = String(level) }
            if claim.hedged { note["hedged"] = true }
            if claim.cited { note["cited"] = true }
            return note
        }
        var ids: [[String: String]] = []
        if let pmid = d.identifiers.pmid {
            ids.append(["name": "PMID", "value": pmid, "href": "https://pubmed.ncbi.nlm.nih.gov/" + HTML.queryValue(pmid) + "/"])
        }
        if let doi = d.identifiers.doi {
            ids.append(["name": "DOI", "value": doi, "href": "https://doi.org/" + HTML.pathComponent(doi)])
        }
        if let pmc = d.identifiers.pmc {
            ids.append(["name": "PMC", "value": pmc, "href": "https://www.ncbi.nlm.nih.gov/pmc/articles/" + HTML.queryValue(pmc) + "/"])
        }
        var values: [String: Any] = [
            "title": d.title.isEmpty ? d.id : d.title, "id": d.id, "kind": d.kind.rawValue, "format": d.format.rawValue,
            "authors": d.authors, "has_authors": !d.authors.isEmpty, "ids": ids, "has_ids": !ids.isEmpty,
            "types": d.publicationTypes, "has_types": !d.publicationTypes.isEmpty,
            "text": text, "claims": notes, "checkHref": "/check?doc=" + HTML.queryValue(d.id),
        ]
        if let year = d.year { values["year"] = String(year) }
        if let lang = d.language { values["lang"] = lang }
        return pages.page("document", title: d.title.isEmpty ? d.id : d.title, values: values, context: c)
    }

    // MARK: search

    func search(_ request: Request, _ c: Pages.Context) async throws -> Response {
        var c = c
        let query = request.query
        let text = (query["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        c.query = text
        guard !text.isEmpty else { return pages.page("search", title: pages.t("search.title", c), values: [:], context: c) }
        let limit = try APIRoutes.limit(query["limit"] ?? "20")
        let answering = try server.answering()
        let results = try await server.limits.run { try answering.search(text, limit: limit) }
        var values: [String: Any] = [
            "query": text, "total": String(results.total), "warnings": results.warnings,
            "hits": results.hits.map { hit -> [String: Any] in
                var item: [String: Any] = [
                    "title": hit.title.isEmpty ? hit.id : hit.title, "href": HTML.documentHref(hit.id), "doc": hit.id,
                    "kind": hit.kind.rawValue, "snippet": HTML.snippet(hit.snippet),
                ]
                if let year = hit.year { item["year"] = String(year) }
                return item
            },
        ]
        // The box takes an indication or words: an indication's verdicts come first.
        if let indication = answering.indication(named: text) {
            let row = answering.loaded.overview.indications.first { $0.id == indication.id }
            values["indication"] = [
                "label": c.language == .fr ? indication.labelFR : indication.labelEN, "href": HTML.indicationHref(indication.id),
                "verdicts": (row?.verdicts ?? []).map { ["intervention": $0.intervention, "verdict": $0.verdict.rawValue,
                                                          "verdictName": verdictName($0.verdict, c)] },
            ] as [String: Any]
        }
        return pages.page("search", title: pages.t("search.title", c) + ": " + text, values: values, context: c)
    }

    // MARK: fact-check

    /// The form; with `?doc=ID`, a document of the catalogue checked against the rest.
    func checkForm(_ request: Request, _ c: Pages.Context) async throws -> Response {
        guard let id = request.query["doc"], !id.isEmpty else {
            return pages.page("check", title: pages.t("check.title", c), values: [:], context: c)
        }
        let answering = try server.answering()
        let (check, document) = try await server.limits.run { try answering.check(storedDocument: id) }
        let reviews = answering.claimReviews(check, name: document.title.isEmpty ? document.id : document.title, url: nil,
                                             authors: document.authors, year: document.year)
        return try result(check, reviews: reviews, answering: answering, form: [:], c)
    }

    /// The form sent: `text` pasted, or `file` uploaded (multipart), read in memory only.
    func checkPost(_ request: Request, _ c: Pages.Context) async throws -> Response {
        let buffer = try await server.limits.body(of: request)
        let body = Data(buffer.readableBytesView)
        let contentType = request.headers[.contentType] ?? ""
        var fields: [String: String] = [:]
        var article = Data()
        var name = "-"
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            guard let parts = Forms.multipart(body, contentType: contentType) else {
                throw ServerError.usage("the form's multipart body names no boundary")
            }
            for part in parts {
                if part.name == "file", !part.data.isEmpty {
                    article = part.data
                    name = part.filename.flatMap { $0.isEmpty ? nil : ($0 as NSString).lastPathComponent } ?? "upload"
                } else if part.filename == nil {
                    fields[part.name] = String(decoding: part.data, as: UTF8.self)
                }
            }
        } else {
            fields = Forms.urlEncoded(String(decoding: body, as: UTF8.self))
        }
        if article.isEmpty, let text = fields["text"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            article = Data(text.utf8)
        }
        let about = fields["about"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let url = fields["url"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        var form: [String: Any] = [:]
        if let text = fields["text"] { form["text"] = text }
        if let about { form["about"] = about }
        if let url { form["url"] = url }
        guard !article.isEmpty else {
            form["problem"] = pages.t("check.empty", c)
            return pages.page("check", title: pages.t("check.title", c), values: form, context: c, status: .badRequest)
        }
        let answering = try server.answering()
        let parsed: (check: FactCheck, documents: [Document])
        let (articleData, articleName) = (article, name)
        do {
            parsed = try await server.limits.run(gated: true) { try answering.check(articleData, name: articleName, about: about) }
        } catch let error as ServerError where error.status == .badRequest || error.status == .unprocessableContent {
            form["problem"] = error.message
            return pages.page("check", title: pages.t("check.title", c), values: form, context: c, status: error.status)
        }
        let first = parsed.documents.first
        let reviews = answering.claimReviews(parsed.check, name: first?.title ?? name, url: url ?? first?.metadata.url,
                                             authors: first?.authors ?? [], year: first?.year)
        return try result(parsed.check, reviews: reviews, answering: answering, form: form, c)
    }

    private func result(_ check: FactCheck, reviews: [ClaimReview], answering: Answering, form: [String: Any],
                        _ c: Pages.Context) throws -> Response {
        let json = try AnswerJSON.string(reviews)
        let checks: [[String: Any]] = check.checks.map { item in
            let claim = item.claim
            var out: [String: Any] = [
                "assessment": item.assessment.rawValue, "assessmentName": pages.t("assessment." + item.assessment.rawValue, c),
                "isFlagged": item.flagged, "intervention": claim.intervention,
                "indicationLabel": claim.indication == Claim.generalIndication ? claim.indication : answering.label(claim.indication, c.language),
                "indicationHref": claim.indication == Claim.generalIndication ? "/" : HTML.indicationHref(claim.indication, intervention: claim.intervention),
                "stanceName": pages.t("stance." + claim.stance.rawValue, c), "basisName": pages.t("basis." + claim.basis.rawValue, c),
                "sentence": claim.sentence, "verdict": item.verdict.verdict.rawValue,
                "verdictName": verdictName(item.verdict.verdict, c), "explanation": item.explanation,
            ]
            if claim.hedged { out["hedged"] = true }
            if let best = item.verdict.bestLevel { out["best"] = String(best) }
            return out
        }
        var values = form
        if c.language != .en { values["explanationNote"] = pages.t("check.explanation-lang", c) }
        values["result"] = [
            "title": check.title.isEmpty ? check.doc : check.title, "count": String(check.checks.count),
            "flagged": String(check.flaggedCount), "checks": checks,
            "jsonld": HTML.scriptSafeJSON(json),
            "downloadHref": "data:application/ld+json;base64," + Data(json.utf8).base64EncodedString(),
        ] as [String: Any]
        return pages.page("check", title: pages.t("check.title", c) + ": " + (check.title.isEmpty ? check.doc : check.title),
                          values: values, context: c)
    }
}
