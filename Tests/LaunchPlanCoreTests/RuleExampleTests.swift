import Foundation
import Testing
@testable import LaunchPlanCore

/// Every rule over its own examples: a triggering example is flagged exactly
/// at its `↓` marks, a passing one not at all, and neither has reading findings.
@Suite("Plan rules on their own examples")
struct RuleExampleTests {
    static let rules = Catalogue.planDescriptions

    static func description(_ id: String) throws -> RuleDescription {
        try #require(rules.first { $0.id.id == id })
    }

    /// Free variants of every example: the same plan must give the same
    /// findings at the same places (lines moved by what was added above, or
    /// by the flow mappings written out in block style).
    enum Variant: String, CaseIterable, CustomTestStringConvertible {
        case asWritten, crlf, multibyteCommentAbove, byteOrderMark, blockStyle

        var testDescription: String { rawValue }

        func apply(_ example: Example) -> (text: String, marks: [Mark]) {
            let (text, marks) = (example.text, example.marks)
            switch self {
            case .asWritten: return (text, marks)
            case .crlf: return (text.replacingOccurrences(of: "\n", with: "\r\n"), marks)
            case .multibyteCommentAbove:
                return ("# Plan für café Ünïcødé ✓ 計画 — reviewed\n" + text, marks.map { Mark(line: $0.line + 1, column: $0.column) })
            case .byteOrderMark: return ("\u{FEFF}" + text, marks)
            case .blockStyle:
                let block = Example(BlockStyle.rewrite(example.marked))
                return (block.text, block.marks)
            }
        }
    }

    /// Where an example was written, so a failing one points at itself.
    static func location(of example: Example) -> Testing.SourceLocation {
        let file = example.file.split(separator: "/").last.map(String.init) ?? "?"
        return Testing.SourceLocation(fileID: "LaunchPlanRules/\(file)", filePath: example.file, line: example.line, column: 1)
    }

    @Test("triggering examples are flagged at their marks", arguments: rules.map(\.id.id), Variant.allCases)
    func triggering(id: String, variant: Variant) throws {
        let description = try Self.description(id)
        #expect(!description.triggering.isEmpty)
        for example in description.triggering {
            let (text, marks) = variant.apply(example)
            let at = Self.location(of: example)
            let report = Validator().validate(PlaybookSource(path: "example.yaml", bytes: Array(text.utf8)))
            #expect(report.findings.filter(\.rule.isReading).isEmpty, "\(report.findings.map(\.message))", sourceLocation: at)
            let found = report.findings.filter { $0.rule == description.id }
            #expect(found.map(\.location.mark) == marks, "\(id) (\(variant)): \(found.map(\.message))\n\(text)", sourceLocation: at)
            #expect(found.allSatisfy { !$0.message.isEmpty && !$0.fix.isEmpty && $0.severity == description.severity }, sourceLocation: at)
        }
    }

    @Test("passing examples are not flagged", arguments: rules.map(\.id.id), Variant.allCases)
    func passing(id: String, variant: Variant) throws {
        let description = try Self.description(id)
        #expect(!description.passing.isEmpty)
        for example in description.passing {
            let (text, _) = variant.apply(example)
            let at = Self.location(of: example)
            let report = Validator().validate(PlaybookSource(path: "example.yaml", bytes: Array(text.utf8)))
            #expect(report.findings.filter(\.rule.isReading).isEmpty, "\(report.findings.map(\.message))", sourceLocation: at)
            #expect(report.findings.filter { $0.rule == description.id }.isEmpty, "\(id) (\(variant))\n\(text)", sourceLocation: at)
        }
    }

    @Test("the block-style variant writes every example's flow mappings out, marks and all")
    func blockStyle() throws {
        #expect(BlockStyle.rewrite("  - ↓{id: a, expect: [{metric: x, target: 1}], at: {day: 3}}") ==
                "  - ↓id: a\n    expect: [{metric: x, target: 1}]\n    at:\n      day: 3")
        #expect(BlockStyle.rewrite("roles:\n  owner: {kind: owner}\nx: [a, b]") == "roles:\n  owner:\n    kind: owner\nx: [a, b]")
        #expect(BlockStyle.rewrite("k: {a: 'x, {y}'}") == "k:\n  a: 'x, {y}'")
        for example in Self.rules.flatMap({ $0.triggering + $0.passing }) {
            let block = BlockStyle.rewrite(example.marked)
            #expect(!block.contains(": {") && !block.contains("- {"), "\(block)", sourceLocation: Self.location(of: example))
        }
    }

    @Test("an example records the file and line that wrote it")
    func examplesPointAtThemselves() throws {
        let example = try #require(try Self.description("quota-too-easy").triggering.first)
        #expect(example.file.hasSuffix("Rules/Conflicts/QuotaTooEasy.swift"))
        #expect(example.line > 1)
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

    @Test("docs/rules.md opens the plan rules with a table of every one, in the catalogue's order")
    func summaryTable() {
        let rows = Catalogue.markdown().split(separator: "\n").filter { $0.hasPrefix("| [`") }
        #expect(rows.map(String.init) == Catalogue.planDescriptions.map { "| [`\($0.id.id)`](#\($0.id.id)-\($0.severity.rawValue)) | \($0.severity.rawValue) | \($0.summary) |" })
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
