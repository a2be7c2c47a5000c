import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import LaunchPlanCore

/// Playbooks written to break the tool: every number of the format at its
/// bounds and beyond, strings that try to steer a terminal or inject a CI
/// annotation, and inputs that used to take minutes.
@Suite("Untrusted playbooks")
struct UntrustedInputTests {
    static let fixture = (try? fileBytes("Tests/Fixtures/every-number.yaml")).map { String(decoding: $0, as: UTF8.self) } ?? ""

    /// A numeric key of the format, as a pattern over key paths (`*` for a map
    /// entry, `[]` for a list item), with its shape.
    struct NumericKey: Sendable, CustomStringConvertible {
        var pattern: String
        var shape: Shape
        var description: String { pattern }
    }

    /// Every numeric key the format declares, derived from the format itself:
    /// a key added to the format is tested without touching this file.
    static let numericKeys: [NumericKey] = formatProperties().filter { $0.property.shape.isNumeric }.map {
        NumericKey(pattern: $0.path, shape: $0.property.shape)
    }

    /// Where each numeric scalar of the fixture stands: its pattern, line, column and length.
    static func numericScalars(in text: String) -> [(pattern: String, mark: Mark, length: Int)] {
        let document = YAMLLoader().load(Array(text.utf8))
        var found: [(String, Mark, Int)] = []
        func walk(_ node: YAMLNode, _ path: String) {
            switch node.content {
            case .scalar(let scalar):
                if numericKeys.contains(where: { $0.pattern == path }) { found.append((path, node.mark, scalar.text.utf8.count)) }
            case .sequence(let items): for item in items { walk(item, path + "[]") }
            case .mapping(let pairs):
                for pair in pairs {
                    let key = pair.key.scalar?.text ?? ""
                    let isMapEntry = ["roles", "objectives", "compensation", "segments"].contains(path.split(separator: ".").last.map(String.init) ?? "")
                    walk(pair.value, path.isEmpty ? key : path + "." + (isMapEntry ? "*" : key))
                }
            }
        }
        if let root = document.root { walk(root, "") }
        return found
    }

    /// The text with the scalar at `mark` (of `length` bytes) replaced.
    static func replacing(_ text: String, at mark: Mark, length: Int, with value: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var line = Array(lines[mark.line - 1].utf8)
        line.replaceSubrange((mark.column - 1)..<(mark.column - 1 + length), with: Array(value.utf8))
        lines[mark.line - 1] = String(decoding: line, as: UTF8.self)
        return lines.joined(separator: "\n")
    }

    /// A key's bounds, just past them, and the values that broke conversions before.
    static func awkwardValues(for shape: Shape) -> [String] {
        var values = ["1e-300", "1e300", "-1e300", "-0", "-0.0", "0", "0.5", "9223372036854775807", "1e25"]
        switch shape {
        case .integer(let min, let max): values += ["\(min)", "\(max)", "\(min - 1)", "\(max + 1)"]
        case .number(let range):
            if let low = range.minimum { values += [String(low), String(low - 1), String(low / 2)] }
            if let high = range.maximum { values += [String(high), String(high + 1), String(high * 2)] }
        default: values += ["90", "91", "auto"]
        }
        return values
    }

    @Test("the fixture holds every numeric key of the format")
    func fixtureCoversTheFormat() {
        let present = Set(Self.numericScalars(in: Self.fixture).map(\.pattern))
        let missing = Self.numericKeys.map(\.pattern).filter { !present.contains($0) }
        #expect(!Self.numericKeys.isEmpty)
        #expect(missing.isEmpty, "add these keys to Tests/Fixtures/every-number.yaml: \(missing)")
    }

    @Test("every numeric key at its bounds and awkward values: every command and format answers, no number is non-finite",
          arguments: numericKeys)
    func extremes(key: NumericKey) throws {
        let places = Self.numericScalars(in: Self.fixture).filter { $0.pattern == key.pattern }
        try #require(!places.isEmpty)
        for place in places {
            for value in Self.awkwardValues(for: key.shape) {
                var text = Self.replacing(Self.fixture, at: place.mark, length: place.length, with: value)
                // The actuals (last in the fixture) make `validate` simulate their band: kept only for their own keys.
                if !key.pattern.hasPrefix("actuals"), let start = text.range(of: "\nactuals:\n") { text = String(text[..<start.lowerBound]) + "\n" }
                try Self.everyOutput(of: text, what: "\(key.pattern) = \(value)")
            }
        }
    }

