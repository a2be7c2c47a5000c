import Testing
@testable import LaunchPlanCore

@Suite("Loading YAML")
struct LoaderTests {
    @Test("every node keeps its 1-based line and column; a collection's mark is where it starts")
    func marks() throws {
        let marked = MarkedText("""
            ↓top:
              ↓key: ↓value
              ↓list:
                - ↓one
                - ↓{↓a: ↓1}
              flow: ↓[↓x, ↓y]

            """)
        let loaded = load(marked.text)
        #expect(loaded.findings.isEmpty)
        let root = try #require(loaded.root)
        let top = try #require(root["top"])
        let m = marked.marks
        #expect(root.mapping?[0].key.mark == m[0])
        #expect(top.mark == m[1])
        #expect(top.mapping?[0].key.mark == m[1])
        #expect(top["key"]?.mark == m[2])
        #expect(top.mapping?[1].key.mark == m[3])
        let list = try #require(top["list"]?.sequence)
        #expect(list[0].mark == m[4])
        #expect(list[1].mark == m[5])
        #expect(list[1].mapping?[0].key.mark == m[6])
        #expect(list[1]["a"]?.mark == m[7])
        #expect(top["flow"]?.mark == m[8])
        #expect(top["flow"]?.sequence?.map(\.mark) == [m[9], m[10]])
    }

    @Test("a duplicate key is reported at the second occurrence, with the first as related")
    func duplicateKey() throws {
        let marked = MarkedText("""
            roles:
              ↓owner: {kind: owner}
              ↓owner: {kind: manager}

            """)
        let loaded = load(marked.text)
        let finding = try #require(loaded.findings.first)
        #expect(loaded.findings.count == 1)
        #expect(finding.rule == .yamlDuplicateKey)
        #expect(finding.location.mark == marked.marks[1])
        #expect(finding.location.keyPath.description == "roles.owner")
        #expect(finding.related.map(\.location.mark) == [marked.marks[0]])
        #expect(loaded.root != nil, "a duplicate key does not stop reading")
    }

    @Test("aliases resolve to the anchored node, at the alias's position")
    func aliases() throws {
        let marked = MarkedText("""
            base: &rate {metric: new-mrr, multiple: 1.5}
            copy: ↓*rate

            """)
        let loaded = load(marked.text)
        #expect(loaded.findings.isEmpty)
        let copy = try #require(loaded.root?["copy"])
        #expect(copy.mark == marked.marks[0])
        #expect(copy["multiple"]?.scalar?.value == .float(1.5))
    }

    @Test("an alias to an anchor not yet complete (or never defined) is a syntax finding")
    func undefinedAlias() throws {
        let loaded = load("a: &x [1, *x]\n")
        #expect(loaded.root == nil)
        #expect(loaded.findings.map(\.rule) == [.yamlSyntax])
        #expect(load("a: *nothing\n").findings.map(\.rule) == [.yamlSyntax])
    }

