import Foundation

/// A fingerprint of what decides claims: the rules' version and every bundled lexicon
/// file. The index records it, so that an index built by other rules is re-extracted
/// instead of answering with claims this build would no longer make.
public enum ClaimRules {
    /// Bump when the extractor's code changes what it extracts.
    static let version = 1

    public static let fingerprint: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bits
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        mix("rules-\(version)".utf8)
        let folder = Bundle.module.resourceURL?.appendingPathComponent("Lexicon")
        let files = ((folder.flatMap { try? FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil) }) ?? [])
            .filter { $0.pathExtension == "tsv" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for file in files {
            mix(file.lastPathComponent.utf8)
            mix((try? Data(contentsOf: file)) ?? Data())
        }
        return "claims-\(version)-" + String(hash, radix: 16)
    }()
}
