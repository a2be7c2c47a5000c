import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanSimulation

/// The simulator on plans far larger than the examples: constant-time draws,
/// aggregated appointments, bounded storage, a work budget, and no trap on
/// any double.
@Suite("Simulator bounds")
struct SimulatorBoundsTests {
    /// The lakeside story with `edits` applied to its text (each a replacement) and `extra` appended.
    static func lakeside(_ edits: [(String, String)], extra: String = "") throws -> Playbook {
        var text = String(decoding: try readFile("playbooks/lakeside-story.yaml"), as: UTF8.self)
        for (old, new) in edits {
            #expect(text.contains(old), "edit \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        text += extra
        return try #require(Validator().validate(PlaybookSource(path: "large.yaml", bytes: Array(text.utf8))).playbook)
    }

    static let specialist = "mps-specialist: {kind: specialist, status: to-hire, start_day: 0, services: [managed-print]}"

    /// The plan: 1,000 specialists at 1,000 touches a day for 730 days (36 s a run before).
    static func thousandSpecialists() throws -> Playbook {
        try lakeside([("horizon_days: 90", "horizon_days: 730"),
                      (specialist, specialist.replacingOccurrences(of: "start_day: 0,", with: "start_day: 0, headcount: 1000,"))],
                     extra: "assumptions: {touches_per_day: 1000}\n")
    }

    /// Two specialists with enough appointments each to be drawn in aggregate,
    /// with service lines that start and end inside the horizon (pay cut points).
    static func twoBusySpecialists() throws -> Playbook {
        try lakeside([("horizon_days: 90", "horizon_days: 400"),
                      (specialist, specialist.replacingOccurrences(of: "start_day: 0,", with: "start_day: 10, headcount: 2,")),
                      ("- {metric: new-mrr, multiple: 1.5}",
                       "- {metric: new-mrr, multiple: 1.5, until_day: 250}\n      - {metric: new-mrr, percent: 5, from_day: 251}"),
                      // Far from the threshold: near it, the expectation model's yes-or-no adjustment and the
                      // simulator's share of adjusted runs differ by design, not by error.
                      ("review_day: 90, below_attainment_percent: 80", "review_day: 200, below_attainment_percent: 5")],
                     extra: "assumptions: {touches_per_day: 300, referrals_per_month: 40}\n")
    }

    @Test("a large plan draws in aggregate and its means stay within 2 % of the expectation model", arguments: [0, 1])
    func largePlanConverges(which: Int) throws {
        let plan = try which == 0 ? Self.thousandSpecialists() : Self.twoBusySpecialists()
        let simulator = Simulator(plan)
        #expect(simulator.sellers.allSatisfy { !$0.drawsEveryPerson && $0.sources.contains { $0.bins != nil } }, "the aggregated path")
        let runs = 20_000
        let blocks = (0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: 5) }
        let simulated = simulator.projection(blocks, seed: 5)
        let expected = Projection.expected(plan)
        expectConverges(simulated, to: expected)
        // One person a run is kept for a large role, never headcount x runs.
        #expect(blocks[0].attainment.allSatisfy { $0.count <= blocks[0].runs })
    }

    @Test("PTRS Poisson draws have the right mean and variance, in constant time", arguments: [300.0, 4_500.0, 1e9])
    func transformedRejection(mean: Double) {
        var random = RandomSource(seed: 11, block: 0)
        let poisson = Poisson(mean)
        let n = 50_000
        var sum = 0.0
        var squares = 0.0
        for _ in 0..<n {
            let k = Double(random.draw(poisson))
            sum += k
            squares += k * k
        }
        let m = sum / Double(n)
        let variance = squares / Double(n) - m * m
        #expect(abs(m - mean) < 5 * (mean / Double(n)).squareRoot())
        #expect(abs(variance / mean - 1) < 0.05)
    }

    @Test("the elementary functions agree with known values")
    func elementary() {
        #expect(abs(log(10) - 2.302_585_092_994_046) < 1e-15)
        #expect(abs(log(1e300) - 690.775_527_898_213_7) < 1e-12)
        #expect(abs(logFactorial(20) - 42.335_616_460_753_485) < 1e-12)
        #expect(abs(logFactorial(1000) - (1...1000).reduce(0.0) { $0 + log(Double($1)) }) < 1e-9)
        #expect(abs(exp(log(12.5)) - 12.5) < 1e-13)
    }

    @Test("Double-to-Int conversions saturate instead of trapping")
    func saturating() {
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: .infinity) == Int.simulationLimit)
        #expect(Int(saturating: -1e300) == -Int.simulationLimit)
        #expect(Int(saturating: 41.9) == 41)
        #expect(Simulator.blockCount(runs: .max) == Int.max / Simulator.blockSize + 1)
    }

    @Test("extreme assumptions do not trap the simulator", arguments: 0..<5)
    func extremeAssumptions(which: Int) throws {
        var plan = try Self.lakeside([])
        switch which {
        case 0: plan.assumptions.hardware.touchesPerSale = 1e-300
        case 1: plan.assumptions.referralsPerMonth = 1e25
        case 2: plan.assumptions.dealMRR = .init(min: 1e200, likely: 1e200, max: 1e200)
        case 3: plan.assumptions.referralsPerMonth = .infinity
        default: plan.assumptions.touchesPerDay = .greatestFiniteMagnitude
        }
        let projection = SimulationSet(plan, sensitivity: false).runSerially(runs: 50, seed: 1)
        #expect(projection.objectives.count == 1)
        #expect(SimulationSet.cost(of: plan, sensitivity: true, runs: 10_000).draws.isFinite)
    }

    @Test("the budget admits the examples and refuses a hostile plan before building it")
    func budget() throws {
        let budget = SimulationBudget.standard
        for file in ["playbooks/lakeside-story.yaml", "playbooks/northwind-good.yaml"] {
            let plan = try #require(Validator().validate(PlaybookSource(path: file, bytes: try readFile(file))).playbook)
            #expect(budget.admits(SimulationSet.cost(of: plan, sensitivity: true, runs: 10_000)), "\(file)")
        }
        #expect(budget.admits(SimulationSet.cost(of: try Self.thousandSpecialists(), sensitivity: true, runs: 10_000)))
        #expect(!budget.admits(SimulationSet.cost(of: try Self.thousandSpecialists(), sensitivity: true, runs: 1_000_000)))
    }
}
