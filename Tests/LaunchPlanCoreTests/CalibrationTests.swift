import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanSimulation
@testable import LaunchPlanModel

/// `calibrate`: the Brier score and the reliability table by hand, the rule
/// that decides an outcome from the actuals, the funnel's ratios against the
/// expectation model, and when an assumption is called consistently off.
@Suite("Calibration")
struct CalibrationTests {
    static func plan(_ text: String) throws -> Playbook {
        let report = Validator().read(PlaybookSource(path: "test.yaml", bytes: Array(text.utf8)))
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        return try #require(report.playbook)
    }

    static func forecast(_ probability: Double, _ outcome: Calibration.Outcome?) -> Calibration.Forecast {
        Calibration.Forecast(kind: .checkpoint, id: "day-30", metric: .appointments, service: nil, day: 30, target: 10, probability: probability, outcome: outcome)
    }

    @Test("the Brier score and the reliability table of six forecasts, by hand; an undecided one is counted apart")
    func brierAndReliability() throws {
        let forecasts = [Self.forecast(0.9, .happened), Self.forecast(0.8, .missed), Self.forecast(0.15, .missed),
                         Self.forecast(0.3, .happened), Self.forecast(1, .happened), Self.forecast(0.6, nil)]
        let score = Calibration.score(forecasts)
        // (0.1² + 0.8² + 0.15² + 0.7² + 0²) / 5
        #expect(abs(try #require(score.brier) - 1.1625 / 5) < 1e-12)
        #expect(score.decided == 5 && score.undecided == 1)
        let bands = Calibration.reliability(forecasts)
        // 0.3 falls in 30-40 % (not 20-30 % by rounding), 1.0 in the last band; empty bands are left out.
        #expect(bands.map(\.forecasts) == [1, 1, 1, 2])
        #expect(bands.map { Int(($0.lower * 100).rounded()) } == [10, 30, 80, 90])
        #expect(bands.map(\.happened) == [0, 1, 0, 1])
        #expect(abs(bands[3].meanForecast - 0.95) < 1e-12)
        #expect(Calibration.score([Self.forecast(0.5, nil)]) == Calibration.Score(brier: nil, decided: 0, undecided: 1))
    }

    @Test("an outcome: reached on or before the day happened, short on or after it did not, anything else undecided")
    func outcomeRule() {
        func outcome(_ recorded: [(day: Int, value: Double)]) -> Calibration.Outcome? {
            Calibration.outcome(target: 10, day: 60, recorded: recorded)
        }
        #expect(outcome([(30, 12)]) == .happened, "before the day and already at the target: counts never fall")
        #expect(outcome([(60, 10)]) == .happened)
        #expect(outcome([(90, 8)]) == .missed, "after the day and still short: it was short on the day")
        #expect(outcome([(60, 9)]) == .missed)
        #expect(outcome([(30, 5)]) == nil, "short before the day: it could still get there")
        #expect(outcome([(90, 15)]) == nil, "reached after the day: perhaps too late")
        #expect(outcome([]) == nil)
        #expect(outcome([(30, 5), (90, 8)]) == .missed)
        #expect(outcome([(30, 5), (45, 11)]) == .happened)
        // Money is reached by the simulator's own test, which forgives rounding.
        #expect(Calibration.outcome(target: 12_000, day: 90, recorded: [(90, 12_000 * (1 - 1e-12))]) == .happened)
    }

    @Test("the geometric mean, the range and the consistently-off rule: three launches, one side, beyond 15 %")
    func consistentlyOff() throws {
        let off = try #require(Calibration.summary(.appointmentsPerTouch, [0.5, 0.8, 0.72]))
        #expect(abs(off.geometricMean - 0.288.cubeRoot) < 1e-12)
        #expect(off.lowest == 0.5 && off.highest == 0.8 && off.launches == 3 && off.isConsistentlyOff)
        #expect(try #require(Calibration.summary(.mrrPerAgreement, [1.2, 1.3, 1.25])).isConsistentlyOff, "above the plan counts too")
        #expect(!(try #require(Calibration.summary(.appointmentsPerTouch, [0.5, 0.5]))).isConsistentlyOff, "two launches are too few")
        #expect(!(try #require(Calibration.summary(.appointmentsPerTouch, [0.5, 0.6, 1.1]))).isConsistentlyOff, "not all on one side")
        #expect(!(try #require(Calibration.summary(.appointmentsPerTouch, [0.9, 0.88, 0.95]))).isConsistentlyOff, "within 15 %")
        #expect(abs(try #require(Calibration.summary(.touchesPerDay, [0.5, 2])).geometricMean - 1) < 1e-12, "0.5x and 2x average to 1x")
        #expect(Calibration.summary(.touchesPerDay, []) == nil)
    }

    /// One specialist, prospects only, actuals for the dealership.
    static let small = """
        launchplan: 1
        dealership: {name: Small, services: [managed-print, managed-it]}
        launch: {title: Small, horizon_days: 150}
        roles:
          owner: {kind: owner}
          rep: {kind: specialist}
          team: {kind: specialist, headcount: 2, services: [managed-it]}
        objectives:
          proposals: {metric: proposals, service: managed-print, target: 3, by_day: 90, owner: owner}
        compensation:
          rep:
            base_salary: 50000
            quota: {metric: agreements, service: managed-print, target: 1, by_day: 120}
          team:
            base_salary: 50000
            quota: {metric: agreements, service: managed-it, target: 1, by_day: 120}
        territory:
          segments: {market: {kind: prospects}}
          rules:
            - {role: rep, segment: market, sells: [managed-print], access: open}
            - {role: team, segment: market, sells: [managed-it], access: open}
        milestones:
          - {id: day-30, day: 30, owner: rep, expect: [{metric: appointments, service: managed-print, target: 4}]}
          - {id: day-60, day: 60, owner: rep, expect: [{metric: appointments, service: managed-print, target: 40}]}
        assumptions:
          touches_per_day: 20

        """

