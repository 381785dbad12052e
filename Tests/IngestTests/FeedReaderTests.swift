import Foundation
import Testing
import Documents
@testable import Ingest

@Suite struct FeedReaderTests {
    @Test func rss2ItemsWithHTMLDescriptions() throws {
        let docs = try DocumentReader().documents(at: Fixtures.path("rss/feed.rss"))
        #expect(docs.map(\.fragment) == ["item:1", "item:2"])
        #expect(docs.allSatisfy { $0.format == .rss && $0.kind == .news && $0.language == "fr" && $0.year == 2014 })
        let first = docs[0]
        #expect(first.title == "La cryothérapie ne soigne pas tout")
        #expect(first.metadata.url == "https://example.org/a1")
        #expect(first.authors == ["Jeanne Test"])
        #expect(first.sections.first?.paragraphs.count == 3)
        #expect(first.text.contains("Selon une étude fictive, la cryothérapie n'a pas d'effet."))
        #expect(first.text.contains("Second paragraphe & fin."))
        #expect(!first.text.contains("alert"), "scripts in descriptions are dropped")
        #expect(!first.text.contains("<"))
        #expect(docs[1].text.contains("Le contenu complet."), "content:encoded preferred to description")
    }

    @Test func atomEntries() throws {
        let docs = try DocumentReader().documents(at: Fixtures.path("rss/atom.xml"))
        #expect(docs.count == 2)
        #expect(docs[0].title == "Coffee & health: new invented study")
        #expect(docs[0].metadata.url == "https://example.org/coffee")
        #expect(docs[0].year == 2020 && docs[0].language == "en")
        #expect(docs[0].authors == ["Sam Test"])
        #expect(docs[0].text.contains("Coffee did not change blood pressure.\n\nMore research is needed."))
        #expect(docs[1].text.contains("Escaped HTML content."))
        #expect(docs[1].metadata.url == "https://example.org/second" && docs[1].year == 2021)
    }

    @Test func rss1RDFItems() throws {
        let docs = try DocumentReader().documents(at: Fixtures.path("rss/rdf.xml"))
        #expect(docs.count == 1)
        #expect(docs[0].title == "Garlic and colds" && docs[0].year == 2009 && docs[0].language == "en")
        #expect(docs[0].text.contains("Garlic did not prevent colds"))
    }
}
