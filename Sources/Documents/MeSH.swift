/// One MeSH heading of a PubMed record, as the NLM's indexers assigned it: a descriptor (its
/// English name and, when the record gives it, its UI), whether it is a major topic, and its
/// qualifiers ("Asthma/drug therapy", "Metformin/therapeutic use").
public struct MeSHHeading: Sendable, Hashable, Codable {
    public var descriptor: String
    /// The descriptor's UI as the record gives it (`D001249`); nil when the record has none.
    public var descriptorUI: String?
    public var majorTopic: Bool
    public var qualifiers: [MeSHQualifier]

    public init(descriptor: String, descriptorUI: String? = nil, majorTopic: Bool = false, qualifiers: [MeSHQualifier] = []) {
        self.descriptor = descriptor
        self.descriptorUI = descriptorUI
        self.majorTopic = majorTopic
        self.qualifiers = qualifiers
    }

    /// "Asthma/drug therapy*", as PubMed prints a heading (`*` for a major topic).
    public var display: String {
        ([descriptor + (majorTopic && qualifiers.isEmpty ? "*" : "")] + qualifiers.map { $0.name + ($0.majorTopic ? "*" : "") })
            .joined(separator: "/")
    }

    /// Whether one of its qualifiers is `name` (any case).
    public func has(_ name: String) -> Bool {
        qualifiers.contains { $0.name.lowercased() == name }
    }
}

/// A qualifier (subheading) of a MeSH heading: `drug therapy` (`Q000188`).
public struct MeSHQualifier: Sendable, Hashable, Codable {
    public var name: String
    public var ui: String?
    public var majorTopic: Bool

    public init(name: String, ui: String? = nil, majorTopic: Bool = false) {
        self.name = name
        self.ui = ui
        self.majorTopic = majorTopic
    }
}

/// One substance of a record's `ChemicalList`: its name, its UI (a descriptor `D…` or a
/// supplementary concept `C…`) and its registry number, as the record gives them.
public struct MeSHChemical: Sendable, Hashable, Codable {
    public var name: String
    public var ui: String?
    public var registryNumber: String?

    public init(name: String, ui: String? = nil, registryNumber: String? = nil) {
        self.name = name
        self.ui = ui
        self.registryNumber = registryNumber
    }
}
