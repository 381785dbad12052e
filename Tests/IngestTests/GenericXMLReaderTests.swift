import Foundation
import Testing
import Documents
@testable import Ingest

@Suite struct GenericXMLReaderTests {
    @Test func leavesAndMixedContentBecomeParagraphs() throws {
        let xml = """
        <?xml version="1.0"?>
        <records xml:lang="en"><record><title>Invented record</title><body>Zinc <em>shortened</em> colds.</body></record><record><body>Second record.</body></record></records>
        """
        let doc = try #require(try DocumentReader().documents(data: Data(xml.utf8), source: "data.xml").first)
        #expect(doc.format == .xml && doc.kind == .other)
        #expect(doc.title == "Invented record")
        #expect(doc.language == "en")
        #expect(doc.sections.first?.paragraphs.map { doc.slice($0) } == ["Invented record", "Zinc shortened colds.", "Second record."])
    }

    @Test func fileNameWhenNoTitle() throws {
        let doc = try #require(try DocumentReader().documents(data: Data("<a><b>Text here.</b></a>".utf8), source: "dir/notes.xml").first)
        #expect(doc.title == "notes.xml")
    }

    @Test func rdfThatIsNoFeedIsGenericXML() throws {
        let xml = "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description><title>Invented</title></rdf:Description></rdf:RDF>"
        let doc = try #require(try DocumentReader().documents(data: Data(xml.utf8), source: "x.rdf").first)
        #expect(doc.format == .xml && doc.title == "Invented")
    }

    @Test func sniffer() {
        func sniff(_ s: String, _ ext: String = "xml") -> DocumentFormat { FormatSniffer.sniff(Array(s.utf8)[...], pathExtension: ext) }
        #expect(sniff("<?xml version='1.0'?><!DOCTYPE PubmedArticleSet><PubmedArticleSet>") == .pubmed)
        #expect(sniff("<feed xmlns='http://www.w3.org/2005/Atom'>") == .rss)
        #expect(sniff("<rdf:RDF xmlns:rdf='x'>") == .rss)
        #expect(sniff("<TEI xmlns='http://www.tei-c.org/ns/1.0'>") == .tei)
        #expect(sniff("<report xmlns='urn:preuve:report:1'>") == .report)
        #expect(sniff("<article article-type='research-article'><front>") == .jats)
        #expect(sniff("<catalog><item/></catalog>") == .xml)
        #expect(sniff("<article xmlns='http://docbook.org/ns/docbook'><title>x</title>") == .xml, "DocBook is no JATS")
        #expect(sniff("<!DOCTYPE article PUBLIC \"-//NLM//DTD Journal Archiving and Interchange DTD v2.3 20070202//EN\" \"archivearticle.dtd\"><article>") == .jats)
    }
}