    @Test("an alias bomb stops at the node limit, counting expanded nodes")
    func aliasBomb() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...20 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let loaded = load(lines.joined(separator: "\n"))
        #expect(loaded.root == nil)
        let finding = try #require(loaded.findings.first)
        #expect(finding.rule == .yamlLimits)
        #expect(finding.message.contains("10000 YAML nodes"))
        #expect(finding.location.mark.line == 4, "levels 0-2 hold 1,110 nodes; level 3 crosses 10,000")
    }

    @Test("nesting deeper than the limit is refused where it crosses the limit")
    func depth() throws {
        let deep = String(repeating: "[", count: 100_000)
        let loaded = load(deep)
        #expect(loaded.findings.map(\.rule) == [.yamlLimits])
        #expect(loaded.findings.first?.location.mark == Mark(line: 1, column: 65))
        let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(load(fine).findings.isEmpty)
    }

    @Test("a file over the size limit is refused before parsing")
    func size() throws {
        let limits = InputLimits(maxBytes: 100)
        let loaded = YAMLLoader(limits: limits).load(Array(repeating: 0x61, count: 101), byteCount: 50_000_000)
        #expect(loaded.findings.map(\.rule) == [.yamlLimits])
        #expect(loaded.findings.first?.message.contains("47.6 MiB") == true)
        #expect(loaded.findings.first?.location.mark == .start)
    }

    @Test("bytes that are not UTF-8 are refused with their position")
    func notUTF8() throws {
        let bytes: [UInt8] = Array("launchplan: 1\nname: ".utf8) + [0xC3, 0x28]
        let loaded = YAMLLoader().load(bytes)
        #expect(loaded.findings.map(\.rule) == [.yamlLimits])
        #expect(loaded.findings.first?.location.mark == Mark(line: 2, column: 7))
        let utf16: [UInt8] = [0xFF, 0xFE, 0x61, 0x00]
        #expect(YAMLLoader().load(utf16).findings.map(\.rule) == [.yamlLimits])
    }

    @Test("a second document is refused at its start")
    func documents() throws {
        let loaded = load("launchplan: 1\n---\nlaunchplan: 1\n")
        #expect(loaded.findings.map(\.rule) == [.yamlLimits])
        #expect(loaded.findings.first?.location.mark.line == 2)
        #expect(load("---\nlaunchplan: 1\n...\n").findings.isEmpty)
    }

    @Test("libyaml's errors become yaml-syntax findings in plain words at its position")
    func syntax() throws {
        let tab = load("launchplan: 1\ndealership:\n\tname: x\n")
        #expect(tab.findings.map(\.rule) == [.yamlSyntax])
        #expect(tab.findings.first?.location.mark == Mark(line: 3, column: 1))
        #expect(tab.findings.first?.message.contains("tab character") == true)
        let unclosed = load("services: [managed-print\nroles: {}\n")
        #expect(unclosed.findings.first?.message.contains("not closed with `]`") == true)
        let control = YAMLLoader().load(Array("a: 1".utf8) + [0x00])
        #expect(control.findings.first?.message.contains("control character") == true)
    }

    @Test("an unquoted key path inside a flow collection: the value named and quoted in the fix, not \"not closed\"", arguments: [
        ("waivers:\n  - {rule: permission-without-sla, at: territory.rules[1], reason: ok}\n", "territory.rules[1]", Mark(line: 2, column: 55)),
        ("x: [a, b.c[2]]\n", "b.c[2]", Mark(line: 1, column: 11)),
        ("x: {k: a{b}}\n", "a{b}", Mark(line: 1, column: 9)),
    ])
    func bracketInFlowValue(text: String, value: String, at: Mark) throws {
        let finding = try #require(load(text).findings.first)
        #expect(finding.rule == .yamlSyntax && finding.location.mark == at)
        #expect(finding.message.contains("the unquoted value `\(value)` contains"), "\(finding.message)")
        #expect(finding.fix == "Quote the value: `\"\(value)\"` (a key path with `[n]` always needs quotes there).")
        #expect(!finding.message.contains("is not closed"))
    }

    @Test("a byte-order mark is ignored and CRLF reads like LF")
    func bomAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("launchplan: 1\r\nname: x\r\n".utf8)
        let loaded = YAMLLoader().load(bytes)
        #expect(loaded.findings.isEmpty)
        #expect(loaded.root?["launchplan"]?.scalar?.value == .int(1))
        #expect(loaded.root?["name"]?.mark == Mark(line: 2, column: 7))
    }

    @Test("an empty file or one with only comments has no root and no finding from the loader")
    func empty() {
        for text in ["", "   \n\n", "# only a comment\n"] {
            let loaded = load(text)
            #expect(loaded.root == nil)
            #expect(loaded.findings.isEmpty)
        }
    }
}

@Suite("YAML 1.2 core schema")
struct CoreSchemaTests {
    @Test("YAML 1.1 booleans stay strings and are known as the trap they are",
          arguments: ["yes", "no", "on", "off", "Yes", "NO", "y", "n"])
    func yaml11Booleans(word: String) {
        let scalar = YAMLScalar(plain: word)
        #expect(scalar.value == .string(word))
        #expect(scalar.yaml11Boolean != nil)
        #expect(YAMLScalar(quoted: word).yaml11Boolean == nil)
    }