    /// Runs validate in every format, the expected projection, every trace and
    /// a short simulation in every format over `text`, and checks each output.
    static func everyOutput(of text: String, what: String) throws {
        let file = Validator(waiverPolicy: WaiverPolicy(today: CalendarDate("2027-02-01")))
            .validate(PlaybookSource(path: "every-number.yaml", bytes: Array(text.utf8)))
        let report = Report(files: [file])
        var outputs = [report.text(color: false), report.text(color: true), report.sarif(relativeTo: "/work").rendered(), report.github(), report.junit()]
        let json = report.json().rendered()
        outputs.append(json)
        try Self.expectJSON(json, what)
        try Self.expectXML(report.junit(), what)
        for finding in file.findings where !finding.rule.isReading {
            outputs.append(Explanation.text(for: finding.rule.id, in: file))
        }
        if let plan = file.playbook {
            let expected = Projection.expected(plan)
            outputs += [expected.text(), expected.csvRows(plan: "p"), expected.json().rendered()]
            let simulated = SimulationSet(plan, sensitivity: false).runSerially(runs: 3, seed: 1)
            outputs += [simulated.text(), simulated.csvRows(plan: "p"), simulated.json().rendered()]
            try Self.expectJSON(simulated.json().rendered(), what)
        }
        for output in outputs {
            #expect(!output.contains("not a number") && !output.contains("infinity") && !output.contains(/\b-?(nan|inf)\b/),
                    "\(what): a non-finite number was printed")
        }
    }

    static func expectJSON(_ text: String, _ what: String) throws {
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(what): JSON does not parse")
    }

    static func expectXML(_ text: String, _ what: String) throws {
        let parser = XMLParser(data: Data(text.utf8))
        #expect(parser.parse(), "\(what): JUnit XML is not well-formed: \(String(describing: parser.parserError))")
    }

    /// Every scalar that steers a terminal or breaks a format, in one string.
    static let hostile: String = {
        var scalars = String.UnicodeScalarView()
        for value in Array(0x01..<0x20) + Array(0x7F...0x9F) + [0x2028, 0x2029, 0x202E, 0x2066, 0xFFFE, 0xFFFF] {
            if let scalar = Unicode.Scalar(UInt32(value)) { scalars.append(scalar) }
        }
        return "x\u{1B}[2J\r\n::error file=app.js,line=1::owned" + String(scalars)
    }()

    /// The hostile string, written as a YAML double-quoted scalar.
    static var hostileYAML: String {
        "\"" + Self.hostile.unicodeScalars.map { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value >= 0x2028
                ? "\\U" + String(repeating: "0", count: 8 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                : scalar == "\"" || scalar == "\\" ? "\\" + String(scalar) : String(scalar)
        }.joined() + "\""
    }

    /// A report whose messages, fixes, waiver reasons and path carry the hostile string.
    static func hostileReport() -> Report {
        let text = Self.fixture
            .replacingOccurrences(of: "  touches_per_day: 40", with: "  \(Self.hostileYAML): 40")
            .replacingOccurrences(of: "reason: We accept a stretch quota for the first quarter.", with: "reason: \(Self.hostileYAML)")
            .replacingOccurrences(of: "rule: quota-unreachable,", with: "rule: hardware-clause-undermines-quota,")
        let file = Validator().validate(PlaybookSource(path: "plans/\u{1B}]0;title\u{07}\n::error::x.yaml", bytes: Array(text.utf8)))
        return Report(files: [file])
    }

    @Test("the hostile report does carry the hostile strings into findings")
    func hostileReportIsHostile() {
        let file = Self.hostileReport().files[0]
        #expect(file.findings.contains { $0.rule == .schemaUnknownKey && $0.message.contains("\u{1B}") })
        #expect(file.findings.contains { $0.waiver?.contains("\u{1B}") == true })
    }

    @Test("text output shows no control character, line separator or bidi override from the file or its path")
    func textIsDisplaySafe() {
        let report = Self.hostileReport()
        for output in [report.text(color: false), Explanation.text(for: "schema-unknown-key", in: report.files[0])] {
            let bad = output.unicodeScalars.filter { $0 != "\n" && $0 != "\t" && !$0.isDisplaySafe }
            #expect(bad.isEmpty, "unsafe scalars: \(bad.map { String($0.value, radix: 16) })")
        }
        // With colour on, the only escapes are our own SGR sequences.
        let coloured = report.text(color: true)
        #expect(!coloured.contains("\u{1B}[2J") && !coloured.contains("\u{1B}]0;"))
    }

    @Test("GitHub output is one workflow command per finding, whatever the strings hold")
    func githubCannotBeInjected() {
        let report = Self.hostileReport()
        let lines = report.github().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == report.files[0].findings.count)
        for line in lines {
            #expect(line.hasPrefix("::error file=") || line.hasPrefix("::warning file=") || line.hasPrefix("::notice file="), "\(line)")
            #expect(!line.contains("\r") && !line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" })
        }
        // Escaping is by scalar: a CRLF becomes %0D%0A, not a line break.
        #expect(Report.data("a\r\nb") == "a%0D%0Ab")
        #expect(Report.property("a:b,c\r\n") == "a%3Ab%2Cc%0D%0A")
    }

    @Test("JUnit and SARIF stay well-formed with every control and non-character", arguments: ["junit", "sarif", "json"])
    func wellFormed(format: String) throws {
        let report = Self.hostileReport()
        switch format {
        case "junit": try Self.expectXML(report.junit(), format)
        case "sarif": try Self.expectJSON(report.sarif(relativeTo: "/work").rendered(), format)
        default: try Self.expectJSON(report.json().rendered(), format)
        }
    }

    @Test("did-you-mean between two 40,000-letter ids is bounded")
    func longIDs() {
        let long = String(repeating: "a", count: 40_000)
        let started = ContinuousClock.now
        #expect(Suggestion.closest(to: long + "b", among: [long + "c", long]) == nil)
        let text = Self.fixture.replacingOccurrences(of: "  reps: {kind: account-rep", with: "  \(long)x: {kind: account-rep")
            .replacingOccurrences(of: "owner: reps}", with: "owner: \(long)y}")
        _ = Validator().validate(PlaybookSource(path: "long.yaml", bytes: Array(text.utf8)))
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test("the banded edit distance agrees with the full one on short words")
    func bandedDistance() {
        #expect(Suggestion.closest(to: "base_salray", among: ["base_salary", "bonus"]) == "base_salary")
        #expect(Suggestion.closest(to: "hedcount", among: ["headcount", "heads"]) == "headcount")
        #expect(Suggestion.closest(to: "ab", among: ["xyz"]) == nil)
        let words = ["kitten", "sitting", "saturday", "sunday", "flaw", "lawn", "abc", "acb", "ca", "abcd"]
        for a in words {
            for b in words {
                let full = Self.fullDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
                let banded = Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), atMost: 2)
                #expect(banded == (full <= 2 ? full : nil), "\(a) ~ \(b): \(full) vs \(String(describing: banded))")
            }
        }
    }

    /// The textbook optimal-string-alignment distance, for comparison.
    static func fullDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }

    @Test("an alias of a long scalar is charged by the text it expands to")
    func aliasOfLongScalar() {
        let long = String(repeating: "m", count: 1 << 20)
        let text = "launchplan: 1\nanchor: &big \(long)\nrefs: [" + Array(repeating: "*big", count: 20).joined(separator: ", ") + "]\n"
        let started = ContinuousClock.now
        let report = Validator().validate(PlaybookSource(path: "alias.yaml", bytes: Array(text.utf8)))
        #expect(report.findings.map(\.rule) == [.yamlLimits])
        #expect(report.findings.first?.message.contains("once aliases are expanded") == true)
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test("text output of a one-line file with thousands of findings is linear")
    func oneLongLine() {
        let keys = (0..<4_900).map { "k\($0)" + String(repeating: "x", count: 700) + ": 1" }.joined(separator: ", ")
        let text = "{launchplan: 1, " + keys + "}\n"
        #expect(text.utf8.count > 3_000_000)
        let file = Validator().validate(PlaybookSource(path: "line.yaml", bytes: Array(text.utf8)))
        #expect(file.findings.count > 4_000)
        let started = ContinuousClock.now
        let output = Report(files: [file]).text(color: false)
        #expect(ContinuousClock.now - started < .seconds(10))
        // The window around the last finding still shows its own key.
        #expect(output.contains("k4899xxx"))
    }
}
