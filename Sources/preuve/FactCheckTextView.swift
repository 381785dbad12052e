import Claims
import Verdicts

/// `preuve check` for people: a summary line, then each claim with its mark, the
/// sentence, and what the catalogue says.
struct FactCheckTextView {
    var style: TextStyle

    func render(_ checks: [FactCheck]) -> String {
        checks.map(render).joined(separator: "\n\n")
    }

    func render(_ check: FactCheck) -> String {
        var lines = [style.bold(check.title.isEmpty ? check.doc : check.title) + style.dim("  (\(check.doc))")]
        guard !check.checks.isEmpty else {
            lines.append("No claims found: the article says nothing the catalogue can check.")
            return lines.joined(separator: "\n")
        }
        let flagged = check.flaggedCount
        lines.append("\(check.checks.count) claim\(check.checks.count == 1 ? "" : "s"), "
            + (flagged == 0 ? "none flagged." : style.warn("\(flagged) flagged") + "."))
        for item in check.checks {
            let claim = item.claim
            lines.append("")
            lines.append("\(mark(item.assessment)) \(claim.surface) [\(claim.indication)], \(claim.intervention): "
                + "\(claim.stance.rawValue) (\(claim.basis.rawValue)\(claim.hedged ? ", hedged" : ""))  catalogue: "
                + style.verdict(item.verdict.verdict, item.verdict.verdict.rawValue)
                + (item.verdict.bestLevel.map { style.dim(" (best level \($0))") } ?? ""))
            lines.append("    \"\(claim.sentence)\"")
            lines.append("    " + item.explanation)
        }
        return lines.joined(separator: "\n")
    }

    private func mark(_ assessment: Assessment) -> String {
        switch assessment {
        case .consistent: return style.dim("  ok")
        case .weakerThanEvidence: return style.warn("  ~ ")
        case .strongerThanEvidence: return style.warn("  ! ")
        case .contradictsEvidence: return style.alarm("  !!")
        }
    }
}
