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

    @Test("a service nobody may sell: one error naming what depends on it, a fix that writes the rule, no unrelated checkpoint fix")
    func serviceWithoutSeller() throws {
        let lakeside = String(decoding: try fileBytes("playbooks/lakeside-story.yaml"), as: UTF8.self)
        let text = lakeside.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("{role: mps-specialist, segment:") }.joined(separator: "\n")
        let report = Validator().validate(PlaybookSource(path: "l.yaml", bytes: Array(text.utf8)))
        let found = report.findings.filter { $0.rule == .serviceWithoutSeller }
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.severity == .error && finding.location.keyPath.description == "objectives.mps-mrr")
        #expect(finding.message.contains("objective `mps-mrr`, the quota of `mps-specialist` and checkpoints `day-30`, `day-60` and `day-90`"))
        #expect(finding.fix.hasPrefix("Add a territory rule letting `mps-specialist` sell `managed-print` in `installed-base`"))
        #expect(finding.fix.contains("`- {role: mps-specialist, segment: installed-base, sells: [managed-print], access: notify}`."))
        #expect(!report.findings.contains { $0.rule == .checkpointBeforeFirstClose }, "the checkpoints are this finding's, not a cycle problem")
        // The rule as the fix writes it makes the finding go away.
        let fixed = text.replacingOccurrences(of: "  rules:\n", with: "  rules:\n    - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: notify}\n")
        let after = Validator().validate(PlaybookSource(path: "l.yaml", bytes: Array(fixed.utf8)))
        #expect(after.findings.filter(\.rule.isReading).isEmpty)
        #expect(!after.findings.contains { $0.rule == .serviceWithoutSeller })
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
