import Foundation
import Testing
import Documents
@testable import Ingest

@Suite struct HTMLMetadataTests {
    @Test func highwireOpenGraphDublinCoreAndJSONLD() throws {
        let url = try HTMLReaderTests.fixture("metadata.html")
        let doc = try #require(try DocumentReader().documents(at: url.path).first)
        #expect(doc.kind == .journalArticle)
        // JSON-LD headline first; og:title here is a shortened form.
        #expect(doc.title == "Mesotherapy for chronic low back pain: a randomised trial")
        #expect(doc.authors == ["Martin, Claire", "Nguyen, Bao"])
        #expect(doc.identifiers.doi == "10.1234/jps.2019.0042")
        #expect(doc.identifiers.pmid == "31234567")
        #expect(doc.year == 2019)
        #expect(doc.language == "en")
        #expect(doc.languageDeclared)
        #expect(doc.metadata.journal == "Journal of Pain Studies")
        #expect(doc.metadata.articleType == "ScholarlyArticle")
        #expect(doc.metadata.publisher == "Journal of Pain Studies")
        #expect(doc.metadata.url == "https://journal.example/articles/42")
        #expect(doc.metadata.description == "A randomised trial of mesotherapy against usual care.")
        #expect(!doc.text.contains("Issues"))
        #expect(doc.text.contains("we randomised 120 adults"))
    }

    @Test func jsonLDGraphAndKinds() {
        let blog = JSONLDMetadata.parse([#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Page"},{"@type":"BlogPosting","headline":"La mésothérapie","author":{"@type":"Person","name":"Lilou Barbier"},"datePublished":"2023-05-01T10:00:00+02:00"}]}"#])
        #expect(blog?.type == "BlogPosting")
        #expect(blog?.headline == "La mésothérapie")
        #expect(blog?.authors == ["Lilou Barbier"])
        #expect(blog?.datePublished == "2023-05-01T10:00:00+02:00")
        let news = JSONLDMetadata.parse(["<!--", #"[{"@type":["NewsArticle"],"headline":"Story"}]"#, "not json"])
        #expect(news?.type == "NewsArticle")
        #expect(JSONLDMetadata.parse(["{broken"]) == nil)
    }

    @Test func kindFromDeclaredTypes() throws {
        func kind(_ head: String) throws -> DocumentKind {
            let page = "<html><head>\(head)</head><body><p>Un texte assez long pour être lu comme un article de blog sur la santé.</p></body></html>"
            return try #require(try DocumentReader().documents(data: Data(page.utf8), source: "k.html").first).kind
        }
        #expect(try kind(#"<script type="application/ld+json">{"@type":"BlogPosting","headline":"x"}</script>"#) == .blog)
        #expect(try kind(#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>"#) == .news)
        #expect(try kind(#"<meta property="og:type" content="article"><meta property="og:site_name" content="Daily News">"#) == .news)
        #expect(try kind(#"<meta name="generator" content="Blogger">"#) == .blog)
        #expect(try kind(#"<meta name="generator" content="WordPress 6.4">"#) == .blog)
        #expect(try kind(#"<meta name="generator" content="WordPress 6.4"><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>"#) == .news)
        #expect(try kind("<title>Accueil</title>") == .other)
    }

    @Test func titleFromTheFirstHeadingWhenThereIsNoTitle() throws {
        let page = "<html><body><h1>La mésothérapie en questions</h1><p>Un article sans balise title.</p></body></html>"
        let doc = try #require(try DocumentReader().documents(data: Data(page.utf8), source: "t.html").first)
        #expect(doc.title == "La mésothérapie en questions")
    }

    @Test func languageFromMetaWhenHtmlHasNoLang() throws {
        func language(_ head: String) throws -> (String?, Bool) {
            let page = "<html><head>\(head)</head><body><p>The patients said it helped their back pain and they would do it again.</p></body></html>"
            let doc = try #require(try DocumentReader().documents(data: Data(page.utf8), source: "l.html").first)
            return (doc.language, doc.languageDeclared)
        }
        #expect(try language(#"<meta property="og:locale" content="fr_FR">"#) == ("fr", true))
        #expect(try language(#"<meta http-equiv="content-language" content="de">"#) == ("de", true))
        #expect(try language("") == ("en", false))
    }

    @Test func titleCleaning() {
        #expect(TitleCleaner.clean("Mésothérapie : ce qu'il faut savoir | Santé Blog", h1s: []) == "Mésothérapie : ce qu'il faut savoir")
        #expect(TitleCleaner.clean("Santé Blog | Mésothérapie et tendinites chez le sportif", h1s: []) == "Mésothérapie et tendinites chez le sportif")
        #expect(TitleCleaner.clean("Hermitian matrix - Wikipedia", h1s: []) == "Hermitian matrix - Wikipedia")
        #expect(TitleCleaner.clean("A long headline about back pain - The Site", h1s: []) == "A long headline about back pain")
        #expect(TitleCleaner.clean("Superbugs: What They Are and How You Get Them", h1s: [], h2s: ["Superbugs: What They Are and How You Get Them"])
            == "Superbugs: What They Are and How You Get Them")
        #expect(TitleCleaner.clean("Health: Mesotherapy does not help low back pain", h1s: []) == "Mesotherapy does not help low back pain")
        #expect(TitleCleaner.clean("Home", h1s: ["Mesotherapy does not help low back pain"]) == "Mesotherapy does not help low back pain")
        #expect(TitleCleaner.clean("L&#8217;acupuncture &amp; le dos", h1s: []) == "L’acupuncture & le dos")
        // A French quotation's closing mark is no breadcrumb separator; a heading that repeats
        // the whole title keeps it whole.
        #expect(TitleCleaner.clean("« Reconnue par l'Académie » : la mésothérapie a-t-elle fait ses preuves ?", h1s: [])
            == "la mésothérapie a-t-elle fait ses preuves ?")
        #expect(TitleCleaner.clean("« Reconnue par l'Académie » : la mésothérapie a-t-elle fait ses preuves ?",
                                   h1s: ["« Reconnue par l'Académie » : la mésothérapie a-t-elle fait ses preuves ?"])
            == "« Reconnue par l'Académie » : la mésothérapie a-t-elle fait ses preuves ?")
    }