    static func launch(_ actuals: String, runs: Int = 200) throws -> Calibration.Launch {
        let simulator = Simulator(try plan(small + "actuals:\n" + actuals))
        let blocks = (0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: 1) }
        return Calibration.Launch(path: "small.yaml", simulator: simulator, blocks: blocks, seed: 1)
    }

    @Test("the forecasts of a launch: checkpoints, objectives and quotas with the plan's chances; a role's stream decides what only that role sells")
    func forecasts() throws {
        let launch = try Self.launch("""
              - {day: 30, metric: appointments, service: managed-print, role: rep, value: 9}
              - {day: 120, metric: agreements, service: managed-it, role: team, value: 3}

            """)
        #expect(launch.forecasts.map(\.kind) == [.checkpoint, .checkpoint, .objective, .quota, .quota])
        #expect(launch.forecasts.map(\.id) == ["day-30", "day-60", "proposals", "rep", "team"])
        // The rep is the only seller of managed print: its stream is the dealership's.
        #expect(launch.forecasts[0].outcome == .happened)
        #expect(launch.forecasts[1].outcome == nil, "9 by day 30 is short of 40, but day 60 may still get there")
        #expect(launch.forecasts[2].outcome == nil && launch.forecasts[3].outcome == nil, "nothing recorded of proposals or of the rep's agreements")
        // A quota is one person's; the team of two recorded together says nothing of either.
        #expect(launch.forecasts[4].outcome == nil)
        // The same plan without actuals, as `simulate` runs it.
        let simulator = Simulator(try Self.plan(Self.small))
        let projection = simulator.projection([simulator.runBlock(0, runs: 200, seed: 1)], seed: 1)
        #expect(launch.forecasts[0].probability == projection.checkpoints[0].expectations[0].estimate.probability, "the chance is simulate's")
        #expect(launch.forecasts[3].probability > 0 && launch.forecasts[3].probability < 1)
    }

    @Test("a quota decided by the dealership's stream when its role is the only seller, of one person")
    func quotaFromTheDealership() throws {
        let launch = try Self.launch("  - {day: 120, metric: agreements, service: managed-print, value: 0}\n")
        #expect(launch.forecasts.first { $0.kind == .quota && $0.id == "rep" }?.outcome == .missed)
    }

    @Test("the funnel's ratios: actual over the expectation model's at the latest day both were recorded; none booked reads as half a meeting")
    func ratios() throws {
        let launch = try Self.launch("""
              - {day: 30, metric: touches, service: managed-print, value: 300}
              - {day: 30, metric: appointments, service: managed-print, value: 2}
              - {day: 60, metric: touches, service: managed-print, value: 700}
              - {day: 90, metric: appointments, service: managed-print, value: 9}
              - {day: 90, metric: assessments, service: managed-print, value: 0}

            """)
        let model = ExpectationModel(try Self.plan(Self.small))
        let touches = try #require(launch.ratios.first { $0.assumption == .touchesPerDay })
        #expect(touches.day == 60 && touches.actual == 700)
        #expect(abs(touches.planned - model.dealership(.touches, service: ServiceID("managed-print"), byDay: 60)) < 1e-9)
        let perTouch = try #require(launch.ratios.first { $0.assumption == .appointmentsPerTouch })
        #expect(perTouch.day == 30, "day 30 is the latest day with both touches and appointments")
        let expected = model.dealership(.appointments, service: ServiceID("managed-print"), byDay: 30) / model.dealership(.touches, service: ServiceID("managed-print"), byDay: 30)
        #expect(abs(perTouch.actual - 2.0 / 300) < 1e-12 && abs(perTouch.planned - expected) < 1e-12)
        let assessed = try #require(launch.ratios.first { $0.assumption == .assessmentsPerAppointment })
        #expect(abs(assessed.actual - 0.5 / 9) < 1e-12, "none assessed reads as half an assessment")
        #expect(launch.ratio(of: .proposalsPerAssessment) == nil)
        #expect(abs(try #require(launch.ratio(of: .appointmentsPerTouch)) - perTouch.ratio) < 1e-12)
    }

    @Test("the folder's assumptions and score combine every launch")
    func combined() throws {
        let low = try Self.launch("""
              - {day: 30, metric: touches, service: managed-print, value: 300}
              - {day: 30, metric: appointments, service: managed-print, value: 1}

            """)
        let calibration = Calibration(folder: "past", launches: [low, low, low], skipped: [], runs: 200, seed: 1)
        let summary = try #require(calibration.assumptions.first { $0.assumption == .appointmentsPerTouch })
        #expect(summary.launches == 3 && summary.isConsistentlyOff)
        #expect(calibration.text().contains("Appointments per touch came in at \(Calibration.factor(summary.geometricMean)) the plan across 3 launches"))
        #expect(calibration.score.decided == 3 && calibration.score.undecided == 12)
    }
}

extension CalibrationTests {
    @Test("docs/model.md and the README state the rule's numbers as the code has them")
    func documentedRule() throws {
        let tolerance = NumberText.percent(Calibration.tolerance)
        for file in ["docs/model.md", "README.md"] {
            // Words as written, whatever the line breaks and indentation between them.
            let text = String(decoding: try readFile(file), as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            #expect(text.contains("at least \(Calibration.minimumLaunches) launches inform it"), "\(file)")
            #expect(text.contains("more than \(tolerance)"), "\(file)")
        }
    }
}

private extension Double {
    /// The cube root, for a geometric mean of three.
    var cubeRoot: Double { exp(log(self) / 3) }
}
