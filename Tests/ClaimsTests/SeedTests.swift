import Claims
import Foundation
import Testing
import TestSupport

/// The two seed blog posts, read as spec/claims.md section 5 reads them.
///
/// Decision (documented in Lexicon/README.md): "Malgré cela, de nombreux patients
/// rapportent un soulagement significatif" refers back ("malgré cela") to the sentence
/// before, whose claims are about chronic pain, low back, neck and thoracic back pain; the
/// testimony claims go to those four indications rather than to `general`.
@Suite struct SeedTests {
    static func claims(of name: String) throws -> [Claim]? {
        guard let shared = TestPaths.shared else { return nil }
        let path = shared.appendingPathComponent("seeds/\(name)").path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let result = try PreuveProcess.run(["claims", "--format", "jsonl", path])
        #expect(result.status == 0, "\(result.stderr)")
        return try result.stdout.split(separator: "\n").map { try JSONDecoder().decode(Claim.self, from: Data($0.utf8)) }
    }

    static func skip(_ name: String) {
        if TestPaths.sharedRequired { Issue.record("../shared/seeds/\(name) is missing") }
        else { print("SeedTests: ../shared/seeds/\(name) not found; skipped") }
    }

    func find(_ claims: [Claim], _ indication: String, _ stance: Stance, _ basis: Basis) -> Claim? {
        claims.first { $0.indication == indication && $0.stance == stance && $0.basis == basis && $0.intervention == "mesotherapy" }
    }

    @Test func seed000() throws {
        guard let claims = try Self.claims(of: "000_bbb39a1da1c33d89.txt") else { return Self.skip("000") }
        // The ministry's report, cited, on the four indications of the sentence before.
        for indication in ["chronic-pain", "low-back-pain", "neck-pain", "thoracic-back-pain"] {
            let c = find(claims, indication, .uncertain, .htaReport)
            #expect(c?.cited == true, "cited hta-report uncertain for \(indication)")
            #expect(c?.sentence.contains("comme le rappelle le ministère") == true)
            #expect(find(claims, indication, .supports, .testimony)?.sentence.contains("de nombreux patients rapportent") == true,
                    "testimony supports for \(indication)")
        }
        // Assertions of relief.
        for indication in ["tendinopathy", "muscle-contracture", "sciatica", "femoral-neuralgia"] {
            #expect(find(claims, indication, .supports, .assertion) != nil, "assertion supports for \(indication)")
        }
        // Herniated disc: does not treat the cause, may ease the pain.
        let refutes = find(claims, "herniated-disc", .refutes, .assertion)
        let supports = find(claims, "herniated-disc", .supports, .assertion)
        #expect(refutes != nil && refutes?.hedged == false)
        #expect(supports != nil && supports?.hedged == true)
        // The practice sentence ("est souvent proposée pour") and the title question claim nothing.
        #expect(!claims.contains { $0.sentence.contains("est souvent proposée pour") })
        #expect(!claims.contains { $0.sentence.hasSuffix("?") })
        // Nothing above level 1-3 except the cited report: the rest is testimony or assertion.
        #expect(claims.allSatisfy { $0.basis == .htaReport || $0.basis == .testimony || $0.basis == .assertion })
        // Offsets point at the sentence in the extracted text.
        #expect(claims.allSatisfy { $0.end - $0.start == $0.sentence.utf8.count })
    }

    @Test func seed004() throws {
        guard let claims = try Self.claims(of: "004_dcb6e8c9300817d4.txt") else { return Self.skip("004") }
        let listed = ["tendinopathy", "low-back-pain", "neck-pain", "chronic-pain", "osteoarthritis", "dupuytren",
                      "carpal-tunnel", "sprain", "muscle-contracture", "stress-fracture", "wrinkles", "cellulite",
                      "weight-loss", "alopecia", "scars", "venous-insufficiency"]
        for indication in listed {
            #expect(find(claims, indication, .supports, .assertion) != nil, "assertion supports for \(indication)")
        }
        #expect(find(claims, "venous-insufficiency", .supports, .assertion)?.sentence.hasPrefix("Initialement destinée à traiter") == true)
        let general = claims.filter { $0.indication == Claim.generalIndication && $0.stance == .uncertain && $0.basis == .assertion }
        #expect(general.contains { $0.sentence.contains("caution scientifique concernant son efficacité reste limitée") })
        #expect(general.contains { $0.sentence.contains("font défaut") })
        #expect(claims.contains { $0.basis == .testimony && $0.sentence.contains("valorisée par de nombreux patients et praticiens") })
        // No claim from the bio, "A lire également", the comment form or the table header.
        for noise in ["Je m'appelle Lilou", "Lilou Barbier", "A lire également", "LAISSER UN COMMENTAIRE", "entrez votre",
                      "Pathologies traitées Substances couramment injectées", "Nouveaux articles"] {
            #expect(!claims.contains { $0.sentence.contains(noise) }, "no claim from \"\(noise)\"")
        }
        #expect(claims.allSatisfy { $0.level == nil }, "a blog's own claims are testimony or assertion")
    }
}
