import Foundation
import Testing

/// `simulate` on playbooks from strangers: a plan within the format's limits
/// answers or is refused quickly, never runs away; bad run counts are usage errors.
@Suite("launchplan simulate: bounded time and memory")
struct SimulateBoundsTests {
    /// 380 specialist roles of 1,000 persons at 1,000 touches a day for 730
    /// days (about 60 KB, under the node limit): hundreds of millions of
    /// appointments a run.
    static func hostilePlan(roles: Int = 380) throws -> String {
        let names = (0..<roles).map { "s\($0)" }
        let text = """
            launchplan: 1
            dealership: {name: Hostile, services: [managed-print]}
            launch: {title: Many roles, start_date: 2027-01-04, horizon_days: 730}
            roles:
              owner: {kind: owner}
            \(names.map { "  \($0): {kind: specialist, headcount: 1000, services: [managed-print]}" }.joined(separator: "\n"))
            objectives:
              mrr: {metric: new-mrr, target: 12000, by_day: 730, owner: owner}
            compensation:
            \(names.prefix(20).map { "  \($0): {base_salary: 50000, quota: {metric: new-mrr, target: 12000, by_day: 700}, commissions: [{metric: new-mrr, multiple: 1}]}" }.joined(separator: "\n"))
            territory:
              segments:
                open-market: {kind: prospects}
              rules:
            \(names.map { "    - {role: \($0), segment: open-market, sells: [managed-print], access: open}" }.joined(separator: "\n"))
            milestones:
              - {id: d30, day: 30, owner: owner, expect: [{metric: appointments, target: 12}]}
            assumptions: {touches_per_day: 1000}

            """
        return try HostileInputTests.write(Array(text.utf8), name: "many-roles-\(roles).yaml")
    }

    @Test("a hostile plan with default options finishes in time or is refused with the estimate and the budget (exit 2)")
    func hostile() throws {
        let started = Date()
        let result = try CommandRunner.run(["simulate", try Self.hostilePlan()])
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 60, "a guard for debug builds on a busy machine; the release build is measured in the report")
        if result.status == 2 {
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.contains("random draws") && result.stderr.contains("over the budget of"), "\(result.stderr)")
        } else {
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test("--runs beyond the maximum, negative or zero is a one-line usage error", arguments: [
        ("9223372036854775807", "at most 1000000"), ("1000001", "at most 1000000"), ("-5", "must be positive"), ("0", "must be positive"),
    ])
    func runs(value: String, message: String) throws {
        let result = try CommandRunner.run(["simulate", "--runs", value, "playbooks/lakeside-story.yaml"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}

@Suite("simulate on paths that cannot be read")
struct SimulateUnreadableTests {
    @Test("a missing playbook or --compare file is one plain line on stderr, exit 2", arguments: [
        ["simulate", "no-such.yaml"], ["simulate", "--compare", "no-such.yaml", "playbooks/lakeside-story.yaml"],
    ])
    func missing(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "launchplan: error: cannot read 'no-such.yaml': no such file or directory\n", "\(result.stderr)")
    }
}
