import Claims
import Verdicts

/// `preuve query` for people: the verdict first, then the deciding sources with year,
/// level and the quoted sentence, then the rest of the evidence, the testimony, and the
/// claims about the intervention as a whole. It reads claim rows of either kind; `claim`
/// decodes the few it shows.
struct VerdictTextView {
    var style: TextStyle
    /// Past this, testimony and general claims are summarised; JSON lists them all.
    var listLimit = 8

    /// `id` tells the same claim apart from another (the claim itself, or a row's place in
    /// the catalogue).
    func render<Row, ID: Hashable>(_ answer: IndicationJudgement<Row>, claim: (Row) throws -> Claim,
                                   id: (Row) -> ID) throws -> String {
        let ref = answer.indication
        var lines = [style.bold("\(ref.label) / \(ref.labelFR)") + style.dim("  [\(ref.id)], matched \"\(ref.matched)\"")]
        for result in answer.verdicts {
            lines.append("")
            lines += try render(result, claim: claim, id: id)
        }
        if !answer.narrower.isEmpty {
            lines.append("")
            lines.append(style.bold("Narrower indications"))
            lines += narrowerLines(answer.narrower, indent: "  ")
        }
        return lines.joined(separator: "\n")
    }

    /// One line per narrower indication and intervention: its verdict and best level.
    private func narrowerLines<Row>(_ answers: [IndicationJudgement<Row>], indent: String) -> [String] {
        answers.flatMap { a -> [String] in
            let verdicts = a.verdicts.map { v in
                "\(v.intervention): \(v.verdict.rawValue)" + (v.bestLevel.map { ", level \($0)" } ?? "")
            }.joined(separator: "; ")
            return ["\(indent)\(a.indication.label) / \(a.indication.labelFR) [\(a.indication.id)]" + (verdicts.isEmpty ? "" : ": \(verdicts)")]
                + narrowerLines(a.narrower, indent: indent + "  ")
        }
    }

    func render<Row, ID: Hashable>(_ result: Judgement<Row>, claim: (Row) throws -> Claim, id: (Row) -> ID) throws -> [String] {
        let level = result.bestLevel.map { "best level \($0)" } ?? "no level"
        var lines = [
            "\(style.bold(result.intervention)): \(style.verdict(result.verdict, result.verdict.rawValue.uppercased()))"
                + style.dim("  \(level), \(result.documents) document\(result.documents == 1 ? "" : "s")"),
            "  " + result.rationale,
        ]
        if !result.deciding.isEmpty {
            lines.append("  " + style.bold("Deciding sources"))
            lines += try result.deciding.flatMap { claimLines(try claim($0)) }
        }
        // A set: testing each of thousands of claims against the deciding list was most of a query's time.
        let deciding = Set(result.deciding.map(id))
        let other = result.evidence.filter { !deciding.contains(id($0)) }
        if !other.isEmpty {
            lines.append("  " + style.bold("Other evidence") + " (\(other.count))")
            lines += try other.prefix(listLimit).flatMap { claimLines(try claim($0)) }
            lines += more(other.count)
        }
        if !result.testimony.isEmpty {
            lines.append("  " + style.bold("Testimony and assertions") + " (\(result.testimony.count), never deciding)")
            lines += try result.testimony.prefix(listLimit).flatMap { claimLines(try claim($0)) }
            lines += more(result.testimony.count)
        }
        if !result.general.isEmpty {
            lines.append("  " + style.bold("About \(result.intervention) as a whole") + " (\(result.general.count))")
            lines += try result.general.prefix(listLimit).flatMap { claimLines(try claim($0)) }
            lines += more(result.general.count)
        }
        return lines
    }

    /// "2016  level 1 hta-report  uncertain  cited, hedged" then the quote and where it is.
    func claimLines(_ claim: Claim) -> [String] {
        var tags = [claim.year.map(String.init) ?? "----",
                    claim.level.map { "level \($0) \(claim.basis.rawValue)" } ?? claim.basis.rawValue,
                    claim.stance.rawValue]
        let manner = [claim.cited ? "cited (second-hand)" : nil, claim.hedged ? "hedged" : nil].compactMap { $0 }
        if !manner.isEmpty { tags.append(manner.joined(separator: ", ")) }
        let title = claim.title.isEmpty ? "" : "\(claim.title), "
        return [
            "    - " + tags.joined(separator: "  "),
            "      \"\(claim.sentence)\"",
            "      " + style.dim("\(title)\(claim.doc) bytes \(claim.start)-\(claim.end)"),
        ]
    }

    private func more(_ count: Int) -> [String] {
        count > listLimit ? ["    " + style.dim("... and \(count - listLimit) more (--format json lists them all)")] : []
    }
}
