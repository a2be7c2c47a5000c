import Foundation
import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanValidation

@Suite("Waivers, rule levels and the project config")
struct WaiverTests {
    static let lakeside: String = {
        (try? readFile("playbooks/lakeside-story.yaml")).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }()

    func check(_ waivers: String, policy: WaiverPolicy = WaiverPolicy(), settings: RuleSettings = RuleSettings()) -> FileReport {
        let text = Self.lakeside + "waivers:\n" + waivers
        return Validator(settings: settings, waiverPolicy: policy).validate(PlaybookSource(path: "l.yaml", bytes: Array(text.utf8)))
    }

    @Test("a waiver accepts the findings of its rule at its key path or below, with its reason")
    func waived() throws {
        let report = check("  - {rule: permission-without-sla, at: territory.rules, reason: SLA agreed verbally with the reps}\n")
        let finding = try #require(report.findings.first { $0.rule == .permissionWithoutSLA })
        #expect(finding.waiver == "SLA agreed verbally with the reps")
        #expect(!report.findings.contains { $0.rule == .waiverUnused })
        #expect(Report(files: [report]).summary.waived == 1)
    }

    @Test("a waiver whose `at` is elsewhere matches nothing and is reported unused")
    func elsewhere() throws {
        let marked = MarkedText(Self.lakeside + "waivers:\n  - ↓{rule: permission-without-sla, at: compensation, reason: x}\n")
        let report = Validator().validate(PlaybookSource(path: "l.yaml", bytes: Array(marked.text.utf8)))
        let unused = report.findings.filter { $0.rule == .waiverUnused }
        #expect(unused.map(\.location.mark) == marked.marks)
        #expect(report.findings.first { $0.rule == .permissionWithoutSLA }?.isWaived == false)
    }

    @Test("a waiver of a reading rule is unused: those cannot be waived")
    func readingRule() throws {
        let report = check("  - {rule: yaml-syntax, reason: x}\n")
        #expect(report.findings.first { $0.rule == .waiverUnused }?.message.contains("cannot be waived") == true)
    }

    @Test("a waiver past its until_day is not honoured, and the finding says so")
    func expired() throws {
        let waiver = "  - {rule: permission-without-sla, reason: x, until_day: 30}\n"
        let early = check(waiver, policy: WaiverPolicy(today: CalendarDate("2027-02-03")))
        #expect(early.findings.first { $0.rule == .permissionWithoutSLA }?.isWaived == true, "2027-02-03 is day 30")
        let late = check(waiver, policy: WaiverPolicy(today: CalendarDate("2027-02-04")))
        let finding = try #require(late.findings.first { $0.rule == .permissionWithoutSLA })
        #expect(!finding.isWaived)
        #expect(finding.message.hasSuffix("(its waiver expired on day 30; today is day 31)"))
    }

    @Test("--ignore-waivers reports waived findings as active, without calling the waiver unused")
    func ignore() {
        let report = check("  - {rule: permission-without-sla, reason: x}\n", policy: WaiverPolicy(ignoreWaivers: true))
        #expect(report.findings.first { $0.rule == .permissionWithoutSLA }?.isWaived == false)
        #expect(!report.findings.contains { $0.rule == .waiverUnused })
    }

    @Test("rule levels: off drops a rule's findings, a level changes their severity")
    func levels() throws {
        var settings = RuleSettings()
        try settings.set(assignment: "permission-without-sla=off")
        try settings.set(assignment: "quota-unreachable=error")
        let report = check("", settings: settings)
        #expect(!report.findings.contains { $0.rule == .permissionWithoutSLA })
        #expect(report.findings.first { $0.rule == .quotaUnreachable }?.severity == .error)
    }