    @Test("plain scalars resolve as the 1.2 core schema says", arguments: [
        ("true", YAMLScalar.Value.bool(true)), ("False", .bool(false)),
        ("~", .null), ("null", .null), ("", .null),
        ("010", .int(10)), ("0o10", .int(8)), ("0x1F", .int(31)), ("-0", .int(0)), ("+12", .int(12)),
        ("1.5", .float(1.5)), ("1e3", .float(1000)), (".5", .float(0.5)), ("1e400", .float(.infinity)),
        ("-.inf", .float(-.infinity)),
        ("1:30", .string("1:30")), ("2027-01-04", .string("2027-01-04")), ("1_000", .string("1_000")),
        ("0b101", .string("0b101")), ("12%", .string("12%")), ("on", .string("on")),
        ("99999999999999999999", .float(1e20)),
    ])
    func resolution(text: String, value: YAMLScalar.Value) {
        #expect(YAMLScalar(plain: text).value == value)
    }

    @Test(".nan resolves to a float that is not a number")
    func nan() {
        guard case .float(let value) = YAMLScalar(plain: ".nan").value else {
            Issue.record("not a float")
            return
        }
        #expect(value.isNaN)
    }

    @Test("quoted scalars and !!str are strings whatever they look like")
    func quoted() throws {
        let root = try #require(load("a: '12'\nb: \"true\"\nc: !!str 12\n").root)
        #expect(root["a"]?.scalar?.value == .string("12"))
        #expect(root["b"]?.scalar?.value == .string("true"))
        #expect(root["c"]?.scalar?.value == .string("12"))
    }
}

@Suite("Positions and reading, from review")
struct ReviewRegressionTests {
    @Test("a control character is reported where it is, not at 1:1")
    func controlCharacterPosition() {
        let loaded = YAMLLoader().load(Array("a: 1\nb: 2\nc: ".utf8) + [0x01])
        #expect(loaded.findings.first?.location.mark == Mark(line: 3, column: 4))
    }

    @Test("invalid UTF-8 after CR-only line endings is placed on its line")
    func crOnlyUTF8() {
        let loaded = YAMLLoader().load(Array("a: 1\rb: 2\rc: ".utf8) + [0xFF])
        #expect(loaded.findings.first?.location.mark == Mark(line: 3, column: 4))
    }

    @Test("an unclosed quote is reported where the quote opens")
    func unclosedQuote() {
        let loaded = load("name: \"Lakeside\nb: 1\n")
        #expect(loaded.findings.first?.location.mark == Mark(line: 1, column: 7))
        #expect(loaded.findings.first?.message.contains("never closed") == true)
    }

    @Test("a syntax error is the only finding, even after duplicate keys")
    func syntaxAlone() {
        #expect(load("a: 1\na: 2\nb: [\n").findings.map(\.rule) == [.yamlSyntax])
    }

    @Test("a tab is named only when the error is at a tab, also after multibyte text and a BOM")
    func tabOnlyAtTab() {
        let loaded = YAMLLoader().load([0xEF, 0xBB, 0xBF] + Array("t: \"ééé\"\nx: @\n".utf8))
        #expect(loaded.findings.first?.message.contains("tab") == false)
    }

    @Test("core tags decide the type when the text fits", arguments: [
        ("!!int \"6\"", YAMLScalar.Value.int(6)), ("!!float 6", .float(6)), ("!!str 6", .string("6")),
        ("!!bool \"true\"", .bool(true)), ("!!int abc", .string("abc")), ("!custom 6", .int(6)),
    ])
    func tags(yaml: String, value: YAMLScalar.Value) throws {
        let root = try #require(load("v: \(yaml)\n").root)
        #expect(root["v"]?.scalar?.value == value)
    }
}
