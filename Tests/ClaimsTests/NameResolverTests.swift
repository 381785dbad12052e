import Claims
@testable import Lexicon
import Testing

/// `NameResolver`: one way to read a user's word for indications and interventions.
@Suite struct NameResolverTests {
    let resolver = ClaimLexicon.bundled.resolver

    /// Keys are made in one pass for names in ASCII and the Latin letters Folding knows; that
    /// path gives the key the general one (normalise, fold, split) gives, for every name the
    /// bundled vocabularies hold and for composed and decomposed accents, ligatures, apostrophes.
    @Test func theOnePassKeyIsTheGeneralKey() {
        let lexicon = ClaimLexicon.bundled
        var names = ["Mésothérapie", "Me\u{301}sothe\u{301}rapie", "cœur", "L’acupuncture", "  low--back  pain ", "Œdème", "TENS/PRP", "ß", "Ωmega"]
        for v in [lexicon.vocabulary, lexicon.interventionVocabulary] {
            for concept in v.concepts { names += concept.allNames }
        }
        var fast = 0
        for name in names {
            if let key = NameResolver.latinKey(name) {
                fast += 1
                #expect(key == NameResolver.generalKey(name), "\(name)")
            }
        }
        #expect(fast > names.count * 9 / 10)
        #expect(NameResolver.latinKey("Ωmega") == nil)
    }

    @Test(arguments: ["mésothérapie", "Mésothérapie", "mesotherapie", "mesotherapy", "MESOTHERAPY", "mésolift"])
    func interventionNames(name: String) throws {
        #expect(try resolver.intervention(name).value == "mesotherapy")
    }

    @Test func interventionIdsWithHyphensOrSpaces() throws {
        #expect(try resolver.intervention("corticosteroid-injection").value == "corticosteroid-injection")
        #expect(try resolver.intervention("Corticosteroid Injection").value == "corticosteroid-injection")
        #expect(try resolver.intervention("infiltrations de corticoïdes").value == "corticosteroid-injection")
    }

    @Test func anUnknownInterventionSuggestsNearNames() {
        let error = #expect(throws: NameResolver.Unknown.self) { try resolver.intervention("mesoterapie") }
        #expect(error?.kind == .intervention)
        #expect(error?.suggestions.isEmpty == false, "\(String(describing: error))")
        #expect(error?.description.contains("did you mean") == true)
    }

    /// A word the extractor reads as a concept in texts, though no name of it (a brand, a form
    /// of a bundled concept the wide vocabulary gives, an inflected form), finds that concept,
    /// with the form it matched; names come first.
    @Test(arguments: [
        ("Doliprane", NameResolver.Kind.intervention, "paracetamol"),
        ("tylenol", .intervention, "paracetamol"),
        ("chiropracteur", .intervention, "chiropractic"),
        ("douleurs d'épaule", .indication, "shoulder-pain"),
        ("Lombalgies chroniques", .indication, "low-back-pain"),
    ])
    func aFormReadInTextsFindsItsConcept(word: String, kind: NameResolver.Kind, id: String) throws {
        for resolver in [resolver, ClaimLexicon.bundledResolver] {
            switch kind {
            case .indication:
                let found = try resolver.indication(word)
                #expect(found.value.id == id)
                #expect(NameResolver.key(found.matched) == NameResolver.key(word), "\(found.matched)")
            case .intervention:
                let found = try resolver.intervention(word)
                #expect(found.value == id)
                #expect(NameResolver.key(found.matched) == NameResolver.key(word), "\(found.matched)")
            }
        }
        // What the extractor asks of a MeSH heading or a report's conclusion reads names only.
        #expect(ClaimLexicon.bundled.interventionID(for: "Doliprane") == nil)
        #expect(ClaimLexicon.bundled.interventionID(for: "paracétamol") == "paracetamol")
        // A name still names its own concept first: "back pain" is back pain, not a form of another.
        #expect(try resolver.indication("back pain").value.id == "back-pain")
        #expect(try resolver.intervention("paracetamol").matched == "paracetamol")
    }

    @Test func indicationsAsBefore() throws {
        #expect(try resolver.indication("Lombalgies").value.id == "low-back-pain")
        #expect(try resolver.indication("low-back-pain").matched == "low-back-pain")
        let error = #expect(throws: NameResolver.Unknown.self) { try resolver.indication("lombalgy") }
        #expect(error?.suggestions.contains("lombalgie") == true)
    }

    @Test func theExtractorsLookupIsTheResolvers() {
        #expect(ClaimLexicon.bundled.interventionID(for: "Mésothérapie") == "mesotherapy")
    }
}