    @Test("rule levels refuse unknown rules (with did you mean), reading rules and bad levels")
    func refused() {
        var settings = RuleSettings()
        #expect(throws: RuleSettings.Problem(message: "unknown rule `permision-without-sla`; did you mean `permission-without-sla`?")) {
            try settings.set(assignment: "permision-without-sla=off")
        }
        #expect(throws: RuleSettings.Problem.self) { try settings.set(assignment: "yaml-syntax=off") }
        #expect(throws: RuleSettings.Problem.self) { try settings.set(assignment: "quota-too-easy=loud") }
        #expect(throws: RuleSettings.Problem.self) { try settings.set(assignment: "quota-too-easy") }
    }

    @Test("the config file sets levels; its mistakes carry file, line and column")
    func config() throws {
        let settings = try RuleSettings.config(Array("rules:\n  quota-too-easy: error\n  permission-without-sla: off\n".utf8), path: ".launchplan.yml")
        #expect(settings.levels == ["quota-too-easy": .error, "permission-without-sla": .off])
        #expect(throws: RuleSettings.Problem(message: ".launchplan.yml:2:3: unknown rule `quota-to-easy`; did you mean `quota-too-easy`?")) {
            try RuleSettings.config(Array("rules:\n  quota-to-easy: error\n".utf8), path: ".launchplan.yml")
        }
        #expect(throws: RuleSettings.Problem.self) { try RuleSettings.config(Array("rulez: {}\n".utf8), path: "c") }
        var commandLine = RuleSettings()
        try commandLine.set("quota-too-easy", "info")
        #expect(settings.overridden(by: commandLine).levels["quota-too-easy"] == .info)
    }

    @Test("a waiver with until_day in a plan without start_date fails closed: the finding stays active and says why")
    func undatable() throws {
        let undated = Self.lakeside.replacingOccurrences(of: "  start_date: 2027-01-04\n", with: "")
        #expect(undated != Self.lakeside)
        let text = undated + "waivers:\n  - {rule: permission-without-sla, reason: x, until_day: 30}\n"
        let report = Validator(waiverPolicy: WaiverPolicy(today: CalendarDate("2027-01-05")))
            .validate(PlaybookSource(path: "l.yaml", bytes: Array(text.utf8)))
        let finding = try #require(report.findings.first { $0.rule == .permissionWithoutSLA })
        #expect(!finding.isWaived)
        #expect(finding.message.contains("no `launch.start_date`"))
        #expect(finding.related.contains { $0.note.contains("cannot be dated") })
        #expect(!report.findings.contains { $0.rule == .waiverUnused })
        // Without until_day the same waiver holds.
        let plain = Validator().validate(PlaybookSource(path: "l.yaml", bytes: Array((undated + "waivers:\n  - {rule: permission-without-sla, reason: x}\n").utf8)))
        #expect(plain.findings.first { $0.rule == .permissionWithoutSLA }?.isWaived == true)
    }

    @Test("a second waiver covering a finding already waived is used, not unused")
    func secondWaiver() throws {
        let report = check("""
              - {rule: permission-without-sla, reason: first}
              - {rule: permission-without-sla, at: territory.rules, reason: second}

            """)
        #expect(report.findings.first { $0.rule == .permissionWithoutSLA }?.waiver == "first")
        #expect(!report.findings.contains { $0.rule == .waiverUnused })
    }

    @Test("an expired first waiver gives way to a later one that still holds")
    func laterWaiverHolds() throws {
        let report = check("""
              - {rule: permission-without-sla, reason: old, until_day: 10}
              - {rule: permission-without-sla, reason: renewed, until_day: 60}

            """, policy: WaiverPolicy(today: CalendarDate("2027-02-03")))
        #expect(report.findings.first { $0.rule == .permissionWithoutSLA }?.waiver == "renewed")
        #expect(!report.findings.contains { $0.rule == .waiverUnused })
    }

    @Test("a misspelt rule in a waiver is one finding: unknown-reference with did you mean, not also waiver-unused")
    func misspeltRule() throws {
        let marked = MarkedText(Self.lakeside + "waivers:\n  - {rule: ↓permision-without-sla, reason: x}\n")
        let report = Validator().validate(PlaybookSource(path: "l.yaml", bytes: Array(marked.text.utf8)))
        let about = report.findings.filter { $0.rule == .unknownReference || $0.rule == .waiverUnused }
        #expect(about.map(\.rule) == [.unknownReference])
        #expect(about.map(\.location.mark) == marked.marks)
        #expect(about.first?.message.hasSuffix("did you mean `permission-without-sla`?") == true)
    }
}
