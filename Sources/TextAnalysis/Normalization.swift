import Foundation

/// Unicode normalisation. Document text is never rewritten (claims point into it by byte
/// offsets); lexicon phrases and user input are made NFC so that a decomposed "é" typed
/// in a file or on the command line compares like the composed one.
public enum Normalization {
    public static func nfc(_ s: String) -> String {
        // ASCII is already NFC: most words and lexicon phrases skip Foundation's mapping.
        for byte in s.utf8 where byte >= 0x80 { return s.precomposedStringWithCanonicalMapping }
        return s
    }
}
