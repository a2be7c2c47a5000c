import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanSimulation
@testable import LaunchPlanModel

/// `track`: the projection conditioned on the actuals, held to brute-force
/// rejection sampling, and the lakeside story at its first review.
@Suite("Tracking actuals")
struct TrackerTests {
    static func plan(_ text: String) throws -> Playbook {
        let report = Validator().read(PlaybookSource(path: "test.yaml", bytes: Array(text.utf8)))
        #expect(report.findings.filter { $0.severity == .error }.isEmpty, "\(report.findings.map(\.message))")
        return try #require(report.playbook)
    }

    /// A small plan: one specialist on cold outreach, a few appointments a month, one uncertain rate.
    static let small = """
        launchplan: 1
        dealership: {name: Small, services: [managed-print]}
        roles:
          owner: {kind: owner}
          rep: {kind: specialist}
        objectives:
          two-deals: {metric: agreements, target: 2, by_day: 90, owner: owner}
        compensation:
          rep:
            base_salary: 50000
            quota: {metric: new-mrr, target: 1500, by_day: 90}
            commissions: [{metric: new-mrr, multiple: 1}]
            performance_adjustment: {review_day: 60, below_attainment_percent: 50, base_salary_change_percent: -10}
        territory:
          segments: {market: {kind: prospects}}
          rules: [{role: rep, segment: market, sells: [managed-print], access: open}]
        milestones:
          - {id: day-60, day: 60, owner: rep, expect: [{metric: proposals, target: 2}]}
        assumptions:
          touches_per_day: 20
          funnel: {prospects: {conversation_percent: 10, appointment_percent: {low: 5, likely: 10, high: 20}}}
          cycle_days: {min: 20, likely: 40, max: 70}

        """

    /// What the conditioned runs say, and what the runs that happen to match the actuals say.
    struct Numbers {
        var objective: Double
        var checkpoint: Double
        var quota: Double
        var cut: Double
        var rate: Double
        var count: Double
    }

