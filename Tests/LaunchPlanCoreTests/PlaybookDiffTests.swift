import Foundation
import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanOutput

@Suite("diff: the verdict, Markdown and JSON")
struct PlaybookDiffTests {
    static func diff(_ baseFile: String, _ headFile: String, head replacing: (String, String)? = nil, runs: Int = 2000) throws -> PlaybookDiff {
        var headText = String(decoding: try readFile(headFile), as: UTF8.self)
        if let (old, new) = replacing { headText = headText.replacingOccurrences(of: old, with: new) }
        let base = Validator().validate(PlaybookSource(path: baseFile, bytes: try readFile(baseFile)))
        let head = Validator().validate(PlaybookSource(path: headFile, bytes: Array(headText.utf8)))
        var change: ProjectionChange?
        if PlaybookDiff.isSimulable(base), PlaybookDiff.isSimulable(head), let b = base.playbook, let h = head.playbook {
            change = ProjectionChangeTests.change(b, h, runs: runs)
        }
        return PlaybookDiff(base: base, head: head, projection: change)
    }

    @Test("--fail-on introduced: 1 when the head adds an active error, 0 when it only resolves one")
    func failOnIntroduced() throws {
        let adding = try Self.diff("Tests/Fixtures/lakeside-without-hardware-clause.yaml", "playbooks/lakeside-story.yaml")
        #expect(adding.exitCode(failOn: [.introduced]) == 1)
        #expect(adding.exitCode(failOn: []) == 0, "no --fail-on: the diff is information")
        let removing = try Self.diff("playbooks/lakeside-story.yaml", "Tests/Fixtures/lakeside-without-hardware-clause.yaml")
        #expect(removing.exitCode(failOn: [.introduced, .worse]) == 0)
    }

    @Test("--fail-on worse: 1 when the primary objective's chance drops beyond noise, 0 for the same plan")
    func failOnWorse() throws {
        let worse = try Self.diff("playbooks/northwind-good.yaml", "playbooks/northwind-good.yaml", head: ("introductions_per_month: 0.5", "introductions_per_month: 0"))
        #expect(worse.primaryObjectiveWorse)
        #expect(worse.exitCode(failOn: [.worse]) == 1)
        #expect(worse.exitCode(failOn: [.introduced]) == 0)
        let same = try Self.diff("playbooks/northwind-good.yaml", "playbooks/northwind-good.yaml")
        #expect(same.exitCode(failOn: [.worse]) == 0)
    }

    @Test("a head with a YAML error: its reading finding is introduced, nothing is simulated, and the Markdown says why")
    func unreadableHead() throws {
        let diff = try Self.diff("playbooks/lakeside-story.yaml", "playbooks/lakeside-story.yaml", head: ("launchplan: 1\n", "launchplan: [1\n"))
        #expect(diff.projection == nil)
        #expect(diff.findings.introduced.contains { $0.rule == .yamlSyntax })
        #expect(diff.exitCode(failOn: [.introduced]) == 1)
        #expect(diff.markdown().contains("No simulation: the head cannot be read as a playbook"))
        #expect(diff.json().rendered().contains("\"simulation\": null"))
    }

    @Test("JSON: the documented keys, findings in validate's shape, each change with its standard error and verdict")
    func json() throws {
        let diff = try Self.diff("playbooks/lakeside-story.yaml", "Tests/Fixtures/lakeside-smaller-hardware-clause.yaml")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(diff.json().rendered().utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["tool", "base", "head", "findings", "simulation", "introduces_error", "primary_objective_worse"])
        let findings = try #require(object["findings"] as? [String: [[String: Any]]])
        #expect(Set(findings.keys) == ["introduced", "resolved", "changed", "unchanged"])
        let changed = try #require(findings["changed"]?.first { $0["rule"] as? String == "hardware-clause-undermines-quota" })
        #expect((changed["numbers"] as? [[String: String]])?.first == ["base": "8 %", "head": "2 %"])
        #expect((changed["head"] as? [String: Any])?["line"] as? Int == 33)
        let simulation = try #require(object["simulation"] as? [String: Any])
        #expect(simulation["runs"] as? Int == 2000)
        let objective = try #require((simulation["objectives"] as? [[String: Any]])?.first)
        #expect(objective["objective"] as? String == "mps-mrr" && objective["primary"] as? Bool == true)
        let mean = try #require(objective["mean"] as? [String: Any])
        #expect(Set(mean.keys) == ["base", "head", "change", "standard_error", "real", "direction"])
        #expect(mean["real"] as? Bool == true && mean["direction"] as? String == "up")
        let role = try #require((simulation["roles"] as? [[String: Any]])?.first)
        #expect(Set(role.keys) == ["role", "pay_p50", "adjustment_probability"])
    }

    @Test("Markdown: what comes from a playbook or a path cannot break the table, inject HTML or mention anyone")
    func escaping() {
        #expect(PlaybookDiff.escaped("a|b <script>@team") == "a\\|b &lt;script&gt;&#64;team")
        #expect(PlaybookDiff.code("x`y") == "`xˋy`")
    }

    @Test("Markdown: a changed finding names the numbers that moved; a change within noise is never better or worse")
    func markdown() throws {
        let text = try Self.diff("playbooks/lakeside-story.yaml", "Tests/Fixtures/lakeside-smaller-hardware-clause.yaml").markdown()
        #expect(text.contains("| changed | error | `hardware-clause-undermines-quota` | `compensation.mps-specialist.commissions[1]`, line 33 | 8 % → 2 %, 77 % → 46 %"))
        let same = try Self.diff("playbooks/northwind-good.yaml", "Tests/Fixtures/../../playbooks/northwind-good.yaml").markdown()
        #expect(same.contains("no chance or expected value changes beyond noise"))
        #expect(!same.contains("**better**") && !same.contains("**worse**"))
        #expect(same.contains("**Findings:** none in either version."))
        let referrals = try Self.diff("playbooks/northwind-good.yaml", "playbooks/northwind-good.yaml",
                                      head: ("referrals_per_month: 1\n", "referrals_per_month: 1.2\n"), runs: 10_000).markdown()
        #expect(referrals.contains("the chance of objective `pipeline-by-90` rises from 98.02 % to 98.24 % (beyond noise)"),
                "a real change never reads as 98 % to 98 %")
    }
}
