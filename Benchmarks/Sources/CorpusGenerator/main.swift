import Foundation

// A deterministic, seedable generator of PubMed-style records and HTML pages for
// benchmarks: `corpus-gen --records 100000 --html 2000 --out /tmp/gen --seed 42`.
// Every identifier it writes (PMIDs from 90,000,001) is synthetic and marked so in the
// records; nothing it writes is ever part of the bundled corpus.

struct Options {
    var records = 10_000
    var htmlPages = 0
    var perFile = 10_000
    var out = "gen"
    var seed: UInt64 = 42
    var frenchShare = 0.1
    var claimShare = 0.3

    init(_ args: [String]) {
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { fatalError("missing value after \(args[i - 1])") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--records": records = Int(value())!
            case "--html": htmlPages = Int(value())!
            case "--per-file": perFile = Int(value())!
            case "--out": out = value()
            case "--seed": seed = UInt64(value())!
            case "--french": frenchShare = Double(value())!
            case "--claims": claimShare = Double(value())!
            case "-h", "--help":
                print("corpus-gen [--records N] [--html M] [--per-file K] [--out DIR] [--seed S] [--french 0.1] [--claims 0.3]")
                exit(0)
            default: fatalError("unknown argument \(args[i])")
            }
            i += 1
        }
    }
}

/// SplitMix64: small, fast, and the same sequence on every machine for a seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

/// Words drawn with Zipf-like frequencies (rank r has weight 1/r), as natural text has.
struct ZipfVocabulary {
    let words: [String]
    let cumulative: [Double]

    init(words: [String]) {
        self.words = words
        var total = 0.0
        cumulative = words.indices.map { rank in total += 1.0 / Double(rank + 1); return total }
    }

    func draw(_ rng: inout SeededRandom) -> String {
        let x = rng.unit() * cumulative.last!
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return words[lo]
    }

    /// Function words first (the commonest), then domain words, then made-up rare words.
    static func make(base: [String], domain: [String], syllables: [String], count: Int, rng: inout SeededRandom) -> ZipfVocabulary {
        var words = base + domain
        var seen = Set(words)
        while words.count < count {
            let n = 2 + Int(rng.next() % 3)
            let w = (0..<n).map { _ in rng.pick(syllables) }.joined()
            if seen.insert(w).inserted { words.append(w) }
        }
        return ZipfVocabulary(words: words)
    }
}

