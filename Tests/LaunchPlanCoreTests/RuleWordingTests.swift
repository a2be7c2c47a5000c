import Foundation
import Testing
@testable import LaunchPlanCore

/// Fixes name what exists: a role of this plan, a command the tool has.
@Suite("Wording of findings")
struct RuleWordingTests {
    @Test("the escalation fix names this plan's manager, else its owner")
    func escalationFixNamesARoleOfThePlan() throws {
        let lakeside = String(decoding: try fileBytes("playbooks/lakeside-story.yaml"), as: UTF8.self)
        for (from, to, named) in [("sales-manager", "gm", "gm"), ("  sales-manager: {kind: manager}\n", "", "owner")] {
            let text = lakeside.replacingOccurrences(of: from, with: to)
            let report = Validator().validate(PlaybookSource(path: "l.yaml", bytes: Array(text.utf8)))
            let finding = try #require(report.findings.first { $0.rule == .sharedAccountsWithoutEscalation })
            #expect(finding.fix == "Add `territory.escalation: {role: \(named), sla_days: 2}` (or whoever settles disputes).")
        }
    }

    @Test("the empty-file fix sends the user to nothing the tool lacks")
    func emptyFileFix() throws {
        let report = Validator().validate(PlaybookSource(path: "empty.yaml", bytes: []))
        let finding = try #require(report.findings.first)
        #expect(finding.rule == .schemaVersion)
        #expect(!finding.fix.contains("launchplan init"))
    }

    @Test("one typo, one finding: an escalation written wrong is not also reported missing")
    func escalationTypo() throws {
        let lakeside = String(decoding: try fileBytes("playbooks/lakeside-story.yaml"), as: UTF8.self)
        let text = lakeside.replacingOccurrences(of: "territory:\n", with: "territory:\n  escalation: {role: sales-manager, sla_days: 2 days}\n")
        let report = Validator().validate(PlaybookSource(path: "l.yaml", bytes: Array(text.utf8)))
        #expect(report.findings.filter { $0.rule == .schemaType }.count == 1)
        #expect(!report.findings.contains { $0.rule == .sharedAccountsWithoutEscalation })
        // Without the escalation at all, the rule fires as before.
        let without = Validator().validate(PlaybookSource(path: "l.yaml", bytes: Array(lakeside.utf8)))
        #expect(without.findings.contains { $0.rule == .sharedAccountsWithoutEscalation })
    }

    @Test("one typo, one finding: an objective missing its service is not also uncovered by quotas")
    func objectiveWithoutService() throws {
        let lakeside = String(decoding: try fileBytes("playbooks/lakeside-story.yaml"), as: UTF8.self)
        let text = lakeside.replacingOccurrences(of: "services: [managed-print]\nlaunch:", with: "services: [managed-print, managed-it]\nlaunch:")
            .replacingOccurrences(of: "quota: {metric: new-mrr, target: 12000, by_day: 90}", with: "quota: {metric: new-mrr, service: managed-print, target: 100, by_day: 90}")
        #expect(text != lakeside)
        let report = Validator().validate(PlaybookSource(path: "l.yaml", bytes: Array(text.utf8)))
        #expect(report.findings.contains { $0.rule == .schemaMissingKey && $0.location.keyPath.description == "objectives.mps-mrr" })
        #expect(!report.findings.contains { $0.rule == .quotaObjectiveGap })
    }
}
