import KatalogContent

/// `submit/`: the submission form (`submit`, subject `submit`), when `site.yml` names the
/// maintainer's WhatsApp number (`submissions: whatsapp:`). A producer on a phone fills in a
/// product and `assets/submit.js` writes its sheet (`ProductSheet`'s lines) to copy, to download as
/// `<slug>.md` and to send to the maintainer on WhatsApp, checking the fields as they are typed
/// with `katalog check`'s rules and its words, which the page carries in `data` (made here from the
/// diagnostics' table, never retyped in the script). Producers are chosen from
/// `submit/producers.js` (`producersFile`), loaded by the script, so the page stays the same size
/// however many producers the catalogue has. Without JavaScript it shows an example sheet to copy
/// and the maintainer's WhatsApp link.
package enum SubmitPage: PageKind {
    package static let template = "submit"
    /// The form's script, a theme asset written only for a site with the form.
    package static let script = "submit.js"

    package static func routes(in catalog: Catalog) -> [Route] {
        catalog.site.submissions == nil ? [] : [.submit]
    }

    package static func view(_ context: PageContext) -> PageView {
        guard let submissions = context.catalog.site.submissions else {
            preconditionFailure("a submission form without site.yml's submissions")
        }
        let words = context.words
        let example = example(words.language)
        let subject = Subject(
            whatsapp: Text(Formatting.whatsAppHref(submissions.whatsapp, message: example.text)),
            whatsappDisplay: Text(submissions.whatsapp.display),
            example: Text(example.text),
            techniques: Technique.allCases.map {
                TechniqueOption(value: Text($0.rawValue), name: Text(words.technique($0)))
            },
            script: context.href(.asset(script)),
            data: Text(script: data(submissions, in: context)))
        let title = words[.submitProduct]
        return PageView(
            template: template, title: title, description: words[.submitIntro], crumbs: [(title, nil)],
            subject: ("submit", subject), in: context)
    }

    /// `submit`: `whatsapp` (the maintainer's chat, prefilled with the example sheet), `whatsapp_display`,
    /// `example` (the example sheet), `techniques` [{`value`, `name`}], `script`, and `data` (JSON
    /// for the script: see `data(_:in:)`).
    package struct Subject: TemplateView {
        package var whatsapp: Text
        package var whatsappDisplay: Text
        package var example: Text
        package var techniques: [TechniqueOption]
        package var script: Text
        package var data: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("whatsapp", whatsapp)
            fields.field("whatsapp_display", whatsappDisplay)
            fields.field("example", example)
            fields.field("techniques", techniques)
            fields.field("script", script)
            fields.field("data", data)
        }
    }

    /// A technique of the form's choice: `value` (`tulis`), `name` (as buyers know it).
    package struct TechniqueOption: TemplateView {
        package var value: Text
        package var name: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("value", value)
            fields.field("name", name)
        }
    }

    /// The example sheet of the page without JavaScript: every field filled in, the producer a
    /// placeholder to replace with the producer's own code.
    package static func example(_ language: Language) -> ProductSheet {
        language == .id
            ? ProductSheet(
                name: "Batik Tulis Daun Kopi Sogan", producer: "kode-usaha-anda", technique: "tulis",
                motifs: ["Daun Kopi"], material: "Katun primisima", size: "2 m x 1,15 m", price: "650000",
                colors: ["cokelat sogan", "krem"], added: "2026-07-11",
                description: "Motif daun kopi digambar dengan canting di atas katun primisima, lalu diwarnai sogan.")
            : ProductSheet(
                name: "Batik Tulis Daun Kopi Sogan", producer: "your-producer-code", technique: "tulis",
                motifs: ["Daun Kopi"], material: "Primisima cotton", size: "2 m x 1.15 m", price: "650000",
                colors: ["sogan brown", "cream"], added: "2026-07-11",
                description: "Coffee leaves drawn by hand with a canting on primisima cotton, dyed in sogan brown.")
    }

    /// What the script needs besides the page: the maintainer's number for wa.me, the producers
    /// file, the words it writes, and the messages of the checks it makes, each `katalog check`'s
    /// own text in the site's language with `{name}` where a value goes.
    static func data(_ submissions: Submissions, in context: PageContext) -> ScriptJSON {
        let words = context.words
        return .pairs([
            ("whatsapp", .string(submissions.whatsapp.international)),
            ("producers", .string(context.links.href(.submitProducers))),
            (
                "words",
                .pairs(
                    [
                        ("copied", Word.submitCopied), ("copy_failed", .submitCopyFailed),
                        ("problems", .submitProblems),
                        ("ready", .submitReady), ("producer_code", .submitProducerCode), ("file", .submitFile),
                        ("download", .submitDownload),
                    ].map { ($0, .string(words[$1])) })
            ),
            ("messages", .pairs(messages(words.language).map { ($0, .string($1)) })),
            // What `{marks}` names in the Indonesian price message, by what the price holds.
            ("marks", .pairs(Diagnostic.Reason.priceMarkWords.sorted { $0.key < $1.key }.map { ($0, .string($1)) })),
        ])
    }

    /// A number no message holds, standing for `{suggestion}` in a message that takes a number.
    static let numberMark = 9_876_543_210_123_457

    /// `katalog check`'s messages for what the form checks, by the name the script knows them by,
    /// with `{key}`, `{value}`, `{suggestion}`, `{marks}` (the Indonesian price message names what a price
    /// is written with: the script joins `marks` as `Diagnostic.Reason.priceMarks` does) or `{name}`
    /// for the values.
    package static func messages(_ language: Language) -> [(String, String)] {
        func text(_ reason: Diagnostic.Reason) -> String { reason.message(in: language) }
        return [
            ("empty-field", text(.emptyField(key: "{key}"))),
            (
                "price-formatted",
                language == .id
                    ? Diagnostic.Reason.priceFormatted(value: "{value}", marks: "{marks}", suggestion: "{suggestion}")
                    : text(.priceFormatted(value: "{value}", suggestion: numberMark))
                        .replacingOccurrences(of: String(numberMark), with: "{suggestion}")
            ),
            ("price-not-positive", text(.priceNotPositive(value: "{value}"))),
            ("price-fraction", text(.priceFraction(value: "{value}"))),
            ("price-not-a-number", text(.priceNotANumber(value: "{value}"))),
            ("unknown-producer", text(.unknownReference(kind: .producer, slug: "{value}", suggestion: nil))),
            (
                "unknown-producer-suggestion",
                text(.unknownReference(kind: .producer, slug: "{value}", suggestion: "{suggestion}"))
            ),
            ("invalid-file-name", text(.invalidFileName(name: "{name}", suggestion: ""))),
            ("reserved-file-name", text(.reservedFileName(kind: .product, slug: EntryKind.reservedSlug))),
            ("motif-name-empty", text(.motifNameEmpty(name: "{name}"))),
            ("reserved-motif-name", text(.reservedMotifName(name: "{name}", slug: EntryKind.reservedSlug))),
        ]
    }

    /// `submit/producers.js`: `katalogSubmit.producers(data)` with every producer in name order (the
    /// order of `katalog check`'s suggestions) as `[slug, name, cluster]`, the cluster an index into
    /// `clusters`, the cluster names. Written through `ScriptJSON`, so no name can end the script.
    static func producersFile(_ catalog: Catalog) -> OutputFile {
        let clusterIndex = Dictionary(uniqueKeysWithValues: catalog.clusters.enumerated().map { ($1.slug, $0) })
        let data = ScriptJSON.pairs([
            ("clusters", .strings(catalog.clusters.map(\.name))),
            (
                "producers",
                .array(
                    catalog.producers.map { producer in
                        .array([
                            .string(producer.slug), .string(producer.name),
                            .number(clusterIndex[producer.cluster.value] ?? -1),
                        ])
                    })
            ),
        ])
        return OutputFile(
            route: .submitProducers,
            content: .bytes(Array("katalogSubmit.producers(".utf8) + data.bytes + Array(");\n".utf8)))
    }
}