enum Text {
    static let english = ["the", "of", "and", "in", "to", "with", "a", "was", "were", "for", "patients", "on", "at", "by", "as", "from", "after", "or", "that", "is", "than", "group", "treatment", "pain", "study", "between", "more", "no", "significant", "we"]
    static let french = ["de", "la", "le", "les", "des", "et", "en", "du", "un", "une", "à", "chez", "pour", "par", "dans", "sur", "est", "patients", "traitement", "douleur", "étude", "groupe", "avec", "plus", "que", "après", "ont", "été", "sans", "entre"]
    static let domainEN = ["injection", "intradermal", "clinical", "randomized", "controlled", "score", "outcome", "follow-up", "weeks", "months", "baseline", "visual", "analogue", "scale", "function", "quality", "life", "adverse", "events", "lidocaine", "session", "sessions", "improvement", "placebo", "saline", "efficacy", "safety", "trial", "cohort", "analysis", "knee", "shoulder", "spine", "tendon", "skin", "infection", "dose", "compared", "reduction", "assessment"]
    static let domainFR = ["injection", "intradermique", "clinique", "randomisé", "contrôlé", "score", "critère", "suivi", "semaines", "mois", "inclusion", "échelle", "visuelle", "analogique", "fonction", "qualité", "vie", "effets", "indésirables", "lidocaïne", "séance", "séances", "amélioration", "placebo", "sérum", "efficacité", "tolérance", "essai", "cohorte", "analyse", "genou", "épaule", "rachis", "tendon", "peau", "infection", "dose", "comparé", "réduction", "évaluation"]
    static let syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "sem", "dor", "vil", "pra", "to", "gen", "lax", "mor", "qui", "ster", "bel", "cor", "fin", "gal"]

    static let indicationsEN = ["low back pain", "neck pain", "knee osteoarthritis", "tendinopathy", "cellulite", "localized fat", "androgenetic alopecia", "lateral epicondylitis", "chronic pain", "sprains", "wrinkles", "carpal tunnel syndrome"]
    static let indicationsFR = ["lombalgie", "cervicalgie", "arthrose du genou", "tendinopathie", "cellulite", "graisse localisée", "alopécie", "épicondylite", "douleurs chroniques", "entorse", "rides", "syndrome du canal carpien"]
    static let claimsEN = [
        "Mesotherapy reduced pain more than placebo in patients with %@.",
        "Mesotherapy was no more effective than saline injections for %@.",
        "The evidence for mesotherapy in %@ remains insufficient.",
        "Intradermal therapy improved function in %@ at 12 weeks.",
        "Mesotherapy did not reduce %@ compared with the control group.",
    ]
    static let claimsFR = [
        "La mésothérapie a réduit la douleur plus que le placebo chez les patients atteints de %@.",
        "La mésothérapie n'a pas fait mieux que le sérum physiologique dans la %@.",
        "L'efficacité de la mésothérapie dans la %@ n'est pas démontrée.",
        "Les injections intradermiques ont amélioré la fonction dans la %@.",
    ]
    static let pubTypes = ["Randomized Controlled Trial", "Journal Article", "Meta-Analysis", "Systematic Review", "Case Reports", "Comparative Study", "Review", "Clinical Trial"]
    static let mesh = ["Mesotherapy", "Low Back Pain", "Neck Pain", "Osteoarthritis, Knee", "Tendinopathy", "Cellulite", "Alopecia", "Injections, Intradermal", "Pain Measurement", "Treatment Outcome", "Humans", "Female", "Male", "Adult", "Middle Aged"]
    static let labels = [("BACKGROUND", "BACKGROUND"), ("METHODS", "METHODS"), ("RESULTS", "RESULTS"), ("CONCLUSIONS", "CONCLUSIONS")]
}

func xmlEscape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.append(c)
        }
    }
    return out
}

func sentence(_ vocab: ZipfVocabulary, words: Int, rng: inout SeededRandom) -> String {
    var parts: [String] = []
    parts.reserveCapacity(words)
    for _ in 0..<words { parts.append(vocab.draw(&rng)) }
    var s = parts.joined(separator: " ")
    s.replaceSubrange(s.startIndex...s.startIndex, with: s.prefix(1).uppercased())
    return s + "."
}

