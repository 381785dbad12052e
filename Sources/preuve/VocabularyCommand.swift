import ArgumentParser
import Claims
import Foundation

/// `preuve vocabulary WORD`: what a word resolves to in the vocabulary, as `query` would read
/// it: the concept, its type, its broader and narrower concepts, the form matched; or the
/// nearest names when it resolves to nothing. An intervention's name is reported too.
struct VocabularyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocabulary",
        abstract: "What a word means to preuve: the indication or intervention it names, with its place in the hierarchy.",
        discussion: """
            Exits 0 when the word names a concept, 2 when it names none (near names are suggested).

            Examples:
              preuve vocabulary lombalgies
              preuve vocabulary "back pain" --format json
            """
    )

    @Argument(help: "A word or phrase, in French or English, or an id.")
    var word: String

    @OptionGroup var vocabulary: VocabularyOptions

    @OptionGroup var output: FormatOption<TextOrJSON>

    struct Answer: Encodable {
        var word: String
        var kind: String
        var id: String
        var type: String?
        var label: String?
        var labelFR: String?
        var matched: String
        var parents: [String]
        var ancestors: [String]
        var children: [String]
        var meshID: String?
        var domain: String?

        enum CodingKeys: String, CodingKey {
            case word, kind, id, type, label, matched, parents, ancestors, children, domain
            case labelFR = "label_fr"
            case meshID = "mesh_id"
        }
    }

    func run() throws {
        let words = try vocabulary.lexicon()
        let concepts = words.vocabulary
        let answer: Answer
        do {
            let found = try words.resolver.indication(word)
            let concept = found.value
            answer = Answer(word: word, kind: "indication", id: concept.id, type: concept.type?.rawValue, label: concept.labelEN,
                            labelFR: concept.labelFR, matched: found.matched, parents: concept.parents, ancestors: concepts.ancestors(of: concept.id),
                            children: concepts.children(of: concept.id), meshID: concept.meshID, domain: concept.domain)
        } catch let unknownIndication {
            do {
                let found = try words.resolver.intervention(word)
                answer = Answer(word: word, kind: "intervention", id: found.value, type: nil, label: nil, labelFR: nil, matched: found.matched,
                                parents: [], ancestors: [], children: [], meshID: nil, domain: nil)
            } catch let unknownIntervention {
                let near = Array((unknownIndication.suggestions + unknownIntervention.suggestions).prefix(3))
                Console.err("\"\(word)\" names no indication or intervention" + (near.isEmpty ? "" : "; did you mean " + near.map { "\"\($0)\"" }.joined(separator: ", ") + "?"))
                throw Exit.usage
            }
        }
        switch output.resolved {
        case .json: Console.out(try Console.json(answer))
        default:
            var lines = ["\"\(answer.matched)\" → \(answer.kind) \(answer.id)" + (answer.label.map { " (\($0) / \(answer.labelFR ?? ""))" } ?? "")]
            if let type = answer.type { lines.append("  type: \(type)") }
            if !answer.ancestors.isEmpty { lines.append("  broader: " + answer.ancestors.joined(separator: " ⊂ ")) }
            if !answer.children.isEmpty { lines.append("  narrower: " + answer.children.joined(separator: ", ")) }
            if let mesh = answer.meshID { lines.append("  MeSH: \(mesh)") }
            Console.out(lines.joined(separator: "\n"))
        }
    }
}
