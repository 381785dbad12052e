import Claims
import Foundation
import Lexicon
import Testing

/// Passages written for this project after studying real pages (clinics, blogs, news,
/// fact-checks, official and review summaries, abstracts), in our own words, annotated under
/// spec/claims.md: `Passages/README.md` says how they were made. Each passage is a test of its
/// own, named by its id; the ones the rules still get wrong are listed with the reason in
/// `Passages/known-misses.tsv` and run as known issues, so a fix shows and a regression fails.
enum RealText {
    static func load(_ name: String) -> [Passage] {
        guard let url = Bundle.module.url(forResource: "Passages/\(name)", withExtension: "jsonl"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.compactMap {
            try? JSONDecoder().decode(Passage.self, from: Data($0.utf8))
        }
    }

    /// Lines that fail to decode, so that a broken set fails a test instead of shrinking.
    static func undecodable(_ name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: "Passages/\(name)", withExtension: "jsonl"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return ["\(name).jsonl: missing"] }
        var out: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.allSatisfy(\.isWhitespace) {
            do { _ = try JSONDecoder().decode(Passage.self, from: Data(line.utf8)) } catch {
                out.append("\(name).jsonl:\(n + 1): \(error)")
            }
        }
        return out
    }

    static let dev = load("realtext-dev")
    static let frozen = load("realtext-test")
    /// The general-health passages (issue 12), tested by id as the mesotherapy ones are.
    static let healthDev = load("health/health-dev")
    static let healthFrozen = load("health/health-test")

    /// id → why the rules still get it wrong.
    static let knownMisses: [String: String] = {
        guard let url = Bundle.module.url(forResource: "Passages/known-misses", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            if fields.count == 2 { out[String(fields[0])] = String(fields[1]) }
        }
        return out
    }()

    /// Every passage of the four sets through the real executable, once per test run.
    static let claims: [String: [Claim]] = {
        do { return try ClaimScoring.run(dev + frozen + healthDev + healthFrozen) } catch {
            print("RealText: \(error)")
            return [:]
        }
    }()

