#!/usr/bin/env python3
"""Writes N generated abstracts (~200 words each, English and French) as .txt files
(title line, blank line, text) for timing `preuve claims`. Not a test: a speed check.

    python3 Benchmarks/claims/generate-abstracts.py /tmp/abstracts 10000
    swift build -c release
    time .build/release/preuve claims --format jsonl /tmp/abstracts/*.txt > /dev/null
"""
import os, random, sys

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000
random.seed(7)
interventions = ["mesotherapy", "acupuncture", "shockwave therapy", "minoxidil", "deoxycholic acid", "platelet-rich plasma"]
indications = ["low back pain", "neck pain", "lateral epicondylitis", "knee osteoarthritis", "plantar fasciitis", "cellulite",
               "hair loss", "submental fat", "chronic pain", "tendinopathy", "sciatica", "carpal tunnel syndrome"]
designs = ["a randomized controlled trial", "a prospective cohort study", "a case series", "a systematic review",
           "a double-blind trial", "a retrospective study", "a meta-analysis of randomized trials"]
en = [
    "Background: {i} is common and costly, and {x} is widely used for it in several countries.",
    "Objective: to assess whether {x} reduces pain and improves function in adults with {i}.",
    "Methods: we conducted {d} of {k} patients recruited in {k2} centres between 2015 and 2019.",
    "Patients were randomly assigned to {x} or to usual care, and outcomes were measured at 4, 12 and 24 weeks.",
    "Results: {x} reduced pain scores by {f} points more than control in {i} (p<0.05).",
    "The effect on quality of life was not significant, and no serious adverse events were reported.",
    "Secondary outcomes, e.g. analgesic use and sick leave, did not differ between the groups.",
    "Conclusions: {x} may relieve {i} in the short term, although the evidence remains limited.",
    "Further studies are needed to confirm these findings in larger samples.",
]
fr = [
    "Contexte : la {i_fr} est fréquente et la mésothérapie est souvent proposée pour la traiter.",
    "Méthodes : une étude randomisée en double aveugle a inclus {k} patients suivis pendant six mois.",
    "Résultats : la mésothérapie a réduit la douleur de {f} points par rapport au placebo.",
    "Toutefois, son efficacité sur la fonction n'est pas démontrée et les données restent insuffisantes.",
    "Conclusion : la mésothérapie pourrait soulager la {i_fr}, mais d'autres essais sont nécessaires.",
]
fr_ind = ["lombalgie", "cervicalgie", "épicondylite", "tendinopathie", "sciatique", "cellulite"]
os.makedirs(out, exist_ok=True)
for a in range(n):
    x, i, d = random.choice(interventions), random.choice(indications), random.choice(designs)
    vals = dict(x=x, i=i, d=d, k=random.randint(20, 400), k2=random.randint(2, 12), f=round(random.uniform(0.5, 3.5), 1),
                i_fr=random.choice(fr_ind))
    if a % 4 == 3:
        title = "Mésothérapie et " + vals["i_fr"]
        sentences = [s.format(**vals) for s in fr] * 3
    else:
        title = f"{x.capitalize()} for {i}: {d}"
        sentences = [s.format(**vals) for s in en] * 2
    with open(os.path.join(out, f"a{a:05d}.txt"), "w") as f:
        f.write(title + "\n\n" + " ".join(sentences) + "\n")
