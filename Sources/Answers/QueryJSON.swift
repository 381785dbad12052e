import Claims
import Documents
import Verdicts

/// `preuve query`'s JSON (spec/cli.md), written as it goes: the same bytes as `AnswerJSON`
/// encoding the `IndicationAnswer`, keys in the order the encoder sorts them. Each claim is
/// decoded when it is written and let go, so a query that lists tens of thousands of sources
/// holds neither their claims nor its whole text. `QueryJSONTests` compare the two writers.
public enum QueryJSON {
    /// An answer whose claims are decoded already.
    public static func write(_ answer: IndicationAnswer, to out: inout JSONStream) throws {
        try write(IndicationJudgement(answer), claim: { $0 }, to: &out)
    }

    /// An answer over rows; `claim` gives the whole claim of a row when it is written.
    public static func write<Row>(_ answer: IndicationJudgement<Row>, claim: (Row) throws -> Claim,
                                  to out: inout JSONStream) throws {
        out.beginObject()
        out.key("indication")
        try write(answer.indication, to: &out)
        if !answer.narrower.isEmpty {
            out.key("narrower")
            out.beginArray()
            for narrower in answer.narrower { try write(narrower, claim: claim, to: &out) }
            try out.endArray()
        }
        out.key("verdicts")
        out.beginArray()
        for verdict in answer.verdicts { try write(verdict, claim: claim, to: &out) }
        try out.endArray()
        try out.endObject()
    }

    static func write(_ ref: IndicationAnswer.IndicationRef, to out: inout JSONStream) throws {
        out.beginObject()
        out.key("id")
        try out.string(ref.id)
        out.key("label")
        try out.string(ref.label)
        out.key("label_fr")
        try out.string(ref.labelFR)
        out.key("matched")
        try out.string(ref.matched)
        try out.endObject()
    }

    /// One element of `verdicts`: `VerdictResult`'s keys.
    static func write<Row>(_ verdict: Judgement<Row>, claim: (Row) throws -> Claim, to out: inout JSONStream) throws {
        func claims(_ key: StaticString, _ rows: [Row]) throws {
            out.key(key)
            out.beginArray()
            for row in rows { try write(try claim(row), to: &out) }
            try out.endArray()
        }
        out.beginObject()
        out.key("best_level")
        out.int(verdict.bestLevel)
        out.key("counts")
        try write(verdict.counts, to: &out)
        try claims("deciding", verdict.deciding)
        out.key("documents")
        out.int(verdict.documents)
        try claims("evidence", verdict.evidence)
        try claims("general", verdict.general)
        out.key("indication")
        try out.string(verdict.indication)
        out.key("intervention")
        try out.string(verdict.intervention)
        out.key("rationale")
        try out.string(verdict.rationale)
        try claims("testimony", verdict.testimony)
        out.key("verdict")
        try out.string(verdict.verdict.rawValue)
        try out.endObject()
    }

    /// `StanceBasisCounts`: every stance, each with the bases it counts (none at zero).
    static func write(_ counts: StanceBasisCounts, to out: inout JSONStream) throws {
        out.beginObject()
        for stance in Stance.allCases.sorted(by: { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }) {
            out.key(named: stance.rawValue)
            out.beginObject()
            let bases = (counts.byStance[stance] ?? [:]).filter { $0.value > 0 }
                .sorted { $0.key.rawValue.utf8.lexicographicallyPrecedes($1.key.rawValue.utf8) }
            for (basis, count) in bases {
                out.key(named: basis.rawValue)
                out.int(count)
            }
            try out.endObject()
        }
        try out.endObject()
    }

    /// spec/cli.md's CLAIM, as `Claim.encode(to:)` writes it.
    public static func write(_ claim: Claim, to out: inout JSONStream) throws {
        out.beginObject()
        out.key("basis")
        try out.string(claim.basis.rawValue)
        out.key("cited")
        out.bool(claim.cited)
        out.key("confidence")
        try out.double((claim.confidence * 100).rounded() / 100)
        if !claim.cues.isEmpty {
            out.key("cues")
            out.beginArray()
            for cue in claim.cues {
                out.beginObject()
                out.key("role")
                try out.string(cue.role)
                out.key("rule")
                try out.string(cue.rule)
                out.key("text")
                try out.string(cue.text)
                try out.endObject()
            }
            try out.endArray()
        }
        out.key("doc")
        try out.string(claim.doc)
        out.key("end")
        out.int(claim.end)
        out.key("hedged")
        out.bool(claim.hedged)
        out.key("indication")
        try out.string(claim.indication)
        out.key("intervention")
        try out.string(claim.intervention)
        out.key("kind")
        try out.string(claim.kind.rawValue)
        out.key("lang")
        try out.string(claim.lang)
        out.key("level")
        out.int(claim.level)
        if let scope = claim.scope {
            out.key("scope")
            try out.string(scope)
        }
        out.key("sentence")
        try out.string(claim.sentence)
        out.key("stance")
        try out.string(claim.stance.rawValue)
        out.key("start")
        out.int(claim.start)
        out.key("surface")
        try out.string(claim.surface)
        out.key("title")
        try out.string(claim.title)
        if claim.indication == Claim.generalIndication {
            out.key("whole_practice")
            out.bool(claim.wholePractice)
        }
        out.key("year")
        out.int(claim.year)
        try out.endObject()
    }
}
