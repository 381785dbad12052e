import Claims

/// The one plain sentence that explains a verdict, written so a journalist can quote it:
/// the verdict, what it rests on, and whether that was read second-hand or hedged.
struct Rationale {
    /// "mesotherapy", "low back pain".
    var intervention: String
    var indication: String

    func sentence<C: VerdictClaim>(verdict: Verdict, deciding: [C], own: [C], general: [C]) -> String {
        let subject = "\(intervention) for \(indication)"
        switch verdict {
        case .unknown:
            let beside = general.isEmpty ? "" :
                ", though \(BasisWords.count(general.count, "claim", "claims")) about \(intervention) as a whole \(general.count == 1 ? "is" : "are") shown beside it"
            return "Unknown: no source in the catalogue makes a claim about \(subject)\(beside)."
        case .testimonyOnly:
            let voices = Basis.allCases.compactMap { basis -> String? in
                let n = own.filter { $0.basis == basis }.count
                return n > 0 ? BasisWords.noun(basis, count: n) : nil
            }
            let documents = Set(own.map(\.doc)).count
            return "Testimony only: \(subject) rests on \(BasisWords.list(voices)) from "
                + "\(BasisWords.count(documents, "document", "documents")) and no study; many voices are still no evidence."
        default:
            return "\(verdict.title): \(finding(verdict, deciding: deciding, subject: subject))\(qualifiers(deciding))."
        }
    }

    private func finding<C: VerdictClaim>(_ verdict: Verdict, deciding: [C], subject: String) -> String {
        let evidence = describe(deciding)
        let stances = Set(deciding.map(\.stance))
        let level = deciding.compactMap(\.level).min() ?? 5
        switch verdict {
        case .supported:
            return "the best evidence, \(evidence), finds that \(intervention) works for \(indication)"
        case .refuted:
            return "the best evidence, \(evidence), finds that \(intervention) does not work for \(indication)"
        case .conflicting:
            return "the best evidence, \(evidence), disagrees on whether \(intervention) works for \(indication) (\(split(deciding)))"
        case .insufficient where level >= 4:
            return "only weak evidence, \(evidence), speaks to \(subject), too little to conclude"
        case .insufficient where stances.contains(.refutes):
            return "the best evidence, \(evidence), does not show that \(intervention) works for \(indication), and only part of it finds no effect"
        default:
            return "the best evidence, \(evidence), finds the effect of \(intervention) on \(indication) unproven"
        }
    }

    /// "1 official evaluation (level 1)", documents counted once per basis; evidence about
    /// the intervention as a whole says so.
    private func describe<C: VerdictClaim>(_ deciding: [C]) -> String {
        let parts = Basis.allCases.compactMap { basis -> String? in
            let documents = Set(deciding.filter { $0.basis == basis }.map(\.doc)).count
            return documents > 0 ? BasisWords.noun(basis, count: documents) : nil
        }
        let level = deciding.compactMap(\.level).min().map { " (level \($0))" } ?? ""
        let aboutWhole = deciding.allSatisfy { $0.indication == Claim.generalIndication }
            ? " on \(intervention) as a whole" : ""
        return BasisWords.list(parts) + aboutWhole + level
    }

    /// "1 finding it works, 2 finding no effect, 1 finding it unproven".
    private func split<C: VerdictClaim>(_ deciding: [C]) -> String {
        let words: [(Stance, String)] = [(.supports, "finding it works"), (.refutes, "finding no effect"), (.uncertain, "finding it unproven")]
        return words.compactMap { stance, phrase -> String? in
            let n = deciding.filter { $0.stance == stance }.count
            return n > 0 ? "\(n) \(phrase)" : nil
        }.joined(separator: ", ")
    }

    /// What a reader must know about how the deciding evidence was stated.
    private func qualifiers<C: VerdictClaim>(_ deciding: [C]) -> String {
        var notes: [String] = []
        if deciding.allSatisfy(\.cited) {
            notes.append("reported second-hand by other sources, not read at its origin")
        } else if deciding.contains(where: \.cited) {
            notes.append("partly reported second-hand")
        }
        if deciding.allSatisfy(\.hedged) {
            notes.append("hedged throughout (\"may\", \"could\")")
        }
        guard !deciding.isEmpty, !notes.isEmpty else { return "" }
        return "; this evidence was " + BasisWords.list(notes)
    }
}
