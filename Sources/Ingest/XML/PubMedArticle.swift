import Documents

/// One `PubmedArticle` (or a bare `MedlineCitation`) to a document: title, structured
/// abstract, publication types, MeSH, language, year, authors, journal, identifiers.
enum PubMedArticle {
    static func document(_ article: XElement, index: Int, source: String, contentHash: String,
                         limits: IngestLimits) throws -> Document {
        // A book chapter (PubmedBookArticle) keeps the same fields in BookDocument.
        let citation = article.name == "MedlineCitation" ? article
            : (article.child("MedlineCitation") ?? article.child("BookDocument") ?? article)
        let art = citation.child("Article") ?? citation
        let pmid = citation.child("PMID")?.cleanText.nilIfBlank

        var title = unbracketed(art.child("ArticleTitle")?.cleanText ?? "")
        if title.isEmpty { title = art.child("VernacularTitle")?.cleanText ?? "" }
        if title.isEmpty { title = art.path("Book", "BookTitle")?.cleanText ?? "" }

        var builder = TextBuilder()
        builder.beginSection(heading: nil, role: .main)
        builder.appendParagraph(title)
        if let abstract = art.child("Abstract") { appendAbstract(abstract, language: nil, to: &builder) }
        for other in citation.children("OtherAbstract") {
            appendAbstract(other, language: LanguageCodes.normalize(other["Language"]), to: &builder)
        }
        let (text, sections) = builder.finish()
        try XMLReaders.checkText(text, source: source, limits: limits)

        let language = art.children("Language").lazy.compactMap { LanguageCodes.normalize($0.cleanText) }.first
        let journal = art.child("Journal")
        let pubDate = journal?.path("JournalIssue", "PubDate") ?? art.path("Book", "PubDate")
        let year = Years.first(in: pubDate?.child("Year")?.cleanText)
            ?? Years.first(in: pubDate?.child("MedlineDate")?.cleanText)
            ?? Years.first(in: art.child("ArticleDate")?.child("Year")?.cleanText)

        var ids = Identifiers(pmid: pmid)
        for loc in art.children("ELocationID") where loc["EIdType"]?.lowercased() == "doi" {
            ids.doi = ids.doi ?? loc.cleanText.nilIfBlank
        }
        let idList = article.path("PubmedData", "ArticleIdList") ?? article.path("PubmedBookData", "ArticleIdList")
        for id in idList?.children("ArticleId") ?? [] {
            switch id["IdType"]?.lowercased() {
            case "doi": ids.doi = ids.doi ?? id.cleanText.nilIfBlank
            case "pmc": ids.pmc = ids.pmc ?? id.cleanText.nilIfBlank
            case "pubmed": ids.pmid = ids.pmid ?? id.cleanText.nilIfBlank
            default: break
            }
        }

        var metadata = Metadata()
        metadata.journal = journal?.child("Title")?.cleanText.nilIfBlank
        metadata.mesh = meshHeadings(citation)
        metadata.meshHeadings = metadata.mesh.map(\.descriptor)
        metadata.chemicals = (citation.path("ChemicalList")?.children("Chemical") ?? []).compactMap { chemical in
            guard let substance = chemical.child("NameOfSubstance"), let name = substance.cleanText.nilIfBlank else { return nil }
            let registry = chemical.child("RegistryNumber")?.cleanText.nilIfBlank
            return MeSHChemical(name: name, ui: substance["UI"]?.nilIfBlank, registryNumber: registry == "0" ? nil : registry)
        }

        // Records written for the catalogue carry a note saying so, and those without a
        // verified PMID a stable id of their own (`OtherID Source="preuve"`).
        metadata.note = citation.children("GeneralNote").map(\.cleanText).filter { !$0.isEmpty }.joined(separator: " ").nilIfBlank
        let ownID = citation.children("OtherID").first { $0["Source"] == "preuve" }?.cleanText.nilIfBlank

        return Document(
            source: source, fragment: ids.pmid.map { "pmid:\($0)" } ?? ownID.map { "id:\($0)" } ?? "article:\(index)",
            contentHash: contentHash, format: .pubmed, kind: .journalArticle, title: title,
            language: language ?? XMLReaders.guessLanguage(title + " " + text),
            languageDeclared: language != nil, year: year, authors: authors(art),
            publicationTypes: (art.path("PublicationTypeList")?.children("PublicationType") ?? art.children("PublicationType")).compactMap { $0.cleanText.nilIfBlank },
            identifiers: ids, metadata: metadata, text: text, sections: sections)
    }

    /// Labelled parts (BACKGROUND, METHODS, ...) become sections headed by their label;
    /// CONCLUSION(S) parts are the authors' conclusions. Unlabelled parts form one section.
    private static func appendAbstract(_ abstract: XElement, language: String?, to builder: inout TextBuilder) {
        var unlabelledOpen = false
        for part in abstract.children("AbstractText") {
            let label = part["Label"]?.trimmingCharacters(in: .whitespaces).nilIfBlank
            if let label {
                let category = part["NlmCategory"]?.uppercased()
                let isConclusion = category == "CONCLUSIONS" || label.uppercased().hasPrefix("CONCLUSION")
                builder.beginSection(heading: label, role: isConclusion ? .conclusion : .abstract, language: language)
                unlabelledOpen = false
            } else if !unlabelledOpen {
                builder.beginSection(heading: nil, role: .abstract, language: language)
                unlabelledOpen = true
            }
            builder.appendParagraph(part.text)  // appendParagraph cleans it
        }
    }

    /// The MeSH headings with their UIs, major-topic flags and qualifiers, as the record gives them.
    private static func meshHeadings(_ citation: XElement) -> [MeSHHeading] {
        (citation.path("MeshHeadingList")?.children("MeshHeading") ?? []).compactMap { heading in
            guard let d = heading.child("DescriptorName"), let name = d.cleanText.nilIfBlank else { return nil }
            let qualifiers = heading.children("QualifierName").compactMap { q in
                q.cleanText.nilIfBlank.map { MeSHQualifier(name: $0, ui: q["UI"]?.nilIfBlank, majorTopic: q["MajorTopicYN"] == "Y") }
            }
            return MeSHHeading(descriptor: name, descriptorUI: d["UI"]?.nilIfBlank, majorTopic: d["MajorTopicYN"] == "Y", qualifiers: qualifiers)
        }
    }

    /// MEDLINE puts translated titles in brackets: "[Mesotherapy for tendinopathy]."
    static func unbracketed(_ title: String) -> String {
        guard title.hasPrefix("[") else { return title }
        if title.hasSuffix("].") { return String(title.dropFirst().dropLast(2)) + "." }
        if title.hasSuffix("]") { return String(title.dropFirst().dropLast()) }
        return title
    }

    /// "LastName Initials", or the collective name of a group.
    private static func authors(_ article: XElement) -> [String] {
        (article.child("AuthorList")?.children("Author") ?? []).compactMap { author in
            if let collective = author.child("CollectiveName")?.cleanText.nilIfBlank { return collective }
            guard let last = author.child("LastName")?.cleanText.nilIfBlank else { return nil }
            let initials = author.child("Initials")?.cleanText ?? ""
            return initials.isEmpty ? last : "\(last) \(initials)"
        }
    }
}
