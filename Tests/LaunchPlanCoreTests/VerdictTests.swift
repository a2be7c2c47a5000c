import Foundation
import Testing
@testable import LaunchPlanCore

/// The text output's last line: the verdict, most serious problem first.
@Suite("Verdict line")
struct VerdictTests {
    static func report(_ text: String, path: String = "l.yaml") -> Report {
        Report(files: [Validator().validate(PlaybookSource(path: path, bytes: Array(text.utf8)))])
    }

    static let lakeside = (try? String(decoding: fileBytes("playbooks/lakeside-story.yaml"), as: UTF8.self)) ?? ""

    @Test("errors first, in the catalogue's order, one entry per rule with its lines; the warnings counted after")
    func errorsFirst() throws {
        #expect(!Self.lakeside.isEmpty)
        let report = Self.report(Self.lakeside)
        let ranked = report.mostSeriousFirst.map(\.finding)
        #expect(ranked.first?.rule == .hardwareClauseUnderminesQuota)
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.severity >= $1.severity })
        #expect(report.verdictLine() == "Not ready: 4 errors to fix, most serious first: hardware-clause-undermines-quota (line 32), quota-penalty-without-access (line 33), shared-accounts-without-escalation (line 40), team-not-briefed (line 22); then 8 warnings to review.")
        #expect(report.text(color: false).hasSuffix("0 infos\n" + (report.verdictLine() ?? "") + "\n"))
        #expect(report.verdictLine(limit: 2)?.contains("quota-penalty-without-access (line 33), and 2 more; then") == true)
    }

    @Test("a reading error outranks every plan rule; warnings alone are to review; the same rule's lines are gathered")
    func readingAndWarnings() throws {
        let typo = Self.report(Self.lakeside.replacingOccurrences(of: "headcount: 6", with: "headcount: six"))
        #expect(typo.mostSeriousFirst.first?.finding.rule == .schemaType)
        #expect(typo.verdictLine()?.contains("most serious first: schema-type (line 23), hardware-clause-undermines-quota") == true)
        let good = String(decoding: try fileBytes("playbooks/northwind-good.yaml"), as: UTF8.self)
        #expect(Self.report(good).verdictLine() == nil, "a clean plan: the summary says it all")
        // A checkpoint the model doubts: warnings only, gathered per rule.
        let doubtful = good.replacingOccurrences(of: "{metric: agreements, target: 6}", with: "{metric: agreements, target: 600}")
        let line = try #require(Self.report(doubtful).verdictLine())
        #expect(line == "No errors; 1 warning to review, most serious first: checkpoint-unlikely (line 119).")
    }

    @Test("waived findings are not in the verdict; several files are named by path")
    func waivedAndFiles() throws {
        let waived = Report(files: [Validator().validate(PlaybookSource(path: "w.yaml", bytes: try fileBytes("Tests/Fixtures/waived.yaml")))])
        #expect(!(waived.verdictLine() ?? "").contains("(waived)"))
        let both = Report(files: [Self.report(Self.lakeside, path: "a.yaml").files[0], Self.report(Self.lakeside, path: "b.yaml").files[0]])
        #expect(both.verdictLine()?.contains("hardware-clause-undermines-quota (a.yaml:32, b.yaml:32)") == true)
    }
}
