import Testing

@testable import KatalogContent

@Suite struct FieldsTests {
    static let path = "content/products/batik-gorga.md"

    func at(_ line: Int, _ column: Int? = nil) -> SourceLocation {
        SourceLocation(path: Self.path, line: line, column: column)
    }

    /// Front matter as `FrontMatter.split` gives it: the YAML starts on file line 2.
    func fields(_ yaml: String, firstLine: Int = 2) -> Fields {
        Fields(yaml: yaml, firstLine: firstLine, path: Self.path)
    }

    // MARK: Positions

    @Test func valuePositionsAreFileLines() {
        var f = fields("name: Batik Gorga\nproducer: sari-batik\n")
        let name = f.string("name")
        let producer = f.string("producer")
        #expect(name == Located("Batik Gorga", at: at(2, 7)))
        #expect(producer == Located("sari-batik", at: at(3, 11)))
        #expect(f.diagnostics.items.isEmpty)
    }

    @Test func positionsFollowTheFirstLine() {
        var f = fields("name: A\n\n  \nprice: 450000\n", firstLine: 10)
        #expect(f.string("name")?.location == at(10, 7))
        let price = f.scalar("price")
        #expect(price?.text == "450000")
        #expect(price?.quoted == false)
        #expect(price?.location == at(13, 8))
    }

    @Test func locationOfKey() {
        let f = fields("name: A\nprice: 1\nphone:\nwhatsapp: \"\"\n")
        #expect(f.location(of: "price") == at(3, 1))
        #expect(f.hasValue("price"))
        #expect(!f.hasValue("colors"))
        // Present but empty does not count: `phone:` with nothing after it is no number.
        #expect(!f.hasValue("phone"))
        #expect(!f.hasValue("whatsapp"))
    }

    @Test func fileStartIsTheOpeningFence() {
        #expect(fields("name: A\n").fileStart == at(1, 1))
    }

    // MARK: Strings and scalars

    @Test func numbersAndBooleansAreReadAsWritten() {
        var f = fields("name: 2018\nsize: 2.50\nmaterial: true\n")
        #expect(f.string("name")?.value == "2018")
        #expect(f.string("size")?.value == "2.50")
        #expect(f.string("material")?.value == "true")
    }

    @Test func quotedScalarIsMarkedQuoted() {
        var f = fields("price: \"450.000\"\n")
        let price = f.scalar("price")
        #expect(price?.text == "450.000")
        #expect(price?.quoted == true)
    }

    @Test func missingRequiredFieldIsReportedAtFileStart() {
        var f = fields("price: 1\n")
        #expect(f.string("name", required: true) == nil)
        #expect(f.diagnostics.items == [.error(at(1, 1), .missingField(key: "name"))])
    }

    @Test func emptyRequiredField() {
        var f = fields("price: 1\nname:\n")
        #expect(f.string("name", required: true) == nil)
        #expect(f.diagnostics.items == [.error(at(3, 1), .emptyField(key: "name"))])
    }

    @Test func blankQuotedRequiredField() {
        var f = fields("name: \"  \"\n")
        #expect(f.string("name", required: true) == nil)
        #expect(f.diagnostics.items == [.error(at(2, 7), .emptyField(key: "name"))])
    }

    @Test func missingOptionalFieldIsNotAnError() {
        var f = fields("name: A\n")
        #expect(f.string("city") == nil)
        #expect(f.scalar("price") == nil)
        #expect(f.diagnostics.items.isEmpty)
    }

    @Test func listWhereTextIsExpected() {
        var f = fields("name: [a, b]\n")
        #expect(f.string("name", required: true) == nil)
        #expect(f.diagnostics.items == [.error(at(2, 7), .notText(key: "name", found: .list))])
    }

    @Test func mappingWhereSingleValueIsExpected() {
        var f = fields("price:\n  amount: 1\n")
        #expect(f.scalar("price") == nil)
        #expect(f.diagnostics.items == [.error(at(3, 3), .notSingleValue(key: "price", found: .mapping))])
    }

    // MARK: Booleans and years

    @Test(arguments: [
        ("true", true), ("false", false), ("yes", true), ("no", false), ("ya", true),
        ("tidak", false), ("True", true), ("TIDAK", false),
    ])
    func bool(_ written: String, _ value: Bool) {
        var f = fields("available: \(written)\n")
        #expect(f.bool("available") == Located(value, at: at(2, 12)))
        #expect(f.diagnostics.items.isEmpty)
    }

    @Test func badBool() {
        var f = fields("available: maybe\n")
        #expect(f.bool("available") == nil)
        #expect(f.diagnostics.items == [.error(at(2, 12), .notBoolean(key: "available", value: "maybe"))])
    }

    @Test(arguments: [
        ("2018", 2018 as Int?), ("1000", 1000), ("2999", 2999), ("18", nil), ("3000", nil),
        ("0999", nil), ("20l8", nil), ("2018.5", nil),
    ])
    func year(_ written: String, _ value: Int?) {
        var f = fields("since: \(written)\n")
        #expect(f.year("since")?.value == value)
        if value == nil {
            #expect(f.diagnostics.items == [.error(at(2, 8), .notAYear(key: "since", value: written))])
        } else {
            #expect(f.diagnostics.items.isEmpty)
        }
    }

    // MARK: Lists

    @Test func singleScalarIsAListOfOne() {
        var f = fields("motifs: Gorga\n")
        #expect(f.list("motifs") == [Located("Gorga", at: at(2, 9))])
        #expect(f.diagnostics.items.isEmpty)
    }

