import Foundation

/// JSON as every front end writes it: keys in a stable order (so outputs diff well), slashes
/// unescaped.
public enum AnswerJSON {
    public static func data<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        String(decoding: try data(value, pretty: pretty), as: UTF8.self)
    }
}
