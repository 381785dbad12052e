/// The report format's schemas (`Schemas/`: report.rnc, the reference; report.rng and
/// report.xsd), compiled into the module at build time so that the executable carries them.
public enum ReportSchemas {
    /// The schemas' file names.
    public static var names: [String] { EmbeddedData.names }

    /// A schema's text, or nil for a name that is none of `names`.
    public static func text(_ name: String) -> String? { EmbeddedData.text(name) }
}