    @Test func flowListItemsKeepTheirPositions() {
        var f = fields("motifs: [Gorga, Mrico Bolong]\n")
        #expect(f.list("motifs") == [Located("Gorga", at: at(2, 10)), Located("Mrico Bolong", at: at(2, 17))])
    }

    @Test func blockListItemsKeepTheirPositions() {
        var f = fields("name: A\nphotos:\n  - kain-1.jpg\n  - kain 2.jpg\n")
        #expect(f.list("photos") == [Located("kain-1.jpg", at: at(4, 5)), Located("kain 2.jpg", at: at(5, 5))])
    }

    @Test func emptyAndNullItemsAreSkipped() {
        var f = fields("colors: [merah, \"\", ~, biru]\n")
        #expect(f.list("colors").map(\.value) == ["merah", "biru"])
        #expect(f.diagnostics.items.isEmpty)
    }

    @Test func missingOrEmptyListIsEmpty() {
        var f = fields("colors:\nmotifs: []\n")
        #expect(f.list("colors").isEmpty)
        #expect(f.list("motifs").isEmpty)
        #expect(f.list("photos").isEmpty)
        #expect(f.diagnostics.items.isEmpty)
    }

    @Test func nestedItemIsAnError() {
        var f = fields("colors: [merah, [biru]]\n")
        #expect(f.list("colors").map(\.value) == ["merah"])
        #expect(f.diagnostics.items == [.error(at(2, 17), .listItemNotText(key: "colors", found: .list))])
    }

    @Test func mappingWhereListIsExpected() {
        var f = fields("colors:\n  main: merah\n")
        #expect(f.list("colors").isEmpty)
        #expect(f.diagnostics.items == [.error(at(3, 3), .notAList(key: "colors", found: .mapping))])
    }

    // MARK: Unknown keys

    @Test func unknownKeySuggestsNearestKnownKey() {
        var f = fields("name: A\nprodcuer: sari-batik\n")
        _ = f.string("name")
        _ = f.string("producer")
        f.reportUnknownKeys()
        #expect(
            f.diagnostics.items == [
                .warning(at(3, 1), .unknownField(key: "prodcuer", suggestion: "producer", known: ["name", "producer"]))
            ])
        #expect(f.isValid)
    }

    @Test func unknownKeyWithoutNearMatchListsKnownKeys() {
        var f = fields("name: A\nwarna: merah\n")
        _ = f.string("name")
        _ = f.list("colors")
        f.reportUnknownKeys()
        #expect(
            f.diagnostics.items == [
                .warning(at(3, 1), .unknownField(key: "warna", suggestion: nil, known: ["name", "colors"]))
            ])
    }

    @Test func unknownKeysAreReportedInFileOrder() {
        var f = fields("zeta: 1\nname: A\nalpha: 2\n")
        _ = f.string("name")
        f.reportUnknownKeys()
        #expect(f.diagnostics.items.map(\.location) == [at(2, 1), at(4, 1)])
    }

    // MARK: Refused YAML

    @Test func anchorsAreRefused() {
        let f = fields("name: &n Batik\nmaterial: *n\n")
        #expect(!f.isValid)
        #expect(
            f.diagnostics.items == [
                .error(at(2, 7), .yamlAnchors)
            ])
    }

    @Test func anchorOnNestedNodeIsRefused() {
        let f = fields("name: A\ncolors:\n  - &c merah\n  - *c\n")
        #expect(f.diagnostics.items.map(\.location) == [at(4, 5)])
        #expect(!f.isValid)
    }

    @Test func duplicateKeys() {
        let f = fields("name: A\nprice: 1\nname: B\n")
        #expect(!f.isValid)
        #expect(f.diagnostics.items == [.error(at(4, 1), .duplicateKeys(["name"]))])
    }

    @Test func notAMapping() {
        let f = fields("- a\n- b\n")
        #expect(
            f.diagnostics.items == [
                .error(at(2, 1), .notAMapping(found: .list))
            ])
    }

    @Test func colonInValueGetsAHint() throws {
        let f = fields("name: A\nsize: Panjang: 2 m\n")
        #expect(!f.isValid)
        let diagnostic = try #require(f.diagnostics.items.first)
        #expect(f.diagnostics.items.count == 1)
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.message.hasPrefix("invalid YAML: mapping values are not allowed"))
        #expect(diagnostic.message.hasSuffix("; if a value contains ': ', put it in double quotes"))
    }

    @Test func tabIndentGetsAHint() throws {
        let f = fields("name: A\n\tprice: 1\n")
        let diagnostic = try #require(f.diagnostics.items.first)
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.message.hasSuffix("; indent with spaces, not tabs"))
    }

    @Test func valueStartingWithAtGetsAHint() throws {
        let f = fields("name: A\nowner: @sari\n")
        let diagnostic = try #require(f.diagnostics.items.first)
        #expect(f.diagnostics.items.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == at(3, 8))
        #expect(
            diagnostic.message
                == "invalid YAML: found character that cannot start any token (while scanning for the next token)"
                + "; indent with spaces, not tabs, and quote values that start with @ or `")
    }

    @Test func emptyFrontMatterIsAnEmptyMapping() {
        var f = fields("")
        #expect(f.isValid)
        #expect(f.string("name", required: true) == nil)
        #expect(f.diagnostics.items == [.error(at(1, 1), .missingField(key: "name"))])
    }
}
