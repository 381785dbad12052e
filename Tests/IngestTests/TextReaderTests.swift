import Foundation
import Testing
@testable import Ingest

@Suite struct TextReaderTests {
    @Test func firstLineIsTheTitleAndEachLineAParagraph() throws {
        let text = "La mésothérapie\n\nElle soulage les tendinites.\nSelon l'INSERM, son efficacité n'est pas démontrée.\n"
        let docs = try DocumentReader().documents(data: Data(text.utf8), source: "note.txt")
        let doc = try #require(docs.first)
        #expect(doc.format == .text)
        #expect(doc.title == "La mésothérapie")
        #expect(doc.sections.first?.paragraphs.count == 2)
        #expect(doc.language == "fr")
        #expect(doc.contentHash.count == 64)
    }

    @Test func windows1252TextIsDecoded() throws {
        var bytes = Array("Titre\n\nLa m".utf8)
        bytes += [0xE9, 0x73, 0x6F, 0x74, 0x68, 0xE9, 0x72, 0x61, 0x70, 0x69, 0x65, 0x20, 0x80]
        let doc = try #require(try DocumentReader().documents(data: Data(bytes), source: "x.txt").first)
        #expect(doc.text == "La mésothérapie €")
    }

    @Test func emptyAndBinaryFilesGiveNamedErrors() {
        #expect(throws: IngestError(path: "empty.txt", reason: .empty)) {
            try DocumentReader().documents(data: Data(" \n".utf8), source: "empty.txt")
        }
        #expect(throws: IngestError(path: "junk.bin", reason: .binary)) {
            try DocumentReader().documents(data: Data([0x00, 0x01, 0x02, 0xff, 0x00, 0x13]), source: "junk.bin")
        }
    }

    @Test func sha256MatchesTheStandardVector() {
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
