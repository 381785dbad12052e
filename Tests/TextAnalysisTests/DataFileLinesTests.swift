import Testing
@testable import TextAnalysis

/// The line and field layout every data file is read with (`DataFileLines`).
@Suite struct DataFileLinesTests {
    func lines(_ text: String) -> [(Int, String)] {
        var out: [(Int, String)] = []
        DataFileLines.forEachLine(in: text) { out.append(($0, String($1))) }
        return out
    }

    @Test func linesKeepTheirNumbersAcrossBlankLinesAndCarriageReturns() {
        let got = lines("effect\tsupports\tsoulage\r\n\r\n# note\nhedge\t-\tpeut-être")
        #expect(got.map(\.0) == [1, 2, 3, 4])
        #expect(got.map(\.1) == ["effect\tsupports\tsoulage", "", "# note", "hedge\t-\tpeut-être"])
    }

    @Test func aFinalLineFeedAddsNoEmptyLine() {
        #expect(lines("a\nb\n").map(\.1) == ["a", "b"])
        #expect(lines("").isEmpty)
    }

    @Test func fieldsKeepEmptyOnesUnlessAskedNotTo() {
        #expect(DataFileLines.fields(of: "a\t\tb\t", separatedBy: UInt8(ascii: "\t")) == ["a", "", "b", ""])
        #expect(DataFileLines.fields(of: "|a||b|", separatedBy: UInt8(ascii: "|"), omittingEmpty: true) == ["a", "b"])
        #expect(DataFileLines.fields(of: "", separatedBy: UInt8(ascii: "|")) == [""])
    }

    @Test func trimmingTakesSpacesTabsAndNoBreakSpacesButNotLetters() {
        #expect(DataFileLines.trimmed(" \t\u{A0}douleur lombaire\u{A0} \r") == "douleur lombaire")
        #expect(DataFileLines.trimmed("\u{A0}\u{A0}") == "")
        // "à" is C3 A0 in UTF-8: its A0 byte is no no-break space.
        #expect(DataFileLines.trimmed("voilà") == "voilà")
        #expect(DataFileLines.trimmed("é\u{A0}") == "é")
    }

    @Test func commentsAndBlankLinesAreRecognisedAfterTrimming() {
        #expect(DataFileLines.isBlankOrComment(""))
        #expect(DataFileLines.isBlankOrComment("# a comment"))
        #expect(!DataFileLines.isBlankOrComment("effect\t#\tx"))
    }
}
