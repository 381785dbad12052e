import Foundation

/// A fingerprint of what decides claims: the rules' version and every bundled lexicon
/// file. The index records it, so that an index built by other rules is re-extracted
/// instead of answering with claims this build would no longer make.
public enum ClaimRules {
    /// Bump when the extractor's code changes what it extracts.
    static let version = 1

    /// FNV-1a of `rules-VERSION`, then of each bundled `.tsv` file's name and bytes, in name order.
    public static let fingerprint: String = "claims-\(version)-" + BundledLexicon.fingerprint("rules-\(version)")

    /// The files that name concepts: the conditions and the interventions.
    static let vocabularyFiles = ["indications.tsv", "interventions.tsv"]

    /// FNV-1a of the vocabulary files' names and bytes (`preuve --version`).
    public static let vocabularyFingerprint: String = "vocabulary-" + BundledLexicon.fingerprint("vocabulary", of: vocabularyFiles)
}
