import Testing

/// Passages written for this project, not seen while the gold set was tuned: other
/// interventions, other phrasings, and passages that make no claim. They check that the
/// rules are general.
@Suite struct ExtraPassagesTests {
    typealias E = Passage.Expected

    static let passages: [Passage] = [
        // French
        Passage(id: "x-fr-01", lang: "fr", title: "Les infiltrations",
                text: "Selon la Haute Autorité de santé, les infiltrations de corticoïdes soulagent la douleur de l'épicondylite à court terme.",
                expect: [E(indication: "epicondylitis", stance: "supports", basis: "hta-report")]),
        Passage(id: "x-fr-02", lang: "fr", title: "L'acupuncture",
                text: "Une revue systématique de 2019 n'a trouvé aucune preuve que l'acupuncture soit efficace contre les acouphènes.",
                expect: [E(indication: "tinnitus", stance: "uncertain", basis: "systematic-review")]),
        Passage(id: "x-fr-03", lang: "fr", title: "Les ondes de choc",
                text: "Dans un essai randomisé, les ondes de choc n'ont pas réduit la douleur de l'aponévrosite plantaire par rapport au placebo.",
                expect: [E(indication: "plantar-fasciitis", stance: "refutes", basis: "rct")]),
        Passage(id: "x-fr-04", lang: "fr", title: "Mon avis sur la mésothérapie",
                text: "Ma mère a essayé la mésothérapie pour ses jambes lourdes et elle dit que ça l'a vraiment soulagée.",
                expect: [E(indication: "venous-insufficiency", stance: "supports", basis: "testimony")]),
        Passage(id: "x-fr-05", lang: "fr", title: "La mésothérapie",
                text: "La mésothérapie est souvent pratiquée par des médecins généralistes en France.",
                expect: []),
        Passage(id: "x-fr-06", lang: "fr", title: "Le minoxidil",
                text: "Le minoxidil est indiqué dans le traitement de l'alopécie androgénétique.",
                expect: [E(indication: "alopecia", stance: "supports", basis: "assertion")]),
        Passage(id: "x-fr-07", lang: "fr", title: "Mésothérapie et cellulite",
                text: "Une étude de cohorte rétrospective n'a montré aucune amélioration de la cellulite après mésothérapie.",
                expect: [E(indication: "cellulite", stance: "refutes", basis: "cohort")]),
        Passage(id: "x-fr-08", lang: "fr", title: "Mésothérapie et fibromyalgie",
                text: "Les preuves de l'efficacité de la mésothérapie dans la fibromyalgie restent insuffisantes.",
                expect: [E(indication: "fibromyalgia", stance: "uncertain", basis: "assertion")]),
        Passage(id: "x-fr-09", lang: "fr", title: "L'acide désoxycholique",
                text: "L'acide désoxycholique réduit la graisse sous-mentonnière, d'après deux essais contrôlés randomisés.",
                expect: [E(indication: "localized-fat", stance: "supports", basis: "rct")]),
        Passage(id: "x-fr-10", lang: "fr", title: "À propos de l'auteur",
                text: "Je m'appelle Claire et je suis naturopathe depuis quinze ans ; j'aide mes clients à retrouver la forme et à améliorer leur bien-être.",
                expect: []),
        Passage(id: "x-fr-11", lang: "fr", title: "La mésothérapie",
                text: "Cette technique ne guérit pas l'arthrose, mais elle peut en réduire la douleur, selon certains praticiens.",
                expect: [E(indication: "osteoarthritis", stance: "refutes", basis: "assertion"),
                         E(indication: "osteoarthritis", stance: "supports", basis: "testimony")]),
        Passage(id: "x-fr-12", lang: "fr", title: "La mésothérapie",
                text: "Aucun bénéfice n'a été observé chez les patients souffrant de sciatique traités par mésothérapie dans cet essai en double aveugle.",
                expect: [E(indication: "sciatica", stance: "refutes", basis: "rct")]),
        Passage(id: "x-fr-13", lang: "fr", title: "Mésothérapie et zona",
                text: "La mésothérapie pourrait soulager les douleurs du zona, mais les données restent limitées.",
                expect: [E(indication: "shingles", stance: "supports", basis: "assertion"),
                         E(indication: "shingles", stance: "uncertain", basis: "assertion")]),
        Passage(id: "x-fr-14", lang: "fr", title: "La mésothérapie",
                text: "Quels sont les risques de la mésothérapie pour la cellulite ?",
                expect: []),
        Passage(id: "x-fr-15", lang: "fr", title: "La mésothérapie",
                text: "A lire aussi : la mésothérapie contre la cellulite, mythe ou réalité",
                expect: []),
        Passage(id: "x-fr-16", lang: "fr", title: "La mésothérapie",
                text: "Les lombalgies chroniques touchent près d'un adulte sur cinq. La mésothérapie n'a jamais démontré son efficacité dans ces indications.",
                expect: [E(indication: "low-back-pain", stance: "uncertain", basis: "assertion")]),
        // English
        Passage(id: "x-en-01", lang: "en", title: "Acupuncture",
                text: "According to a Cochrane review, acupuncture provides short-term relief of chronic low back pain.",
                expect: [E(indication: "low-back-pain", stance: "supports", basis: "systematic-review")]),
        Passage(id: "x-en-02", lang: "en", title: "Shockwave therapy",
                text: "Shockwave therapy did not improve plantar fasciitis more than sham treatment in a randomised trial.",
                expect: [E(indication: "plantar-fasciitis", stance: "refutes", basis: "rct")]),
        Passage(id: "x-en-03", lang: "en", title: "My mesotherapy story",
                text: "I had three mesotherapy sessions for my cellulite and honestly it worked for me.",
                expect: [E(indication: "cellulite", stance: "supports", basis: "testimony")]),
        Passage(id: "x-en-04", lang: "en", title: "Mesotherapy",
                text: "Mesotherapy clinics often advertise their services on social media.",
                expect: []),
        Passage(id: "x-en-05", lang: "en", title: "Mesotherapy",
                text: "Evidence that mesotherapy reduces localized fat remains insufficient, the French health authority concluded in its assessment.",
                expect: [E(indication: "localized-fat", stance: "uncertain", basis: "hta-report")]),
        Passage(id: "x-en-06", lang: "en", title: "Mesotherapy",
                text: "In a prospective cohort of 120 patients, mesotherapy was associated with reduced neck pain at six months.",
                expect: [E(indication: "neck-pain", stance: "supports", basis: "cohort")]),
        Passage(id: "x-en-07", lang: "en", title: "Minoxidil",
                text: "Topical minoxidil may slow hair loss in men, although results vary.",
                expect: [E(indication: "alopecia", stance: "supports", basis: "assertion")]),
        Passage(id: "x-en-08", lang: "en", title: "Deoxycholic acid",
                text: "Deoxycholic acid injections were no more effective than placebo for submental fat, a small controlled study reported.",
                expect: [E(indication: "localized-fat", stance: "refutes", basis: "controlled-study")]),
        Passage(id: "x-en-09", lang: "en", title: "Mesotherapy",
                text: "Low back pain is one of the most common reasons for visiting a doctor.",
                expect: []),
        Passage(id: "x-en-10", lang: "en", title: "Mesotherapy",
                text: "This treatment does not cure tinnitus.",
                expect: [E(indication: "tinnitus", stance: "refutes", basis: "assertion")]),
        Passage(id: "x-en-11", lang: "en", title: "Mesotherapy",
                text: "A case series of 12 patients suggests that mesotherapy can ease the pain of Dupuytren's contracture.",
                expect: [E(indication: "dupuytren", stance: "supports", basis: "case-series")]),
        Passage(id: "x-en-12", lang: "en", title: "Mesotherapy",
                text: "Share this article: mesotherapy for cellulite and wrinkles.",
                expect: []),
        Passage(id: "x-en-13", lang: "en", title: "Mesotherapy",
                text: "There is insufficient evidence to recommend mesotherapy for weight loss or cellulite.",
                expect: [E(indication: "weight-loss", stance: "uncertain", basis: "assertion"),
                         E(indication: "cellulite", stance: "uncertain", basis: "assertion")]),
        Passage(id: "x-en-14", lang: "en", title: "Acupuncture",
                text: "My patients tell me their headaches improve after acupuncture, but no trial has confirmed it.",
                expect: [E(indication: "migraine", stance: "supports", basis: "testimony"),
                         E(indication: "migraine", stance: "uncertain", basis: "assertion")]),
        Passage(id: "x-en-15", lang: "en", title: "Mesotherapy",
                text: "Mesotherapy relieved pain in patients with knee osteoarthritis, a double-blind randomized trial found; however, the effect on joint function was not significant.",
                expect: [E(indication: "osteoarthritis", stance: "supports", basis: "rct"),
                         E(indication: "osteoarthritis", stance: "refutes", basis: "rct")]),
        Passage(id: "x-en-16", lang: "en", title: "Intradermal therapy",
                text: "Practitioners claim that intradermal therapy heals tendinitis faster than rest.",
                expect: [E(indication: "tendinopathy", stance: "supports", basis: "testimony")]),
        Passage(id: "x-en-17", lang: "en", title: "Mesotherapy",
                text: "The efficacy of mesotherapy has never been demonstrated in well-designed trials.",
                expect: [E(indication: "general", stance: "uncertain", basis: "assertion")]),
        Passage(id: "x-en-18", lang: "en", title: "Mesotherapy",
                text: "Dr. J. Smith et al. reported in 2015 that mesotherapy reduced cellulite by 2.5 cm vs. placebo (p<0.05) in a randomized trial.",
                expect: [E(indication: "cellulite", stance: "supports", basis: "rct")]),
    ]

    @Test func extraPassagesScoreWell() throws {
        let claims = try ClaimScoring.run(Self.passages)
        let (scores, misses) = ClaimScoring.score(Self.passages, claims: claims)
        for lang in scores.keys.sorted() { print("extra \(lang): \(scores[lang]!.line)") }
        for miss in misses { print("extra miss: \(miss)") }
        for (lang, score) in scores {
            #expect(score.f1 >= 0.85, "extra passages \(lang) F1 \(score.f1)")
        }
        for p in Self.passages where p.expect.isEmpty {
            #expect((claims[p.id] ?? []).isEmpty, "\(p.id) should give no claim: \((claims[p.id] ?? []).map(\.indication))")
        }
    }

    @Test func oneSentenceWithAbbreviationsStaysOneClaimSentence() throws {
        let p = Self.passages.first { $0.id == "x-en-18" }!
        let claims = try ClaimScoring.run([p])["x-en-18"] ?? []
        #expect(claims.first?.sentence == p.text)
        #expect(claims.first?.cited == true)
    }
}
