import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanValidation

@Suite("The format's JSON Schema")
struct SchemaTests {
    @Test("schemas/playbook.schema.json is what the format description prints")
    func drift() throws {
        let checkedIn = String(decoding: try readFile("schemas/playbook.schema.json"), as: UTF8.self)
        #expect(PlaybookFormat.jsonSchema().rendered() == checkedIn,
                "regenerate with `swift run launchplan schema > schemas/playbook.schema.json`")
    }

    @Test("every property has a description")
    func descriptions() throws {
        var missing: [String] = []
        func walk(_ value: JSONValue, _ path: String) {
            guard case .object(let members) = value else {
                if case .array(let items) = value { for item in items { walk(item, path) } }
                return
            }
            for (key, member) in members {
                if key == "properties", case .object(let properties) = member {
                    for (name, property) in properties {
                        guard case .object(let fields) = property, fields.contains(where: { $0.0 == "description" }) else {
                            missing.append("\(path).\(name)")
                            continue
                        }
                    }
                }
                walk(member, "\(path).\(key)")
            }
        }
        walk(PlaybookFormat.jsonSchema(), "$")
        #expect(missing.isEmpty)
    }

    @Test("the schema declares draft-07 (what YAML language servers read), uses no newer keyword, and closes every object")
    func shape() throws {
        let text = PlaybookFormat.jsonSchema().rendered()
        #expect(text.contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\""))
        for newer in ["$defs", "prefixItems", "unevaluatedProperties", "unevaluatedItems", "dependentRequired", "dependentSchemas", "$anchor", "minContains", "maxContains"] {
            #expect(!text.contains("\"\(newer)\":"), "`\(newer)` is newer than draft-07")
        }
        #expect(text.contains("\"const\": 1"))
        // Every schema object with `properties` must also say `additionalProperties: false`.
        var open: [String] = []
        var closed = 0
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .object(let members):
                if members.contains(where: { $0.0 == "properties" }) {
                    if members.contains(where: { $0.0 == "additionalProperties" && $0.1 == .bool(false) }) { closed += 1 } else { open.append(path) }
                }
                for (key, member) in members { walk(member, path + "/" + key) }
            case .array(let items): for (i, item) in items.enumerated() { walk(item, path + "/\(i)") }
            default: break
            }
        }
        walk(PlaybookFormat.jsonSchema(), "#")
        #expect(open.isEmpty, "objects left open: \(open)")
        #expect(closed > 10)
    }

    @Test("defaults in the schema are the ones the format documents")
    func defaults() throws {
        let text = PlaybookFormat.jsonSchema().rendered()
        for fragment in ["\"default\": 40", "\"default\": \"auto\"", "\"default\": 0.5", "\"default\": \"USD\"", "\"default\": 90"] {
            #expect(text.contains(fragment))
        }
    }
}

@Suite("Reports and JSON")
struct ReportTests {
    func finding(_ severity: Severity, waived: Bool = false) -> Finding {
        var finding = Finding(rule: .permissionWithoutSLA, severity: severity, message: "m", at: .file, fix: "f")
        if waived { finding.waiver = "accepted" }
        return finding
    }

    @Test("the exit code follows --fail-on; waived findings never fail", arguments: [
        (Severity.warning, false, FailOn.error, Int32(0)), (.warning, false, .warning, 1), (.info, false, .warning, 0),
        (.info, false, .info, 1), (.error, false, .never, 0), (.error, false, .error, 1), (.error, true, .info, 0),
    ])
    func exitCode(severity: Severity, waived: Bool, failOn: FailOn, expected: Int32) {
        let report = Report(files: [FileReport(path: "p", findings: [finding(severity, waived: waived)], playbook: nil, source: [])])
        #expect(report.exitCode(failOn: failOn) == expected)
    }

    @Test("the summary counts by severity and waived apart")
    func summary() {
        let report = Report(files: [FileReport(path: "p", findings: [finding(.error), finding(.warning), finding(.warning, waived: true), finding(.info)],
                                               playbook: nil, source: [])])
        #expect(report.summary == Report.Summary(files: 1, errors: 1, warnings: 1, infos: 1, waived: 1))
        #expect(report.text(color: false).hasSuffix("1 file checked: 1 error, 1 warning, 1 info, 1 waived\nNot ready: 1 error to fix, most serious first: permission-without-sla (line 1); then 1 warning to review.\n"))
    }

    @Test("JSON strings are escaped and numbers printed exactly")
    func json() {
        let value = JSONValue.object([("s", .string("a\"b\\c\n\u{01}é")), ("n", .number(0.1)), ("w", .number(3)), ("i", .number(.infinity)), ("nan", .number(.nan))])
        #expect(value.rendered() == "{\n  \"s\": \"a\\\"b\\\\c\\n\\u0001é\",\n  \"n\": 0.1,\n  \"w\": 3,\n  \"i\": \"infinity\",\n  \"nan\": \"not a number\"\n}\n")
    }

    @Test("colour is ANSI only when asked for")
    func colour() {
        let report = Report(files: [FileReport(path: "p", findings: [finding(.error)], playbook: nil, source: [])])
        #expect(report.text(color: true).contains("\u{1B}[1;31merror"))
        #expect(!report.text(color: false).contains("\u{1B}"))
    }
}

@Suite("Escaping in the CI formats")
struct EscapingTests {
    @Test("SARIF URIs are relative to the working directory and percent-encoded")
    func uri() {
        #expect(Report.uri("/work/repo/plans/q1 plan.yaml", relativeTo: "/work/repo") == "plans/q1%20plan.yaml")
        #expect(Report.uri("./a/b.yaml", relativeTo: "/elsewhere") == "a/b.yaml")
        // Outside the working directory: an absolute file:// URI, not a bare path or a `../` reference.
        #expect(Report.uri("/etc/plans/q 1.yaml", relativeTo: "/work/repo") == "file:///etc/plans/q%201.yaml")
        #expect(Report.uri("../other/plan.yaml", relativeTo: "/work/repo") == "file:///work/other/plan.yaml")
        #expect(Report.uri("/work/repository/plan.yaml", relativeTo: "/work/repo") == "file:///work/repository/plan.yaml")
        #expect(Report.uri("plans/../plan.yaml", relativeTo: "/work/repo/") == "plan.yaml")
        #expect(Report.uri("/plan.yaml", relativeTo: "/") == "plan.yaml")
        #expect(Report.uri("plän#1.yaml", relativeTo: "/x") == "pl%C3%A4n%231.yaml")
    }

    @Test("workflow commands escape %, newlines, and : and , in properties")
    func github() {
        #expect(Report.data("50% done\nnext") == "50%25 done%0Anext")
        #expect(Report.property("a:b,c") == "a%3Ab%2Cc")
    }

    @Test("XML escapes markup and drops control characters")
    func xml() {
        #expect(Report.xml("<a & \"b\">\u{01}") == "&lt;a &amp; &quot;b&quot;&gt;\u{FFFD}")
    }
}