func record(pmid: Int, rng: inout SeededRandom, en: ZipfVocabulary, fr: ZipfVocabulary, options: Options) -> String {
    let french = rng.unit() < options.frenchShare
    let vocab = french ? fr : en
    let year = 1990 + Int(rng.next() % 36)
    let title = sentence(vocab, words: 8 + Int(rng.next() % 8), rng: &rng)
    var abstract = ""
    var remaining = 200 + Int(rng.next() % 50)
    for (index, label) in Text.labels.enumerated() {
        var sentences: [String] = []
        let share = index == Text.labels.count - 1 ? remaining : remaining / (Text.labels.count - index)
        var used = 0
        while used < share {
            let n = min(share - used, 10 + Int(rng.next() % 15))
            sentences.append(sentence(vocab, words: max(n, 3), rng: &rng))
            used += n
        }
        remaining -= used
        if label.0 == "CONCLUSIONS", rng.unit() < options.claimShare {
            let indication = french ? rng.pick(Text.indicationsFR) : rng.pick(Text.indicationsEN)
            let template = french ? rng.pick(Text.claimsFR) : rng.pick(Text.claimsEN)
            sentences.append(template.replacingOccurrences(of: "%@", with: indication))
        }
        abstract += "          <AbstractText Label=\"\(label.0)\" NlmCategory=\"\(label.1)\">\(xmlEscape(sentences.joined(separator: " ")))</AbstractText>\n"
    }
    let types = [rng.pick(Text.pubTypes)] + (rng.unit() < 0.5 ? ["Journal Article"] : [])
    let mesh = (0..<(3 + Int(rng.next() % 4))).map { _ in rng.pick(Text.mesh) }
    let authors = (0..<(2 + Int(rng.next() % 6))).map { _ in
        """
                <Author ValidYN="Y"><LastName>\(rng.pick(Text.syllables).capitalized)\(rng.pick(Text.syllables))</LastName><ForeName>\(rng.pick(Text.syllables).capitalized)\(rng.pick(Text.syllables))</ForeName><Initials>\(rng.pick(["A", "B", "C", "M", "S"]))</Initials>
                  <AffiliationInfo><Affiliation>Department of \(rng.pick(["Physical Medicine", "Rheumatology", "Dermatology", "Anaesthesiology"])), Synthetic University Hospital \(rng.next() % 500), \(rng.pick(["Rome", "Lyon", "Istanbul", "Cairo", "Tehran", "Seoul"])).</Affiliation></AffiliationInfo></Author>
        """
    }.joined(separator: "\n")
    // Real efetch records carry history dates, article ids and a reference list: most of their bytes.
    let references = (0..<(8 + Int(rng.next() % 20))).map { k in
        "        <Reference><Citation>\(rng.pick(Text.syllables).capitalized)\(rng.pick(Text.syllables)) \(rng.pick(["A", "B", "M"])), et al. \(xmlEscape(sentence(en, words: 9, rng: &rng))) Synthetic J. \(1980 + k % 45);\(rng.next() % 90 + 1):\(rng.next() % 900 + 1)-\(rng.next() % 900 + 901).</Citation><ArticleIdList><ArticleId IdType=\"pubmed\">\(90_000_001 + Int(rng.next() % 1_000_000))</ArticleId></ArticleIdList></Reference>"
    }.joined(separator: "\n")
    return """
      <PubmedArticle>
        <MedlineCitation Status="MEDLINE" Owner="NLM">
          <PMID Version="1">\(pmid)</PMID>
          <Article PubModel="Print">
            <Journal><JournalIssue CitedMedium="Print"><PubDate><Year>\(year)</Year></PubDate></JournalIssue><Title>Synthetic Journal of \(rng.pick(["Pain", "Rheumatology", "Dermatology", "Rehabilitation"]))</Title></Journal>
            <ArticleTitle>\(xmlEscape(title))</ArticleTitle>
            <Abstract>
    \(abstract)        </Abstract>
            <AuthorList CompleteYN="Y">
    \(authors)
            </AuthorList>
            <Language>\(french ? "fre" : "eng")</Language>
            <PublicationTypeList>
    \(types.map { "          <PublicationType>\($0)</PublicationType>" }.joined(separator: "\n"))
            </PublicationTypeList>
          </Article>
          <MeshHeadingList>
    \(mesh.map { "        <MeshHeading><DescriptorName MajorTopicYN=\"N\">\($0)</DescriptorName></MeshHeading>" }.joined(separator: "\n"))
          </MeshHeadingList>
          <GeneralNote Owner="NLM">Synthetic record generated for benchmarks; not a real article.</GeneralNote>
        </MedlineCitation>
        <PubmedData>
          <History>
            <PubMedPubDate PubStatus="received"><Year>\(year - 1)</Year><Month>\(1 + rng.next() % 12)</Month><Day>\(1 + rng.next() % 28)</Day></PubMedPubDate>
            <PubMedPubDate PubStatus="accepted"><Year>\(year)</Year><Month>\(1 + rng.next() % 12)</Month><Day>\(1 + rng.next() % 28)</Day></PubMedPubDate>
            <PubMedPubDate PubStatus="pubmed"><Year>\(year)</Year><Month>\(1 + rng.next() % 12)</Month><Day>\(1 + rng.next() % 28)</Day></PubMedPubDate>
          </History>
          <PublicationStatus>ppublish</PublicationStatus>
          <ArticleIdList>
            <ArticleId IdType="pubmed">\(pmid)</ArticleId>
          </ArticleIdList>
          <ReferenceList>
    \(references)
          </ReferenceList>
        </PubmedData>
      </PubmedArticle>

    """
}

