import Catalogue
import Claims

/// What `preuve --version` prints: the release, the index format this build writes (and the
/// oldest it reads), and the fingerprints of the claim rules (the bundled lexicon, recorded
/// in every index: another fingerprint re-extracts the claims) and of the vocabulary.
enum BuildInfo {
    static let version = "0.14.0"

    static var text: String {
        let reads = SnapshotFormat.oldestReadable == SnapshotFormat.version
            ? "\(SnapshotFormat.version)" : "\(SnapshotFormat.oldestReadable)-\(SnapshotFormat.version)"
        return """
            preuve \(version)
            index format \(SnapshotFormat.version) (reads \(reads))
            rules \(ClaimRules.fingerprint)
            vocabulary \(ClaimRules.vocabularyFingerprint)
            """
    }
}
