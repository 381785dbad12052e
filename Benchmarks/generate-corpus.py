# Generates N .txt documents of 200 words (Zipf-distributed vocabulary) under OUT: python3 generate-corpus.py 20000 /tmp/bench/Corpus
import random, os, sys
random.seed(7)
n = int(sys.argv[1]); out = sys.argv[2]
base = ["douleur","lombaire","mésothérapie","essai","patient","injection","placebo","dos","étude","effet","traitement","acupuncture","chronique","randomisé","groupe","résultat","soulagement","thérapie","médecin","semaines"]
syll = ["ba","co","di","fu","ga","le","mi","no","pu","ra","se","ti","vo","xa","zé","lo","qui","pré","tri","mon"]
vocab = base + ["".join(random.choice(syll) for _ in range(random.randint(2,4))) for _ in range(30000)]
weights = [1.0/(i+1) for i in range(len(vocab))]
os.makedirs(out, exist_ok=True)
for i in range(n):
    d = os.path.join(out, "d%02d" % (i % 100))
    os.makedirs(d, exist_ok=True)
    words = random.choices(vocab, weights, k=200)
    title = " ".join(random.choices(vocab, weights, k=6))
    lines = [" ".join(words[j:j+25]) + "." for j in range(0, 200, 25)]
    with open(os.path.join(d, "doc%05d.txt" % i), "w") as f:
        f.write(title.capitalize() + "\n\n" + "\n".join(lines) + "\n")
