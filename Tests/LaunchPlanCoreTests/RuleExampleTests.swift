import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanSupport
@testable import LaunchPlanFindings
@testable import LaunchPlanLoading
@testable import LaunchPlanModel
@testable import LaunchPlanPipeline
@testable import LaunchPlanRules
@testable import LaunchPlanSimulation
@testable import LaunchPlanValidation
@testable import LaunchPlanOutput

/// Every rule over its own examples: a triggering example is flagged exactly
/// at its `↓` marks, a passing one not at all, and neither has reading findings.
@Suite("Plan rules on their own examples")
struct RuleExampleTests {
    static let rules = Catalogue.planDescriptions

    static func description(_ id: String) throws -> RuleDescription {
        try #require(rules.first { $0.id.id == id })
    }

    @Test("triggering examples are flagged at their marks", arguments: rules.map(\.id.id))
    func triggering(id: String) throws {
        let description = try Self.description(id)
        #expect(!description.triggering.isEmpty)
        for example in description.triggering {
            let report = Validator().validate(PlaybookSource(path: "example.yaml", bytes: Array(example.text.utf8)))
            #expect(report.findings.filter(\.rule.isReading).isEmpty, "\(report.findings.map(\.message))")
            let found = report.findings.filter { $0.rule == description.id }
            #expect(found.map(\.location.mark) == example.marks, "\(id): \(found.map(\.message))\n\(example.text)")
            #expect(found.allSatisfy { !$0.message.isEmpty && !$0.fix.isEmpty && $0.severity == description.severity })
        }
    }

    @Test("passing examples are not flagged", arguments: rules.map(\.id.id))
    func passing(id: String) throws {
        let description = try Self.description(id)
        #expect(!description.passing.isEmpty)
        for example in description.passing {
            let report = Validator().validate(PlaybookSource(path: "example.yaml", bytes: Array(example.text.utf8)))
            #expect(report.findings.filter(\.rule.isReading).isEmpty, "\(report.findings.map(\.message))")
            #expect(report.findings.filter { $0.rule == description.id }.isEmpty, "\(id)\n\(example.text)")
        }
    }

    @Test("every rule has a distinct id, a summary, a rationale and a fix")
    func descriptions() {
        #expect(Set(Self.rules.map(\.id.id)).count == Self.rules.count)
        for rule in Self.rules {
            #expect(!rule.id.isReading && rule.kind == .plan)
            #expect(!rule.summary.isEmpty && rule.rationale.count > 80 && !rule.fix.isEmpty)
        }
    }
}

@Suite("Rule docs")
struct RuleDocsTests {
    @Test("docs/rules.md is what the rules' descriptions generate")
    func drift() throws {
        let checkedIn = String(decoding: try readFile("docs/rules.md"), as: UTF8.self)
        #expect(Catalogue.markdown() == checkedIn, "regenerate with `swift run launchplan rules --format markdown > docs/rules.md`")
    }

    @Test("the rules table lists every reading and plan rule once, with its severity")
    func table() {
        let lines = Catalogue.table().split(separator: "\n").dropFirst()
        #expect(lines.count == Catalogue.descriptions.count)
        #expect(Catalogue.descriptions.contains { $0.kind == .reading } && Catalogue.descriptions.contains { $0.kind == .plan })
        #expect(lines.contains { $0.hasPrefix("permission-without-sla") && $0.contains(" warning ") })
        #expect(lines.contains { $0.hasPrefix("team-not-briefed") && $0.contains(" error ") })
    }
}

@Suite("Explanations")
struct ExplanationTests {
    @Test("every plan rule explains itself with its triggering finding", arguments: Catalogue.planDescriptions.map(\.id.id))
    func explains(id: String) throws {
        let text = try #require(Explanation.text(for: id))
        #expect(text.contains("[\(id)]"), "the triggering example's finding is shown")
        #expect(text.contains("Does not trigger"))
    }

    @Test("every reading rule explains that it cannot be waived", arguments: Catalogue.descriptions.filter { $0.kind == .reading }.map(\.id.id))
    func explainsReading(id: String) throws {
        let text = try #require(Explanation.text(for: id))
        #expect(text.hasPrefix("\(id) (error; about reading the file, cannot be waived)"))
    }

    @Test("the model rules trace their findings on the lakeside story", arguments: [
        "hardware-clause-undermines-quota", "quota-unreachable", "checkpoint-unlikely",
    ])
    func traces(id: String) throws {
        let report = Validator().validate(PlaybookSource(path: "l.yaml", bytes: try readFile("playbooks/lakeside-story.yaml")))
        let text = Explanation.text(for: id, in: report)
        #expect(text.contains("calculation:"))
    }

    @Test("reading rules and unknown ids")
    func others() {
        #expect(Explanation.text(for: "yaml-syntax")?.contains("cannot be waived") == true)
        #expect(Explanation.text(for: "no-such-rule") == nil)
    }
}