func htmlPage(_ n: Int, rng: inout SeededRandom, en: ZipfVocabulary, fr: ZipfVocabulary) -> String {
    let french = rng.unit() < 0.5
    let vocab = french ? fr : en
    let title = sentence(vocab, words: 7, rng: &rng)
    let paragraphs = (0..<(4 + Int(rng.next() % 6))).map { _ in
        "<p>" + (0..<4).map { _ in xmlEscape(sentence(vocab, words: 12 + Int(rng.next() % 10), rng: &rng)) }.joined(separator: " ") + "</p>"
    }.joined(separator: "\n")
    let claim = french ? rng.pick(Text.claimsFR).replacingOccurrences(of: "%@", with: rng.pick(Text.indicationsFR))
                       : rng.pick(Text.claimsEN).replacingOccurrences(of: "%@", with: rng.pick(Text.indicationsEN))
    let comments = (0..<Int(rng.next() % 4)).map { _ in
        "<li class=\"comment\"><p class=\"comment-author\">Reader</p><p>\(xmlEscape(sentence(vocab, words: 15, rng: &rng)))</p></li>"
    }.joined(separator: "\n")
    return """
    <!DOCTYPE html>
    <html lang="\(french ? "fr" : "en")"><head><meta charset="utf-8"><title>\(xmlEscape(title)) | Synthetic Health Blog</title>
    <meta property="og:title" content="\(xmlEscape(title))"></head>
    <body><header><nav><a href="/">Home</a> <a href="/health">Health</a> <a href="/about">About</a></nav></header>
    <div class="cookie-banner">We use cookies to improve your experience. Accept?</div>
    <main><article><h1>\(xmlEscape(title))</h1>
    \(paragraphs)
    <p>\(xmlEscape(claim))</p>
    <div class="author-bio"><p>The author writes about health for this synthetic site.</p></div>
    </article>
    <aside class="related"><h3>\(french ? "À lire également" : "Read also")</h3><ul><li><a href="/a">Another page</a></li><li><a href="/b">Yet another</a></li></ul></aside>
    <section id="comments"><h2>Comments</h2><ol class="commentlist">\(comments)</ol>
    <form id="respond"><h3>Leave a reply</h3><textarea></textarea></form></section></main>
    <footer><p>© Synthetic Health Blog, page \(n)</p></footer></body></html>

    """
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
var rng = SeededRandom(state: options.seed)
let en = ZipfVocabulary.make(base: Text.english, domain: Text.domainEN, syllables: Text.syllables, count: 20_000, rng: &rng)
let fr = ZipfVocabulary.make(base: Text.french, domain: Text.domainFR, syllables: Text.syllables, count: 20_000, rng: &rng)
let fm = FileManager.default
try fm.createDirectory(atPath: options.out + "/pubmed", withIntermediateDirectories: true)

var written = 0
var fileIndex = 0
while written < options.records {
    fileIndex += 1
    let count = min(options.perFile, options.records - written)
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE PubmedArticleSet>\n<PubmedArticleSet>\n"
    xml.reserveCapacity(count * 3000)
    for k in 0..<count {
        xml += record(pmid: 90_000_001 + written + k, rng: &rng, en: en, fr: fr, options: options)
    }
    xml += "</PubmedArticleSet>\n"
    let path = String(format: "%@/pubmed/synthetic-%04d.xml", options.out, fileIndex)
    try xml.write(toFile: path, atomically: true, encoding: .utf8)
    written += count
}
if options.htmlPages > 0 {
    try fm.createDirectory(atPath: options.out + "/html", withIntermediateDirectories: true)
    for n in 1...options.htmlPages {
        let path = String(format: "%@/html/page-%05d.html", options.out, n)
        try htmlPage(n, rng: &rng, en: en, fr: fr).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
FileHandle.standardError.write(Data("corpus-gen: \(written) records in \(fileIndex) files, \(options.htmlPages) HTML pages, under \(options.out)\n".utf8))
