import Testing
@testable import Documents

@Suite struct TextBuilderTests {
    @Test func paragraphsKeepByteOffsetsIntoOneText() {
        var builder = TextBuilder()
        builder.beginSection(heading: "Traitement", role: .main)
        builder.appendParagraph("  La mésothérapie\u{00A0} soulage   les lombalgies. ")
        builder.beginSection(heading: nil, role: .comment)
        builder.appendParagraph("Ça m’a soulagé !")
        let (text, sections) = builder.finish()
        #expect(sections.count == 2)
        #expect(sections[0].heading == "Traitement")
        let doc = Document(source: "x", format: .text, text: text, sections: sections)
        #expect(doc.slice(sections[0].paragraphs[1]) == "La mésothérapie soulage les lombalgies.")
        #expect(doc.slice(sections[1].range) == "Ça m’a soulagé !")
        #expect(sections[1].role == .comment)
        #expect(sections[1].range.end == text.utf8.count)
    }

    @Test func emptyParagraphsAndSectionsLeaveNoTrace() {
        var builder = TextBuilder()
        builder.beginSection(heading: "  ", role: .main)
        #expect(builder.appendParagraph(" \n\t ") == nil)
        builder.beginSection(heading: nil, role: .body)
        builder.appendParagraph("Texte")
        let (text, sections) = builder.finish()
        #expect(text == "Texte")
        #expect(sections.map(\.role) == [.body])
    }
}

@Suite struct TextCleaningTests {
    @Test func everyKindOfSpaceCollapsesAndControlsVanish() {
        let raw = "\u{FEFF}  Une\u{00A0}phrase\u{2009}avec\u{200B}des\u{3000}espaces\t\n\u{0085}et\u{0007} des contrôles\u{0093}.  "
        #expect(TextBuilder.clean(raw) == "Une phrase avec des espaces et des contrôles.")
    }

    @Test func nonASCIILettersAndSymbolsAreKept() {
        let raw = "Mésothérapie — l’œdème, 日本語, emoji 🙂 et € 5"
        #expect(TextBuilder.clean(raw) == raw)
        #expect(TextBuilder.clean("") == "")
        #expect(TextBuilder.clean(" \u{00A0} ") == "")
    }
}
