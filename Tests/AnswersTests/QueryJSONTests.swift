import Answers
import Claims
import Foundation
import Testing
import TestSupport
import Verdicts

/// The streaming writer of `preuve query`'s JSON gives the bytes Foundation's encoder gives
/// (`AnswerJSON`, the documented JSON of spec/cli.md) for the same answer: the same keys in
/// the same order, the same indentation, escaping and numbers. Answers are made up from a
/// printed seed (`PREUVE_TEST_SEED=N` replays a run).
@Suite struct QueryJSONTests {
    @Test func madeUpAnswersAreWrittenAsTheEncoderWritesThem() throws {
        let seed = TestRandom("query JSON, made-up answers").seed
        var made = MadeUp(seed: seed)
        for round in 0..<300 {
            let answer = made.answer()
            let expected = Array(try AnswerJSON.data(answer))
            // Flushed at every size from one byte: a value cut across flushes comes out whole.
            let flushAt = made.pick([1, 2, 7, 64, 4096, 1 << 16])
            let written = try streamed(flushAt: flushAt) { try QueryJSON.write(answer, to: &$0) }
            if written != expected {
                let at = zip(written, expected).prefix { $0 == $1 }.count
                let got = String(decoding: written[max(0, at - 80)..<min(written.count, at + 80)], as: UTF8.self)
                let want = String(decoding: expected[max(0, at - 80)..<min(expected.count, at + 80)], as: UTF8.self)
                Issue.record("seed \(seed), answer \(round): the stream differs from the encoder at byte \(at): \(got) / expected \(want)")
                return
            }
            // And it reads back as the answer it was made from.
            let decoded = try JSONDecoder().decode(IndicationAnswer.self, from: Data(written))
            #expect(try AnswerJSON.data(decoded) == Data(expected), "seed \(seed), answer \(round)")
        }
    }

    @Test func oneClaimIsWrittenAsTheEncoderWritesIt() throws {
        let seed = TestRandom("query JSON, claims").seed
        var made = MadeUp(seed: seed)
        for round in 0..<500 {
            let claim = made.claim()
            let written = try streamed { try QueryJSON.write(claim, to: &$0) }
            #expect(String(decoding: written, as: UTF8.self) == (try AnswerJSON.string(claim)), "seed \(seed), claim \(round)")
        }
    }

    @Test func numbersAndStringsAreWrittenAsTheEncoderWritesThem() throws {
        let seed = TestRandom("query JSON, numbers and strings").seed
        var made = MadeUp(seed: seed)
        var doubles: [Double] = [0, -0.0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1e-5, 1e-7, 123456789012345678, 1e16, 1e300, 5e-324,
                                 .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNormalMagnitude, 0.57, 0.29, 100]
        doubles += (0..<400).map { _ in Double(bitPattern: made.rng.next()) }.filter(\.isFinite)
        doubles += (0..<400).map { _ in (Double(made.rng.next() % 100_000) / 1000).rounded() / 100 }
        var ints = [0, 1, -1, 9, 10, 99, 100, Int.max, Int.min, Int(Int32.max), Int(Int32.min)]
        ints += (0..<400).map { _ in Int(truncatingIfNeeded: made.rng.next()) >> made.below(64) }
        var strings = MadeUp.pieces + (0..<300).map { _ in made.text(0...12) }
        // Every scalar below 0x80, and some beyond.
        strings += (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        strings += (0..<300).compactMap { _ in UnicodeScalar(UInt32(made.below(0x11_0000))).map { String($0) } }

        let written = try streamed(flushAt: 3) { out in
            out.beginObject()
            out.key("doubles")
            out.beginArray()
            for d in doubles { try out.double(d) }
            try out.endArray()
            out.key("ints")
            out.beginArray()
            for i in ints { out.int(i) }
            try out.endArray()
            out.key("strings")
            out.beginArray()
            for s in strings { try out.string(s) }
            try out.endArray()
            try out.endObject()
        }
        struct Values: Encodable {
            var doubles: [Double]
            var ints: [Int]
            var strings: [String]
        }
        let expected = try AnswerJSON.string(Values(doubles: doubles, ints: ints, strings: strings))
        #expect(String(decoding: written, as: UTF8.self) == expected, "seed \(seed)")
        #expect(throws: JSONStream.NonConformingNumber.self) { _ = try streamed { try $0.double(.nan) } }
    }

    @Test func emptyAndNestedContainersAreWrittenAsTheEncoderWritesThem() throws {
        struct Nested: Encodable {
            var a: [[Int]] = [[], [1], []]
            var b: [String: [String: Int]] = ["x": [:], "y": ["k": 1]]
            var c: [Int] = []
        }
        let written = try streamed { out in
            out.beginObject()
            out.key("a")
            out.beginArray()
            out.beginArray(); try out.endArray()
            out.beginArray(); out.int(1); try out.endArray()
            out.beginArray(); try out.endArray()
            try out.endArray()
            out.key("b")
            out.beginObject()
            out.key("x"); out.beginObject(); try out.endObject()
            out.key("y"); out.beginObject(); out.key("k"); out.int(1); try out.endObject()
            try out.endObject()
            out.key("c")
            out.beginArray()
            try out.endArray()
            try out.endObject()
        }
        #expect(String(decoding: written, as: UTF8.self) == (try AnswerJSON.string(Nested())))
    }
}
