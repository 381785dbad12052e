import Claims
import Foundation
import Testing

/// Short texts written for the project by helpers who never saw the rules' output, each a
/// wording or a document structure of issue 11's error classes (`Passages/probes.tsv`): a
/// probe passes when every claim it expects is found (its basis by class, when given) or,
/// when it expects none, when nothing is claimed. Unlike the passages, a probe does not count
/// extra claims. Those the rules still get wrong carry their reason in the `known` column and
/// run as known issues, so that a fix shows (the known issue is no longer recorded) and a
/// regression fails by its id.
enum Probes {
    struct Probe: Sendable, CustomTestStringConvertible {
        var id: String
        var lang: String
        var title: String
        var body: String
        /// Each expected claim as `intervention/indication/stance[/basis]`; empty for `none`.
        var expected: [String]
        var known: String?
        var testDescription: String { id }

        var passage: Passage {
            var p = Passage(id: id, lang: lang, title: title, text: body.replacingOccurrences(of: " // ", with: "\n"), expect: [])
            if body.contains("<") { p.text = nil; p.html = body }
            return p
        }
    }

    /// The probes, and the lines that are not probes (a broken file fails a test instead of shrinking).
    static let loaded: (probes: [Probe], problems: [String]) = {
        guard let url = Bundle.module.url(forResource: "Passages/probes", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return ([], ["probes.tsv: missing"]) }
        var probes: [Probe] = []
        var problems: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") && !line.hasPrefix("id\t") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, !f[0].isEmpty, !f[2].isEmpty, !f[3].isEmpty, !f[4].isEmpty else {
                problems.append("probes.tsv:\(n + 1): expected 6 tab-separated columns (id, lang, title, body, expected, known)")
                continue
            }
            let expected = f[4] == "none" ? [] : f[4].split(separator: ";").map { String($0) }
            if let bad = expected.first(where: { $0.split(separator: "/").count < 3 }) {
                problems.append("probes.tsv:\(n + 1): `\(bad)` is not intervention/indication/stance[/basis]")
                continue
            }
            probes.append(Probe(id: f[0], lang: f[1], title: f[2], body: f[3], expected: expected, known: f[5].isEmpty ? nil : f[5]))
        }
        return (probes, problems)
    }()

    static var all: [Probe] { loaded.probes }

    /// Every probe through the real executable, once per test run.
    static let claims: [String: [Claim]] = {
        do { return try ClaimScoring.run(all.map(\.passage)) } catch {
            print("Probes: \(error)")
            return [:]
        }
    }()

    /// What is wrong with a probe's claims, or nil when it passes.
    static func failure(_ p: Probe, found: [Claim]) -> String? {
        let keys = found.map { "\($0.intervention)/\($0.indication)/\($0.stance.rawValue)/\(ClaimScoring.basisClass($0.basis.rawValue))" }
        if p.expected.isEmpty { return keys.isEmpty ? nil : "expected no claim, found \(keys)" }
        let missing = p.expected.filter { e in
            var parts = e.split(separator: "/").map(String.init)
            if parts.count > 3 { parts[3] = ClaimScoring.basisClass(parts[3]) }
            return !keys.contains { k in Array(k.split(separator: "/").map(String.init).prefix(parts.count)) == parts }
        }
        return missing.isEmpty ? nil : "missing \(missing), found \(keys)"
    }
}

@Suite struct ProbeTests {
    @Test func theProbeFileIsWellFormed() {
        #expect(Probes.loaded.problems.isEmpty, "\(Probes.loaded.problems)")
        #expect(Probes.all.count >= 240)
        #expect(Set(Probes.all.map(\.id)).count == Probes.all.count, "ids are unique")
    }

    @Test(arguments: Probes.all) func probe(_ p: Probes.Probe) {
        let why = Probes.failure(p, found: Probes.claims[p.id] ?? [])
        if let known = p.known {
            withKnownIssue("\(p.id): \(known)") {
                #expect(why == nil, "\(p.id): \(why ?? "")")
            }
        } else {
            #expect(why == nil, "\(p.id): \(why ?? "")")
        }
    }

    /// The share of probes passing, printed for the README; a floor so that a change that
    /// loses ground fails.
    @Test func probesPassing() {
        let passing = Probes.all.filter { Probes.failure($0, found: Probes.claims[$0.id] ?? []) == nil }.count
        print("probes passing: \(passing) of \(Probes.all.count)")
        #expect(Double(passing) >= 0.85 * Double(Probes.all.count))
    }
}
