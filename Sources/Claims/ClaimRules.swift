import Foundation

/// A fingerprint of what decides claims: the rules' version and every bundled lexicon
/// file. The index records it, so that an index built by other rules is re-extracted
/// instead of answering with claims this build would no longer make.
public enum ClaimRules {
    /// Bump when the extractor's code changes what it extracts.
    /// 2: claims from a PubMed record's MeSH headings (`MeSHClaims`).
    /// 3: the wide vocabulary's concepts (`concepts.tsv`) recognised and filed under by PubMed's
    /// indexing; a condition right after an effect word named by the sentence; a class of
    /// treatments narrowed to the one member the document names.
    /// 4: confidence from the fitted model (`ConfidenceModel`), its features in the cue.
    /// 5: a condition named as a harm ("can cause", "peut provoquer") is no indication; a drug
    /// heading with only non-treating MeSH qualifiers is not the record's intervention.
    /// 6: a harm named after the condition ("were common", "peuvent survenir", `harmAfter`).
    /// 7: testimony from a title asking readers for their experience (`thread`) and from a
    /// section's heading; a condition after "including", "notamment" is named by its sentence;
    /// a part of a structured abstract does not take the conditions the part before listed.
    /// 8: the people a result was seen in are not its indication (`population`); a condition set
    /// apart by a contrastive negation is denied; the treatment a paragraph opens on is the next
    /// one's "it"; quoted first-person words are testimony before the document's design; another
    /// form of the same treatment is an active comparator.
    /// 9: no claims in a section whose heading opens the signs to see a doctor for (`warning`); a
    /// sentence naming a list's head that judges it is no lead-in; a class that relieves a
    /// complaint is its member named for the complaint's broader condition.
    /// 10: a guidance document's title (a summary of recommendations, a position paper, a
    /// payer's policy) is the basis of its sentences with no cue, after a study the paragraph
    /// names; the people a result was seen in, named after the effect and its own condition;
    /// "les deux", "both" stand for the title's two treatments (`both`); a condition is narrowed
    /// to its form named for a treatment the title names (chemotherapy-induced nausea); a class
    /// the title sets apart from its member, or names with it as an example, stays the class; an
    /// effect phrase told of the speaker, and a person named with her age, give testimony; a
    /// list item that advises against something takes no stance from its lead-in; a word of
    /// distance in a naming parenthesis reports nothing.
    /// 11: a short form the text defines after a name ("(FMR)") names that concept after its
    /// definition (`Abbreviations`); "maux" and "yeux" meet "mal" and "œil", and names are
    /// matched with the other article of their complement; practitioners in the plural
    /// reporting give testimony, not from a condition opening the sentence, and so does a
    /// quotation after a colon and a speaker; an effect in a relative clause is said of the
    /// pronoun's condition; a clause denying its own object takes no condition from the one
    /// before.
    /// 12: "the review" named again is the systematic review or meta-analysis the document named
    /// before; a pronoun before the effect is its subject, not a treatment named after it; a
    /// negation inside a relative clause ends at its comma; side effects named as such open,
    /// after a colon, a list of harms; a clause counting the patients a treatment did not help
    /// denies no effect; what a study's own author says rests on the study; off-label use and
    /// "do not routinely offer" are descriptions of use; a design called for is no basis.
    /// 13: a denied effect is no change in both arms; a description of use set before its
    /// subject is a clause of its own; "tout comme", "as well as", "de même que" join a
    /// treatment to the effect; a relative pronoun right after a treatment stands for it;
    /// "than" and a French comparative's "que" end a comparison, and a treatment named again
    /// after its compared mention is kept; a sham of a treatment names it; the arms "comparing X
    /// with" names are comparators; Cochrane's labels of several words open their parts; a list
    /// of what failed goes on past its commas.
    /// 14: less improvement in the treated arm than under a control is no effect, the control's
    /// figure is the next one of the same kind and a duration is no figure; side effects listed
    /// in a parenthesis are no indication; a class the title names is not narrowed to a member;
    /// a page with no claim keeps its most confident claims on wide concepts at or above the
    /// confidence model's wide fallback.
    /// 15: an effect put forward then doubted in a later clause is uncertain on the writer's
    /// basis; a figure told falling supports; groups of a study compared are a controlled
    /// study's; a doubt about safety is none about the effect; a saying verb after a quotation,
    /// a name only in capitals written in lower case, a name after "of" another treatment (what
    /// it gives) and a name inside an institution's are no effect or treatment; "whose" opens a
    /// relative.
    /// 16: "no" with words of its own before a noun of evidence ("no adequate studies") is
    /// evidence lacking, evidence of harm denied doubts no effect, a proof phrase denied ("n'a
    /// jamais vraiment fait ses preuves") is efficacy not shown, and a vocabulary name beats a
    /// neutral phrase of as many words ("la cure thermale").
    /// 17: a clause opening on "sans", "without" that only doubts ("…, sans aucune démonstration
    /// scientifique") makes the effect before it unproven, whoever states it.
    /// 18: cases counted in a sentence that states no effect ("15 cas d'infections cutanées")
    /// name no indication; the confidence takes the document's own feature.
    /// 19: a clause on how a treatment acts (`mechanism`) claims nothing, even that the
    /// mechanism is unknown; after a comma, "whether … or" opens a concessive clause of its
    /// own, which asks no question of the effect before it; an effect equal to a control arm's
    /// ("about as effective as sham needling") refutes; a quotation whose speaker was named in
    /// one of the four sentences before is that speaker's testimony; "not superior to" an
    /// active treatment is a comparison, not a claim of no effect.
    /// 20: an answer narrowed to whom it holds for ("yes for calcium stones") is an answer; a
    /// use tried with no effect stated, then said to be without results, is uncertain; a design
    /// named as missing a few words after "no" in another clause is no basis; a condition the
    /// people studied are said not to have ("who had no osteoarthritis") is excluded; the items
    /// of a list whose lead-in gives the word to practitioners are their testimony; a
    /// practitioner asserting ("un dermatologue affirme que") is testimony, a seller asserting
    /// reports a claim; a trial's design is kept past a paragraph that names another outcome
    /// with the trial's symptom.
    /// 21: a lead-in quoted and ending in a colon opens its list; items naming treatments under a
    /// lead-in that names conditions take them (`TopicOrigin.leadIn`); a quantifier before "ne"
    /// opens its negation ("aucune de ces indications n'a fait l'objet d'une démonstration"); a
    /// comma list may qualify its next item; "rarely" denies; the pronoun inside "it works" refers
    /// to the practice; a one-word condition that ends the title's longer name is that condition;
    /// weight lost in kilos, a measure lower, a finding withdrawn, proof not brought, an effect in
    /// only some studies, a trivial effect; the confidence model refitted.
    /// 22: French "non" denies the one word after it; "ni" after "sans", and a preposition before
    /// a modal, reach no further than the noun phrase; a title that sets one treatment against
    /// another ("outperforms", "than", "plutôt que") names a trial's two arms; a condition's
    /// narrower form named for a cause the title names in the plural (antibiotics); soothing,
    /// calming, unblocking, doubled chances, "won't fix", "adds little", "n'aide pas", "unlikely
    /// to work", no therapeutic effect, below the usual threshold of relevance; what one might
    /// conclude, a review's unchanged conclusions, a bare French infinitive of aim, a treatment
    /// kept for another's failure, a result not guaranteed state no effect; new vocabulary forms
    /// and concepts (the confidence model refitted on them was measured and not taken).
    /// 23: the forms a table of wordings showed missing (could not say whether, may or may not,
    /// no impact on, ne marche pas, the conditional and future of verbs of effect); neutral
    /// adverbs may stand inside a cue phrase (`interposed`); a list head that denies denies its
    /// items; pronouns that share a referent, a clause with no subject sharing the earlier one's,
    /// a name after a possessive being part of the treatment spoken of; a quotation after a verb
    /// of saying is testimony; an abstract's background takes its title's design; "almost as
    /// well as" refutes only beside a placebo; 35 treatments and conditions more in the wide
    /// vocabulary, six complaints claimed on.
    /// 24: evidence said to support a treatment's use supports it, and denied is a doubt; the
    /// conditional and future of verbs of effect; value, usefulness and "intérêt" as efficacy;
    /// scarce evidence, a small sample, a call for caution as doubts; worse off, nothing changed,
    /// the course unaltered as no effect; first-person wordings of fewer attacks, a lifesaver,
    /// "ça n'a rien donné"; no change in a control arm is the control's; two active arms compare;
    /// a clause after "but" whose effect has its own object borrows no condition; a negation in a
    /// relative clause ends at its comma; clinicians of every specialty, "selon eux", devotees and
    /// a clinic's experience as testimony; the included studies of a review take its design; NICE
    /// judging; 27 treatments and conditions more in the wide vocabulary.
    /// 25: a study too short or too small to tell, a placebo effect still to rule out and the
    /// uncertainty about how well it works as doubts; a condition that goes away by itself is its
    /// course; a denied difference from another treatment's group compares; promoted, advertised or
    /// touted as is how it is sold; advice not to replace other care negates nothing; unnamed other
    /// options and treatments that work are other treatments; 'burn' as a verb, bacterial strains,
    /// a cortisol level, a gastro-resistant coating, 'after treatment of' and pain not caused by
    /// cancer name no condition or treatment; time adverbs and connectives inside cue phrases; a
    /// society's position statement is expert opinion, a guideline committee and a public hearing
    /// official evaluations; forms of cellulite, insomnia, hot flushes, skin laxity, the neck, eye bags
    /// and postoperative pain.
    /// 26: reader comments written as plain paragraphs and review items standing alone are read
    /// (they were dropped); a condition's form named for a cause any earlier sentence names
    /// (chemotherapy's nausea); a lead-in that describes use closes an 'Indications' list; the
    /// plural 'controls' no longer a control arm ('regain control'); evidence that does not support
    /// using a treatment, results to read with caution, data that did not allow one to say whether,
    /// traditional use rather than proven efficacy, a benefit 'if it exists' as doubts; a difference
    /// that has largely disappeared, a trial stopped for futility, claims called false, the opposite
    /// effect, neither valid nor effective and few if any as no effect; 'promoted' no longer an
    /// effect; harms after 'à part' and in reports of adverse events; the service médical rendu;
    /// 21 interventions more in the wide vocabulary.
    /// 27: a doubt about studies in a first-person story is the author's; 'the same group's review'
    /// refers back; a first-person opinion is no experience; a practice's own patients opening a
    /// sentence make it testimony; a colon ends a negation's reach; a broader condition in
    /// apposition names the narrower one; a practitioner's field is no indication; a condition that
    /// has not settled with a treatment is a circumstance; little difference, no benefit shown,
    /// budging a measure, killing lice, a complaint gone; vocabulary forms (stockings, citron, LED
    /// masks, the complexion); eye exercises no longer a treatment the vocabulary lacks.
    /// 28: no difference between the arms after an effect in both refutes against a control only,
    /// and no difference between two named treatments compares them; a verdict a colon closes
    /// ('FAUX :') leaves the writer's claim after it, a 'Myth:' label still heads the myth; a
    /// denied single one reaches its verb; a control named as absent makes no second arm; a
    /// design that is a doubt's own subject is its basis; a cancer named as who was treated,
    /// under a title on another condition, is the population; the word that ends the title's
    /// condition names it; a treatment defined by its first sentence is the next one's subject; a
    /// class named beside its member is not narrowed to it; 'none of these benefits' replaces the
    /// sentence before's claims; statistical adjustment, interactions, cost-effectiveness, 'natural'
    /// drugs and chemotherapy as a circumstance claim nothing; 'oral' before the named treatment.
    /// 29: an outcome the same in both arms refutes when the clause names the condition before
    /// it; fewer events with a ratio whose confidence interval includes 1 is no difference; a
    /// pronoun opening a paragraph takes the treatment the paragraph before opened on when the
    /// document has no main one; a sentence opening on the treatment, or on a clause of purpose,
    /// names it after; a cause named in another section narrows nothing; a title whose
    /// possessive announces an opinion or a list tells no story; a hedged answer ('Probably,');
    /// treatment offered, side effects limited or no more frequent, strains, opioid use and
    /// surgery as a circumstance claim nothing; doing worse, an addition that changed nothing,
    /// events no less frequent refute; smoking given up is the effect and the condition at once.
    /// 30: settings (`CueKind.setting`, `broader>narrower`) narrow a condition the sentence names
    /// where it names the setting ('nausées des femmes enceintes'), and make a word of a group
    /// ('la douleur', 'pain') name the member whose setting it names ('dans les jours qui suivent
    /// l'opération'), lying over the words other phrases took; not around the only treatment
    /// named; products standing for the treatment; not a single condition denied is a doubt on
    /// every one.
    /// 31: an abstract's aim to estimate, explore or quantify, and what a method seeks to do, state
    /// no effect; work as a noun, stopping a treatment, a payment or a sale, and cutting a food out
    /// of a diet state none; a quotation going on from a sentence before, told in the first
    /// person, is testimony.
    /// 32: falls prevented or reduced name the complaint with the effect; a headline's caution
    /// ('FDA warns…', 'l'ANSM met en garde') makes the official body it names the basis of no
    /// supporting effect the page states; a letter naming a kind ('vitamin D.') ends a sentence.
    /// 33: the confidence model weighs pairs of features (`ConfidenceModel`) and six more
    /// features of the whole document (`ConfidenceModel.Family.ofDocument`); a side from a
    /// record's MeSH headings counts as the document's topic (`topic`, not the intervention-only
    /// `document`), and a claim the headings complete says which of its sides the title names;
    /// a wide concept keeps the words a cue file gives only as a setting or a speaker
    /// ("chiropracteur").
    /// 34: the confidence model is 250 boosted trees over the claims' features (`ConfidenceModel`,
    /// `tree` lines), which may ask about the document's features too, three more of which say
    /// whether another claim of the document says the same and how many claims and stances its
    /// pair has; a study that showed no effect ("les essais n'ont montré aucune réduction") refutes.
    /// 35: side effects said to be common, what follows a treatment's stopping, a treatment
    /// studied or never tested as one, what a drug is prescribed or taken for, "censé" (reported,
    /// no longer a hedge), a risk given as the reason to stop; weight lost as a share of body
    /// weight and sleeping better name their conditions; a coordinator before words set off by
    /// commas joins two treatments; a practice's promoters vouching for it are testimony; the
    /// confidence model refitted on 7,684 development passages.
    /// 36: weight loss a treatment causes or causes none of, more milk, low mood lifted and
    /// patients who no longer had a symptom are effects; "aide à" + a verb is one in French;
    /// "on the other hand" is no other treatment; running water, a machine running and "two
    /// seasons running" are no exercise; "naturally" alone is no condition's own course; a
    /// reporting verb set off by a comma before a person is that person's word; believers are
    /// testimony; NICE in capitals, the European food safety authority, Commission E, a drug
    /// agency's re-examination and a Cochrane summary's headings are evaluations; what one often
    /// reads is reported; remedies that may help lead a list; the treatment worn in the
    /// comparison arm is its comparator; the caesarean a scar follows is not its treatment.
    /// 37: someone telling what they felt or lost is testimony, and practitioners' own word
    /// outranks an evaluation the title names; a controlled experiment is a controlled study;
    /// what a practice "can correct" or "brings you" leads a list; names in a parenthesis after
    /// a class are its examples; liver fat, lowered blood pressure and sleeping better "at last"
    /// or "much" name their conditions; "these claims" under a heading judges the section
    /// before; "nothing solid backs" is uncertainty; protection as a noun is an effect; Z drugs
    /// are hypnotics; a use described in a relative aside does not silence the finding after it;
    /// skinbooster, softened and fatigue during chemotherapy in their other forms.
    /// 38: connectives and degrees of several words ("en revanche", "par contre", "un peu") stand
    /// inside a cue phrase as one; "these remedies", "ces produits" and "rien n'y a fait" stand for
    /// each treatment the sentence before names; a heading stating an effect on a condition over a
    /// list of treatments leads it; "What it won't do" denies its items, not a sentence naming
    /// another treatment; vehicle-controlled trials are a design; a review's finding against the
    /// control arms is the review's; French verbs of healing with their object are effects;
    /// insulin sensitivity names insulin resistance; an appraisal summary is an evaluation; a salt
    /// pipe is salt therapy; "endurance" alone names no exercise.
    /// 39: a quotation's speaker a few words after the saying verb, and what people report, are
    /// testimony; an operation or its anaesthesia a treatment comes before, after or under is no
    /// treatment claimed on; an answer takes the treatment its question names; "used X on" gives
    /// X; a drug set between commas after its class is the subject; a condition the people spoken
    /// of may not have, or had before ("after breast cancer") beside the one the effect is on, is
    /// no indication; a doubt with an outcome of its own leaves the effect before it; people whose
    /// complaint has not improved are a circumstance; an effect whose subject is a drug the
    /// vocabulary lacks (by its name's ending) is nobody else's; "uncontrolled" alone is no case
    /// series; a sentence opening on a warning names signs; little difference between products
    /// compares them; sick leave is no effect; six complaints and an anti-inflammatory diet are
    /// concepts.
    /// 40: the confidence model refitted on the 9,896 development passages (threshold 0.46, wide
    /// 0.58, fallback 0.48); bare eponyms (Raynaud's, Hashimoto's…) and eye strain are names of
    /// their concepts; harms a procedure "can include" or a drug "expose surtout à"; drugs ending
    /// in "-prost" and "medicines for X" are nobody else's subject; the setting a supplement is
    /// taken in ("dans le cadre d'une alimentation équilibrée") is no treatment; taste is no gout;
    /// a mixture's ingredients in a parenthesis are not its subject; captions that promise, what a
    /// treatment is "presented as" and what "on suppose" are reported; evidence against an effect
    /// and a gap too small to count refute; evidence that falls short, no large trial, results too
    /// preliminary, no solid basis leave it uncertain; a cancer centre in an affiliation is a place.
    /// 41: "either therapy", "both drugs", "les deux médicaments" stand for the two treatments named
    /// before; a forum thread's plain names ("Soso :") and dotted handles open posts; triglycerides,
    /// fertility, sperm quality, generalised anxiety name their concepts, bare "volume loss" no
    /// face's; colon surgery is a procedure and no colic, the operation patients had is when; a
    /// French difference "pas statistiquement significative" refutes; a harm a benefit came "at the
    /// cost of", or a drug "a provoqué", is no indication; people named after their cancer are the
    /// population; evidence that it works judged weak, an effect that varies from study to study
    /// or is at best slight are doubts; what websites "described … as" and a video "soutient" are
    /// reported; reviewers rating trials are no customers; limited treatment options are no weak
    /// evidence; a control named as the studies' design is no arm; what people take a remedy
    /// "hoping that" it does and what "may be tested next" state nothing; arnica as a homeopathic
    /// dilution is homeopathy; pain after a named surgery is postoperative; "AIT" names no
    /// transient ischaemic attack.
    /// 42: a fact-check's verdict ("False.", "C'est faux : …", "Our rating: False") under its own
    /// heading denies the claim of the section before, on the fact-checker's word (assertion); no
    /// change in a control arm named as its subject is the control's; "simulated", "sans groupe
    /// placebo" name controls; people describing themselves report no claim; patients "whose …
    /// did not improve" or "has not settled", and those "at high risk" of a condition, are who is
    /// treated; a condition's own course with a frequency word between; less of a condition
    /// ("moins d'anxiété", "fewer migraines") is an effect on it; a Q&A answer headed by its
    /// author's name and title is testimony; uncontrolled studies a sentence introduces are case
    /// series even after a review; a title naming a class and its member speaks of the member;
    /// arms drawn "au hasard" are randomised; a condition named "en revanche" keeps its name;
    /// "did not respond to our questions", "a bénéficié de" and "avant d'arrêter" state nothing;
    /// "adverse reactions" name harms; "corns" is no name. Version 43 (forty-ninth session): a
    /// heading whose only first-person word is a bare possessive or pronoun ("Mon top 4", "Ce
    /// que je fais") gives no testimony, one naming an experience ("Mon expérience", "My
    /// experience") does; "no more likely to" and "just as many" as the other arm, "gain
    /// nothing" are no effect (not "no more likely to be diagnosed with", a harm); raising "the
    /// chances of" an outcome is an effect; "on en est réduit à" states nothing; a mother or
    /// father quoted is a speaker; chemotherapy-induced nausea and vomiting is within vomiting;
    /// "the honest/short answer is no" answers. Version 44 (fiftieth session): "once" set off
    /// between commas after the subject ("vitamin C, once hailed as …, did not help") opens no
    /// circumstance; "both" in its own clause stands for the title's two arms though the
    /// sentence names one of them in another; an evaluator that "reconnaît à X un intérêt" and
    /// attacks that "se sont espacées" state an effect; "à court terme", "in the long term" may
    /// stand inside a cue phrase; a pronoun for whoever put the patient on a treatment ("elle
    /// m'a mise sous bêtabloquant") stands for no treatment; a doubt on "ses autres usages"
    /// leaves the effect stated before it; "article de synthèse", "review article" are expert
    /// opinion. Version 45 (fifty-first session): a use described in an apposition after the
    /// subject ("Methylphenidate, the most widely prescribed ADHD medicine, has been shown to…")
    /// leaves the effect; "both" stands for the two treatments of the sentence before; fewer
    /// events "with X than with placebo" is an effect; the cause of a condition named just before
    /// it ("la sciatique due à une hernie discale") is no indication; a list lead-in speaking from
    /// experience makes its items testimony; a circumstance clause states no effect; a failure
    /// reported and then denied says that it works; "or more" and "over six months" compare
    /// nothing; codeine, tramadol and morphine are opioids; doubts and refutations in new words
    /// ("cannot be ruled out", "needs confirming", "bénéfice nul", "wasting their money", "noticed
    /// nothing"); virtues credited on a condition; "les troubles que nous traitons"; LDL.
    static let version = 45

    /// FNV-1a of `rules-VERSION`, the MeSH tree (`MeSHTree.fingerprint`) and the confidence
    /// model (`ConfidenceModel.fingerprint`), then of each bundled `.tsv` file's name and
    /// bytes, in name order.
    public static let fingerprint: String = "claims-\(version)-"
        + BundledLexicon.fingerprint("rules-\(version)-" + MeSHTree.fingerprint + "-" + ConfidenceModel.fingerprint)

    /// The files that name concepts: the conditions, the interventions, and the wide
    /// vocabulary's concepts.
    static let vocabularyFiles = ["indications.tsv", "interventions.tsv", "concepts.tsv"]

    /// FNV-1a of the vocabulary files' names and bytes (`preuve --version`).
    public static let vocabularyFingerprint: String = "vocabulary-" + BundledLexicon.fingerprint("vocabulary", of: vocabularyFiles)
}
