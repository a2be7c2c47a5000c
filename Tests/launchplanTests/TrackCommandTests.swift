import Foundation
import Testing

/// `launchplan track` as a user runs it: formats, threads, the report's
/// section, and the playbooks it cannot track.
@Suite("track command")
struct TrackCommandTests {
    static let northwind = "playbooks/northwind-day60.yaml"

    /// A playbook written to a temporary file.
    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("track-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func lakeside(_ actuals: String) throws -> String {
        try file(String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("playbooks/lakeside-story.yaml"), encoding: .utf8) + "actuals:\n" + actuals)
    }

    @Test("text and Markdown of the northwind review match their golden files")
    func golden() throws {
        for (format, name) in [("text", "track-northwind-day60.text"), ("markdown", "track-northwind-day60.md")] {
            let result = try CommandRunner.run(["track", Self.northwind, "--runs", "2000", "--format", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            try CommandRunner.expectGolden(result.stdout, name)
        }
    }

    @Test("track --format json: every field documented, every documented field printed")
    func json() throws {
        let result = try CommandRunner.run(["track", Self.northwind, "--runs", "1000", "--format", "json"])
        #expect(result.status == 0)
        let printed = try OutputDocsTests.paths(ofJSON: result.stdout)
        let documented = try OutputDocsTests.documented("track")
        #expect(printed.subtracting(documented).isEmpty, "undocumented: \(printed.subtracting(documented).sorted())")
        #expect(documented.subtracting(printed).isEmpty, "documented, never printed: \(documented.subtracting(printed).sorted())")
    }

    @Test("the same output with one thread as with all")
    func threads() throws {
        let one = try CommandRunner.run(["track", Self.northwind, "--runs", "3000", "--threads", "1"])
        let all = try CommandRunner.run(["track", Self.northwind, "--runs", "3000"])
        #expect(one.status == 0 && !one.stdout.isEmpty && one.stdout == all.stdout)
    }

    @Test("the owner's report of a playbook with actuals has the review after its verdict")
    func report() throws {
        let result = try CommandRunner.run(["report", Self.northwind, "--runs", "1000", "--format", "markdown", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("## At the day-60 review: no error in the plan"), "the verdict names the review, not the hire")
        let review = try #require(result.stdout.range(of: "## Since the launch: what the reviews say (to day 60)"))
        let numbers = try #require(result.stdout.range(of: "## What the plan can expect"))
        #expect(review.lowerBound < numbers.lowerBound)
        #expect(result.stdout.contains("## What the actuals say of the uncertain assumptions"))
        let plain = try CommandRunner.run(["report", "playbooks/northwind-uncertain.yaml", "--runs", "1000", "--format", "markdown", "-o", "-"])
        #expect(!plain.stdout.contains("Since the launch"), "no actuals, no review")
    }

    @Test("no actuals, or an actual the model cannot track: exit 2 with one line naming the place")
    func untrackable() throws {
        let none = try CommandRunner.run(["track", "playbooks/lakeside-story.yaml"])
        #expect(none.status == 2 && none.stdout.isEmpty)
        #expect(none.stderr.contains("the playbook records no actuals"), "\(none.stderr)")
        let unsold = try Self.file("""
            launchplan: 1
            dealership: {name: Two, services: [managed-print, managed-it]}
            roles: {owner: {kind: owner}, rep: {kind: specialist, services: [managed-print]}}
            objectives: {mrr: {metric: new-mrr, service: managed-print, target: 900, by_day: 90, owner: owner}}
            territory:
              segments: {market: {kind: prospects}}
              rules: [{role: rep, segment: market, sells: [managed-print], access: open}]
            milestones: [{id: day-30, day: 30, owner: owner, expect: [{metric: appointments, service: managed-print, target: 2}]}]
            actuals:
              - {day: 30, metric: appointments, service: managed-it, value: 1}

            """)
        let result = try CommandRunner.run(["track", unsold])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(unsold):10:5: the actual `actuals[0]` cannot be tracked: no role builds pipeline for `managed-it`"), "\(result.stderr)")
    }

    @Test("actuals no run can produce (a proposal on day 1, with a 30-day minimum cycle): exit 1, said so")
    func impossible() throws {
        let path = try Self.lakeside("""
              - {day: 1, metric: appointments, value: 1}
              - {day: 1, metric: assessments, value: 1}
              - {day: 1, metric: proposals, value: 1}

            """)
        let result = try CommandRunner.run(["track", path, "--runs", "500"])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(result.stderr.contains("matched the actuals: they are outside what the plan"), "\(result.stderr)")
        // Appointments before the specialist's first day: no appointment to draw them from.
        let early = try Self.file(try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("playbooks/lakeside-story.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "status: to-hire, start_day: 0,", with: "status: to-hire, start_day: 45,")
            + "actuals:\n  - {day: 30, metric: appointments, value: 2}\n")
        let before = try CommandRunner.run(["track", early, "--runs", "500"])
        #expect(before.status == 1 && before.stderr.contains("matched the actuals: they are outside what the plan"), "\(before.status) \(before.stderr)")
    }

    @Test("a billion recorded appointments is refused by the budget before anything runs: track and report exit 2 at once")
    func budget() throws {
        let path = try Self.lakeside("  - {day: 30, metric: appointments, value: 1000000000}\n")
        for command in [["track", path], ["report", path, "-o", "-"]] {
            let started = ContinuousClock.now
            let result = try CommandRunner.run(command, timeout: 30)
            #expect(result.status == 2 && result.stdout.isEmpty, "\(command[0]): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("\(command[0]): this simulation needs about"), "\(result.stderr)")
            #expect(ContinuousClock.now - started < .seconds(10))
        }
    }

    /// Northwind's day-60 plan without its actuals, with others.
    static func northwind(_ actuals: String) throws -> String {
        let text = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent(northwind), encoding: .utf8)
        return try file(String(text[..<text.range(of: "actuals:\n")!.lowerBound]) + "actuals:\n" + actuals)
    }

    @Test("appointments recorded on the horizon's last day (no permission wait: the seller's days end there) are tracked")
    func lastDay() throws {
        let path = try Self.northwind("  - {day: 180, metric: appointments, value: 100}\n")
        let result = try CommandRunner.run(["track", path, "--runs", "200"])
        #expect(result.status == 0, "\(result.status) \(result.stderr)")
    }

    @Test("hundreds of reviews are budgeted: track refuses at once, validate stays within its own budget")
    func manyReviews() throws {
        let actuals = (1...180).map { "  - {day: \($0), metric: appointments, value: 0}\n" }.joined()
        let path = try Self.northwind(actuals)
        for command in [["track", path], ["validate", path]] {
            let started = ContinuousClock.now
            let result = try CommandRunner.run(command, timeout: 60)
            #expect(ContinuousClock.now - started < .seconds(20), "\(command[0]) took \(ContinuousClock.now - started)")
            #expect(command[0] == "validate" ? result.status == 0 : result.status == 2 && result.stderr.contains("track: this simulation needs about"),
                    "\(command[0]): \(result.status) \(result.stderr)")
        }
    }

    @Test("a playbook that cannot be read: its findings on stderr, exit 1")
    func unreadable() throws {
        let path = try Self.lakeside("  - {day: 500, metric: appointments, value: 1}\n")
        let result = try CommandRunner.run(["track", path])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(result.stderr.contains("schema-type"), "\(result.stderr)")
    }
}