    static func conditioned(_ plan: Playbook, runs: Int) throws -> Numbers {
        let tracker = try Tracker(plan)
        let tracking = tracker.track(runs: runs, seed: 7)
        let c = tracking.conditioned
        return Numbers(objective: try #require(c.objectives[0].estimate.probability), checkpoint: try #require(c.checkpoints[0].expectations[0].estimate.probability),
                       quota: try #require(c.roles[0].quotaAttainment.probability), cut: try #require(c.roles[0].adjustmentProbability),
                       rate: try #require(tracking.posteriors.first?.estimate.mean), count: tracking.effectiveRuns)
    }

    static func rejection(_ plan: Playbook, runs: Int) throws -> Numbers {
        let tracker = try Tracker(plan)
        let sim = tracker.simulator
        var kept = 0.0
        var hits = (objective: 0.0, checkpoint: 0.0, quota: 0.0, cut: 0.0, rate: 0.0)
        let objective = sim.outlineQueries - 1, checkpoint = 0
        for block in 0..<Simulator.blockCount(runs: runs) {
            let result = sim.runBlock(block, runs: runs, seed: 11)
            for run in 0..<result.runs where zip(plan.actuals, tracker.slots).allSatisfy({ result.queryValues[$1][run] == $0.value.value }) {
                kept += 1
                if Query.reaches(result.queryValues[objective][run], sim.queries[objective].target) { hits.objective += 1 }
                if Query.reaches(result.queryValues[checkpoint][run], sim.queries[checkpoint].target) { hits.checkpoint += 1 }
                if Query.reaches(result.attainment[0][run], 1) { hits.quota += 1 }
                if result.adjusted[0][run] { hits.cut += 1 }
                hits.rate += result.assumptionDraws[0][run]
            }
        }
        return Numbers(objective: hits.objective / kept, checkpoint: hits.checkpoint / kept, quota: hits.quota / kept, cut: hits.cut / kept,
                       rate: hits.rate / kept, count: kept)
    }

    @Test("conditioned probabilities match rejection sampling within Monte Carlo error", .disabled(if: SanitizerRun.isOn, SanitizerRun.reason))
    func matchesRejection() throws {
        let plan = try Self.plan(Self.small + """
            actuals:
              - {day: 20, metric: appointments, value: 2}
              - {day: 45, metric: appointments, value: 5}
              - {day: 45, metric: proposals, value: 0}

            """)
        let tracked = try Self.conditioned(plan, runs: 20_000)
        let brute = try Self.rejection(plan, runs: 150_000)
        for (name, a, b) in [("objective", tracked.objective, brute.objective), ("checkpoint", tracked.checkpoint, brute.checkpoint),
                             ("quota", tracked.quota, brute.quota), ("cut", tracked.cut, brute.cut)] {
            let error = (a * (1 - a) / tracked.count + b * (1 - b) / brute.count).squareRoot()
            #expect(abs(a - b) <= 4 * error + 0.005, "\(name): track \(a), rejection \(b), standard error \(error)")
        }
        #expect(abs(tracked.rate - brute.rate) < 0.4, "posterior mean of the appointment rate: track \(tracked.rate), rejection \(brute.rate)")
        #expect(brute.count > 1000)
    }

    @Test("lakeside at day 30: a handful of appointments and no proposals put the objective and the quota out of reach and the cut near certain")
    func lakesideDay30() throws {
        let text = String(decoding: try readFile("playbooks/lakeside-story.yaml"), as: UTF8.self) + """
            actuals:
              - {day: 30, metric: appointments, value: 3}
              - {day: 30, metric: proposals, value: 0}

            """
        let plan = try Self.plan(text)
        let tracking = try Tracker(plan).track(runs: 10_000, seed: 1)
        let chances = tracking.chances
        let objective = try #require(chances.first { $0.kind == .objective && $0.id == "mps-mrr" })
        let quota = try #require(chances.first { $0.kind == .quota && $0.id == "mps-specialist" })
        let cut = try #require(chances.first { $0.kind == .salaryCut && $0.id == "mps-specialist" })
        #expect(objective.outlook == .outOfReach && quota.outlook == .outOfReach, "\(objective.conditioned) \(quota.conditioned)")
        #expect(cut.outlook == .nearCertain, "\(cut.conditioned)")
        #expect(!objective.isPast && !quota.isPast && !cut.isPast, "decided at day 30 already, before their day")
        // The appointments were recorded: given them, the day-30 checkpoint's count is what was recorded.
        let checkpoint = try #require(chances.first { $0.kind == .checkpoint && $0.id == "day-30" })
        #expect(checkpoint.isPast && checkpoint.conditioned.mean == 3 && checkpoint.conditioned.probability == 0)
        #expect(tracking.summary.contains { $0.hasPrefix("The salary cut of mps-specialist at day 90 is near certain") })
        #expect(tracking.effectiveRuns > 5000, "a handful of appointments is likely under the plan: the weights stay even")
    }
}

/// `off-track` in `validate`: each actual below the plan's band, and the actuals it cannot judge.
@Suite("off-track")
struct OffTrackTests {
    @Test("below p10 is a warning at the value, with the band and the share of runs as low; on track is silent")
    func band() throws {
        let report = validate(String(decoding: try readFile("playbooks/northwind-day60.yaml"), as: UTF8.self))
        let found = report.findings.filter { $0.rule == .offTrack }
        #expect(found.map(\.severity) == [.warning, .warning, .warning, .warning])
        #expect(found.map(\.location.keyPath.description) == ["actuals[1].value", "actuals[3].value", "actuals[4].value", "actuals[6].value"])
        #expect(found[0].message == "the dealership's appointments by day 30 are 13, below the plan's 10th percentile of 14 for that day (p10-p50-p90 14-20-26); 8.1 % of the plan's runs are this low")
        #expect(found[3].message.hasPrefix("the dealership's pipeline-mrr by day 60 is 2,900, below the plan's 10th percentile of 3,199"))
    }

    @Test("an actual the model cannot judge is said so: too large for validate's budget, or a stream no role sells")
    func cannotJudge() throws {
        let plan = try TrackerTests.plan(String(decoding: try readFile("playbooks/northwind-day60.yaml"), as: UTF8.self))
        let refused = OffTrack.check(plan, budget: SimulationBudget(draws: 1000, bytes: 1e9))
        #expect(refused.count == 1 && refused[0].message.hasPrefix("the actuals are not judged here: the plan's band would take about"))
        #expect(refused[0].location.keyPath.description == "actuals[0]")
        var unsold = plan
        unsold.roles.removeAll { $0.kind == .specialist }
        let none = OffTrack.check(unsold)
        #expect(none.count == 1 && none[0].message.contains("cannot be tracked: no role builds pipeline for `managed-print`"), "\(none.map(\.message))")
    }
}
