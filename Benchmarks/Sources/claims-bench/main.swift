import Claims
import Documents
import Foundation
import Ingest

// claims-bench [--repeat N] FILE...: extracts the claims of each file's documents N times
// (default 1) and prints how many claims and how long extraction took. The speed figure of
// the README's claims section (it replaces the hidden `preuve claims --repeat`, so that the
// shipped executable carries no benchmark hook).

var arguments = Array(CommandLine.arguments.dropFirst())
var repeats = 1
if arguments.first == "--repeat", arguments.count >= 2, let n = Int(arguments[1]), n >= 1 {
    repeats = n
    arguments.removeFirst(2)
}
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: claims-bench [--repeat N] FILE...\n".utf8))
    exit(2)
}
let extractor = ClaimExtractor()
var documents: [Document] = []
for path in arguments {
    do { documents += try DocumentReader().documents(at: path) } catch {
        FileHandle.standardError.write(Data("claims-bench: \(error)\n".utf8))
        exit(1)
    }
}
let clock = ContinuousClock()
var claims = 0
let elapsed = clock.measure {
    for _ in 0..<repeats {
        claims = 0
        for document in documents { claims += extractor.claims(in: document).count }
    }
}
print("\(documents.count) documents, \(claims) claims, \(repeats) passes: \(elapsed)")
