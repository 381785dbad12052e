import Answers
import Claims
import Documents
import Foundation
import TestSupport
import Verdicts

/// Claims and answers made up with every field varied: strings with what JSON escapes
/// (quotes, backslashes, control characters) and what it does not (slashes, accents, DEL,
/// U+2028, emoji), missing years, languages and scopes, claims with and without cues, general
/// claims, confidences of every hundredth and beyond.
struct MadeUp {
    var rng: TestRandom

    init(seed: UInt64) { rng = TestRandom(unprinted: seed) }

    mutating func below(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
    mutating func chance(_ n: Int) -> Bool { below(n) == 0 }
    mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

    static let pieces = ["douleur", "lombalgie", "mésothérapie", "a/b", "\"cité\"", "back\\slash", "tab\there", "line\nbreak",
                         "cr\rlf", "\u{0}", "\u{1}", "\u{8}", "\u{c}", "\u{1f}", "\u{7f}", "\u{2028}", "😀", "中文", "</script>",
                         "l'essai", "{\"json\": [1, 2]}", "", " ", "N°", "100%", "&amp;", "\u{FEFF}"]

    mutating func text(_ words: ClosedRange<Int> = 0...8) -> String {
        (0..<words.lowerBound + below(words.count)).map { _ in
            chance(4) ? String(UnicodeScalar(UInt8(below(0x80)))) : pick(Self.pieces)
        }.joined(separator: pick([" ", "", "  "]))
    }

    mutating func confidence() -> Double {
        switch below(4) {
        case 0: return pick([0, 1, 0.5, 0.01, 0.99, 0.07, 0.29, 0.57, 1e-5, 0.125, 0.995, 0.005])
        case 1: return Double(below(101)) / 100
        default: return Double(rng.next() % 1_000_001) / 1_000_000
        }
    }

    mutating func claim(doc: String? = nil, indication: String? = nil, intervention: String? = nil) -> Claim {
        let indication = indication ?? pick(["low-back-pain", "general", "migraine", text(1...3)])
        var claim = Claim(
            doc: doc ?? pick(["Corpus/a.html", "pubmed/x.xml#123", text(1...4)]), title: chance(5) ? "" : text(),
            year: chance(4) ? nil : pick([2016, 1999, 0, -12, 2026, below(3000)]), kind: pick(DocumentKind.allCases),
            intervention: intervention ?? pick(["mesotherapy", "acupuncture", text(1...2)]), indication: indication,
            surface: text(1...3), stance: pick(Stance.allCases), basis: pick(Basis.allCases), cited: chance(2), hedged: chance(3),
            lang: chance(3) ? nil : pick(["fr", "en", "de"]), sentence: text(0...30),
            start: pick([0, below(100_000), Int(Int32.max)]), end: below(1_000_000),
            cues: chance(3) ? [] : (0..<1 + below(4)).map { _ in Cue(role: pick(["stance", "basis", "scope"]), text: text(), rule: text()) })
        claim.scope = chance(2) ? nil : pick(["therapeutic", "aesthetic", "aesthetic-indications", text(1...2)])
        claim.confidence = confidence()
        claim.wholePractice = chance(2)
        return claim
    }

    mutating func counts() -> StanceBasisCounts {
        var counts = StanceBasisCounts()
        for _ in 0..<below(12) { counts.add(stance: pick(Stance.allCases), basis: pick(Basis.allCases)) }
        return counts
    }

    mutating func claims(_ most: Int) -> [Claim] { (0..<below(most + 1)).map { _ in claim() } }

    mutating func verdict() -> VerdictResult {
        VerdictResult(intervention: text(1...2), indication: pick(["low-back-pain", "general", text(1...2)]),
                      verdict: pick(Verdict.allCases), bestLevel: chance(3) ? nil : 1 + below(5), rationale: text(0...20),
                      counts: counts(), deciding: claims(3), evidence: claims(4), testimony: claims(3), general: claims(2),
                      documents: pick([0, 1, below(1_000_000)]))
    }

    mutating func answer(depth: Int = 0) -> IndicationAnswer {
        IndicationAnswer(
            indication: .init(id: text(1...2), label: text(1...3), labelFR: text(1...3), matched: text(0...3)),
            verdicts: (0..<below(4)).map { _ in verdict() },
            narrower: depth < 2 && chance(2) ? (0..<1 + below(2)).map { _ in answer(depth: depth + 1) } : [])
    }
}

/// What a `JSONStream` writes, collected in memory, the stream flushing every `flushAt` bytes.
func streamed(flushAt: Int = 1 << 16, _ body: (inout JSONStream) throws -> Void) throws -> [UInt8] {
    final class Collected: @unchecked Sendable { var bytes: [UInt8] = [] }
    let out = Collected()
    var stream = JSONStream(flushingAt: flushAt) { out.bytes.append(contentsOf: $0) }
    try body(&stream)
    try stream.flush()
    return out.bytes
}
