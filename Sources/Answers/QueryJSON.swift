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
        try out.field("id", ref.id)
        try out.field("label", ref.label)
        try out.field("label_fr", ref.labelFR)
        try out.field("matched", ref.matched)
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
        try out.field("indication", verdict.indication)
        try out.field("intervention", verdict.intervention)
        try out.field("rationale", verdict.rationale)
        try claims("testimony", verdict.testimony)
        try out.field("verdict", verdict.verdict.rawValue)
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
        try out.field("basis", claim.basis.rawValue)
        out.key("cited")
        out.bool(claim.cited)
        out.key("confidence")
        try out.double((claim.confidence * 100).rounded() / 100)
        if !claim.cues.isEmpty {
            out.key("cues")
            out.beginArray()
            for cue in claim.cues {
                out.beginObject()
                try out.field("role", cue.role)
                try out.field("rule", cue.rule)
                try out.field("text", cue.text)
                try out.endObject()
            }
            try out.endArray()
        }
        try out.field("doc", claim.doc)
        out.key("end")
        out.int(claim.end)
        out.key("hedged")
        out.bool(claim.hedged)
        try out.field("indication", claim.indication)
        try out.field("intervention", claim.intervention)
        try out.field("kind", claim.kind.rawValue)
        try out.field("lang", claim.lang)
        out.key("level")
        out.int(claim.level)
        if let scope = claim.scope {
            try out.field("scope", scope)
        }
        try out.field("sentence", claim.sentence)
        try out.field("stance", claim.stance.rawValue)
        out.key("start")
        out.int(claim.start)
        try out.field("surface", claim.surface)
        try out.field("title", claim.title)
        if claim.indication == Claim.generalIndication {
            out.key("whole_practice")
            out.bool(claim.wholePractice)
        }
        out.key("year")
        out.int(claim.year)
        try out.endObject()
    }
}
