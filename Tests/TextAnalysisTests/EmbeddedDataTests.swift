import Testing
import TextAnalysis

/// The word lists are compiled into the module: every one the analysis reads is there.
@Suite struct EmbeddedDataTests {
    @Test func everyWordListIsCompiledIn() {
        #expect(TextResources.missing.isEmpty, "\(TextResources.missing)")
    }
}
