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
}
