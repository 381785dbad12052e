import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import NIOCore

/// The page templates (compiled in from `Templates/`) and the messages, and how a page is
/// put together: its template's HTML inside `layout.mustache`.
struct Pages: Sendable {
    let library: MustacheLibrary
    let messages: Messages

    static let templates = ["layout", "home", "indication", "claim-item", "document", "check", "search", "error"]

    init() throws {
        var library = MustacheLibrary()
        for name in Self.templates {
            guard let text = EmbeddedData.text(name + ".mustache") else {
                throw StartupError(description: "template \(name).mustache is not compiled into this build (Sources/PreuveServer/Templates)")
            }
            do { try library.register(text, named: name) } catch {
                throw StartupError(description: "template \(name).mustache does not parse: \(error)")
            }
        }
        self.library = library
        messages = try Messages()
    }

    /// What every page needs to know of its request.
    struct Context {
        var language: Language
        /// The current path and query with `lang` set to the other language (the switch).
        var switchURL: String
        /// `?lang=` was given: remembered in a cookie.
        var setCookie: Bool
        /// What the search box shows.
        var query = ""

        init(_ request: Request) {
            let query = request.query
            language = Language.negotiate(query: query, cookie: request.headers[.cookie],
                                          acceptLanguage: request.headers[.acceptLanguage])
            setCookie = query["lang"].flatMap(Language.init(rawValue:)) != nil
            var rest = query
            rest["lang"] = language.other.rawValue
            switchURL = request.uri.path + "?" + rest.sorted { $0.key < $1.key }
                .map { HTML.queryValue($0.key) + "=" + HTML.queryValue($0.value) }.joined(separator: "&")
        }
    }

    func t(_ key: String, _ context: Context) -> String { messages.text(key, context.language) }

    /// A page: `template` rendered with `values`, inside the layout.
    func page(_ template: String, title: String, values: [String: Any], context: Context,
              status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        let t = messages.dictionary(context.language)
        values["t"] = t
        values["lang"] = context.language.rawValue
        let main = library.render(values, withTemplate: template) ?? ""
        let layout: [String: Any] = [
            "t": t, "lang": context.language.rawValue, "title": title, "main": main,
            "switchURL": context.switchURL, "query": context.query,
        ]
        let html = library.render(layout, withTemplate: "layout") ?? main
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentLanguage] = context.language.rawValue
        headers[.vary] = "Accept-Language, Cookie"
        headers[.cacheControl] = "no-store"
        if context.setCookie {
            headers[.setCookie] = "lang=\(context.language.rawValue); Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func error(_ e: ServerError, request: Request) -> Response {
        let context = Context(request)
        let suggestions: [[String: Any]] = e.suggestions.map { ["name": $0, "href": "/search?q=" + HTML.queryValue($0)] }
        let message = e.status == .serviceUnavailable && e.exitCode == 3 ? t("error.unavailable", context) + " " + e.message : e.message
        var response = page("error", title: t("error.title", context) + " \(e.status.code)",
                            values: ["status": "\(e.status.code)", "message": message, "suggestions": suggestions,
                                     "has_suggestions": !suggestions.isEmpty],
                            context: context, status: e.status)
        if let retry = e.retryAfter { response.headers[.retryAfter] = String(retry) }
        return response
    }
}