    @Test func charsetDetection() {
        #expect(CharsetDetector.declaredCharset(Array(#"<html><head><meta charset="ISO-8859-1">"#.utf8)) == "iso-8859-1")
        #expect(CharsetDetector.declaredCharset(Array(#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />"#.utf8)) == "windows-1252")
        #expect(CharsetDetector.declaredCharset(Array("<p>charset=nothing</p>".utf8)) == nil)
        let latin1: [UInt8] = Array(#"<meta charset="iso-8859-1"><p>caf"#.utf8) + [0xE9, 0x20, 0x92, 0x9C, 0x80]
        let prepared = CharsetDetector.prepare(latin1)
        #expect(prepared.encoding == "UTF-8")
        #expect(String(decoding: prepared.bytes, as: UTF8.self).hasSuffix("café ’œ€"))
        let undeclared: [UInt8] = Array("<p>".utf8) + [0x63, 0x61, 0x66, 0xE9]
        #expect(String(decoding: CharsetDetector.prepare(undeclared).bytes, as: UTF8.self) == "<p>café")
        #expect(CharsetDetector.prepare([0xEF, 0xBB, 0xBF] + Array("<p>é".utf8)).bytes == Array("<p>é".utf8))
    }

    @Test func otherLegacyCharsetsGoThroughLibxml2() throws {
        // ISO-8859-2 "Příliš žluťoučký kůň": bytes that are not UTF-8 and not Windows-1252 text.
        let czech: [UInt8] = Array(#"<html><head><meta charset="iso-8859-2"></head><body><p>P"#.utf8)
            + [0xF8, 0xED, 0x6C, 0x69, 0xB9, 0x20, 0xBE, 0x6C, 0x75, 0xBB, 0x6F, 0x75, 0xE8, 0x6B, 0xFD, 0x20, 0x6B, 0xF9, 0xF2]
            + Array("</p></body></html>".utf8)
        let doc = try #require(try DocumentReader().documents(data: Data(czech), source: "cs.html").first)
        #expect(doc.text == "Příliš žluťoučký kůň")
        // An unknown label still gives text, not an error.
        let bogus: [UInt8] = Array(#"<meta charset="x-unknown"><p>caf"#.utf8) + [0xE9] + Array("</p>".utf8)
        let unknown = try #require(try DocumentReader().documents(data: Data(bogus), source: "x.html").first)
        #expect(unknown.text.hasPrefix("caf"))
    }
}
