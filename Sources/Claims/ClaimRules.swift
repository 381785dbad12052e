import Foundation

/// A fingerprint of what decides claims: the rules' version and every bundled lexicon
/// file. The index records it, so that an index built by other rules is re-extracted
/// instead of answering with claims this build would no longer make.
public enum ClaimRules {
    /// Bump when the extractor's code changes what it extracts.
    /// 2: claims from a PubMed record's MeSH headings (`MeSHClaims`).
    static let version = 2

    /// FNV-1a of `rules-VERSION` and the MeSH tree (`MeSHTree.fingerprint`), then of each
    /// bundled `.tsv` file's name and bytes, in name order.
    public static let fingerprint: String = "claims-\(version)-" + BundledLexicon.fingerprint("rules-\(version)-" + MeSHTree.fingerprint)

    /// The files that name concepts: the conditions and the interventions.
    static let vocabularyFiles = ["indications.tsv", "interventions.tsv"]

    /// FNV-1a of the vocabulary files' names and bytes (`preuve --version`).
    public static let vocabularyFingerprint: String = "vocabulary-" + BundledLexicon.fingerprint("vocabulary", of: vocabularyFiles)
}