    static func check(_ p: Passage) {
        let (expected, found) = ClaimScoring.keys(p, claims: claims[p.id] ?? [])
        let body = {
            #expect(found == expected, """
                \(p.id): missing \(expected.subtracting(found).map(\.description).sorted()), \
                extra \(found.subtracting(expected).map(\.description).sorted())
                """)
        }
        if let why = knownMisses[p.id] {
            withKnownIssue("\(p.id): \(why)") { body() }
        } else {
            body()
        }
    }

    static func report(_ name: String, _ passages: [Passage]) -> [String: ClaimScoring.Score] {
        let (byLanguage, misses) = ClaimScoring.score(passages, claims: claims)
        for lang in byLanguage.keys.sorted() { print("\(name) \(lang): \(byLanguage[lang]!.line)") }
        let all = byLanguage.values.reduce(ClaimScoring.Score(), +)
        print("\(name) all: \(all.line)")
        for (tag, s) in ClaimScoring.scoreByTag(passages, claims: claims).sorted(by: { $0.key < $1.key }) {
            print("\(name) tag \(tag): \(s.line)")
        }
        let oov = passages.flatMap(\.expect).filter(\.isOutOfVocabulary).count
        print("\(name): \(passages.count) passages, \(oov) expected claims out of the vocabulary (not scored)")
        for miss in misses { print("\(name) miss: \(miss)") }
        return byLanguage
    }
}

@Suite struct RealTextPassagesTests {
    /// Expectations use the stances and bases of spec/claims.md §2 only (a `guideline` basis,
    /// which the spec does not have, once slipped in and was scored as a bare assertion).
    @Test func everyExpectationUsesTheSpecsStancesAndBases() {
        for name in ["realtext-dev", "realtext-test", "health/health-dev", "health/health-test"] {
            let passages = RealText.load(name)
            #expect(!passages.isEmpty, "\(name).jsonl: missing or empty")
            for p in passages {
                for e in p.expect {
                    #expect(Basis(rawValue: e.basis) != nil, "\(name): \(p.id): basis `\(e.basis)` is not one of claims.md §2")
                    #expect(Stance(rawValue: e.stance) != nil, "\(name): \(p.id): stance `\(e.stance)`")
                }
            }
        }
    }

    /// An expectation's indication is a condition the vocabulary knows and its intervention a
    /// treatment (a helper had written the behavioural concept "stopping smoking" as the
    /// condition of five claims, which no build could ever match).
    @Test func everyExpectationNamesAConditionAndATreatment() {
        let lexicon = ClaimLexicon.bundled
        for name in ["realtext-dev", "realtext-test", "health/health-dev", "health/health-test"] {
            for p in RealText.load(name) {
                for e in p.expect {
                    if e.indication != "general", !e.indication.hasPrefix("oov:") {
                        #expect(lexicon.vocabulary.contains(id: e.indication) && !lexicon.interventionVocabulary.contains(id: e.indication),
                                "\(name): \(p.id): indication `\(e.indication)` is not a condition of the vocabulary")
                    }
                    if let i = e.intervention, !i.hasPrefix("oov:") {
                        #expect(!lexicon.vocabulary.contains(id: i) && (lexicon.interventionID(for: i) == i || lexicon.interventionVocabulary.contains(id: i)),
                                "\(name): \(p.id): intervention `\(i)` is not a treatment of the vocabulary")
                    }
                }
            }
        }
    }

    @Test func passageFilesDecodeEveryLine() {
        #expect(RealText.undecodable("realtext-dev").isEmpty, "\(RealText.undecodable("realtext-dev"))")
        #expect(RealText.undecodable("realtext-test").isEmpty, "\(RealText.undecodable("realtext-test"))")
        #expect(RealText.dev.count >= 130)
        #expect(RealText.frozen.count >= 65)
        #expect(RealText.undecodable("health/health-dev").isEmpty, "\(RealText.undecodable("health/health-dev"))")
        #expect(RealText.undecodable("health/health-test").isEmpty, "\(RealText.undecodable("health/health-test"))")
        #expect(RealText.healthDev.count >= 400 && RealText.healthFrozen.count >= 200)
        let ids = (RealText.dev + RealText.frozen + RealText.healthDev + RealText.healthFrozen).map(\.id)
        #expect(Set(ids).count == ids.count, "a passage id is used twice")
        for id in RealText.knownMisses.keys {
            #expect(ids.contains(id), "known-misses.tsv names \(id), which no passage has")
        }
    }

    @Test(arguments: RealText.dev) func developmentPassage(_ p: Passage) {
        RealText.check(p)
    }

    @Test(arguments: RealText.frozen) func frozenPassage(_ p: Passage) {
        RealText.check(p)
    }

    /// Each general-health passage (issue 12) by its id: most still run as known issues (the
    /// bar of issue 12 is far), so that a passage that starts passing leaves the list and one
    /// that regresses fails by name, not only in the pooled floors below.
    @Test(arguments: RealText.healthDev) func healthDevelopmentPassage(_ p: Passage) {
        RealText.check(p)
    }

    @Test(arguments: RealText.healthFrozen) func healthFrozenPassage(_ p: Passage) {
        RealText.check(p)
    }

    /// The development two thirds: what the rules were tuned on (fourteen batches, rwA–rwN). The
    /// floors sit just below the scores reached when this landed (README, "Claims on real
    /// text"), so that a change that loses ground fails; issue 11's bar (F1 0.85, precision
    /// 0.90 on the frozen third) is not met. Since the eighth session the expectations name the
    /// wide vocabulary's concepts (`oov:` sides resolved, claims on them added by annotators who
    /// never saw the rules' output); claims on concepts are not made yet, so they count as missed
    /// and the F1 floors dropped with the recall, not with the rules. In the tenth session the
    /// batches rwV–rwY joined both sets at their first-run scores (F1 0.25 to 0.51): the pooled
    /// English figures fell, and the floors with them.
    /// (The eighteenth session's batches ryF and ryH joined at their first-run scores, F1 0.41 to
    /// 0.50, and the floor went from 0.64 to 0.62; the twenty-second session's rzR, rzT and rzV
    /// at F1 0.33 to 0.41 took English to 0.615 with the start build as with the end one, and
    /// the floor to 0.61; the twenty-third session's rzX, rzZ and saB, English F1 0.23 to 0.33 at
    /// their first runs, took it to 0.607 with the start build, 0.606 with the end one, and the
    /// floor to 0.60; the twenty-seventh session's fifteen batches, F1 0.13 to 0.54 at their first
    /// runs, and the sides of about 400 expectations that name concepts added that session took
    /// English to 0.580 with the start build, 0.585 with the end one, French to 0.593 and 0.600,
    /// and the floor to 0.58; the twenty-eighth session's fifteen batches, F1 0.00 to 0.47 at
    /// their first runs (the search budget then ran out), took English to 0.554 with the start
    /// build, 0.562 with the end one, French to 0.571 and 0.579, and the floor to 0.56; the
    /// twenty-ninth session's sixteen practice batches, F1 0.09 to 0.45 at their first runs,
    /// took English to 0.542 with the start build, 0.550 with the end one, French to 0.558 and
    /// 0.566, and the floor to 0.54; the thirtieth session's twelve practice batches, F1 0.37 to
    /// 0.75 at their first runs, left English at 0.549 with the start build, 0.553 with the end
    /// one, French at 0.564 and 0.569, and the floor at 0.54.)
    @Test func developmentHalfScores() {
        Self.expectFloors("realtext-dev", RealText.dev, f1: 0.54, precision: 0.72)
    }

    /// The frozen thirds, set aside before any rule was tuned on their batch and scored once
    /// (Passages/README.md: rwA–rwF on 2026-12-01, rwG–rwN on 2026-12-02, rwO–rwU later, rwV–rwY on
    /// 2026-12-03); a floor below those scores. (The sixteenth session's batches rxV, rxX and rxZ
    /// joined at their first-run scores, F1 0.23 to 0.55, and the floor went from 0.51 to 0.50;
    /// the twenty-third session's rzX, rzZ and saB took English to 0.491 with the start build as
    /// with the end one, and the floor to 0.49; the twenty-ninth session's sixteen practice
    /// batches, F1 0.09 to 0.45 at their first runs, took English to 0.476 with the start build,
    /// 0.478 with the end one, French to 0.485 and 0.488, and the floor to 0.47; the thirtieth
    /// session's twelve practice batches left English at 0.483 with the start build and 0.485
    /// with the end one, French at 0.495 and 0.500, and the floor at 0.47.)
    @Test func frozenHalfScores() {
        Self.expectFloors("realtext-test", RealText.frozen, f1: 0.47, precision: 0.60)
    }

    /// The general-health passages (issue 12): the share of passages holding a scored claim in
    /// which a correct one is found, and the precision of what is found, each kept above a
    /// floor just below the twelfth session's scores (development 73 of 170 at 0.710, frozen 36
    /// of 83 at 0.578); issue 12's bar (80% at 0.85 on the frozen third) is not met.
    @Test(arguments: [("health/health-dev", 0.40, 0.68), ("health/health-test", 0.40, 0.55)])
    func healthPassagesKeepTheirFloors(_ name: String, _ share: Double, _ precision: Double) throws {
        let passages = RealText.load(name)
        let claims = try ClaimScoring.run(passages)
        var holding = 0, withCorrect = 0
        var total = ClaimScoring.Score()
        for p in passages {
            let (expected, found) = ClaimScoring.keys(p, claims: claims[p.id] ?? [])
            total = total + ClaimScoring.score(p, claims: claims[p.id] ?? [])
            guard !expected.isEmpty else { continue }
            holding += 1
            if !expected.isDisjoint(with: found) { withCorrect += 1 }
        }
        print("\(name): a correct claim in \(withCorrect) of \(holding) passages; all: \(total.line)")
        #expect(Double(withCorrect) >= share * Double(holding), "\(name): \(withCorrect) of \(holding)")
        #expect(total.precision >= precision, "\(name): precision \(total.precision)")
    }

    /// Prints a set's scores and expects both languages at or above the floors.
    static func expectFloors(_ name: String, _ passages: [Passage], f1: Double, precision: Double) {
        let scores = RealText.report(name, passages)
        #expect(Set(scores.keys) == ["fr", "en"])
        for (lang, s) in scores {
            #expect(s.f1 >= f1, "\(name) \(lang) F1 \(s.f1)")
            #expect(s.precision >= precision, "\(name) \(lang) precision \(s.precision)")
        }
    }
}
