import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanSimulation

/// The sensitivity analysis: fewer runs per variant, the same draws, and a
/// ranking that is informative when the probability cannot move.
@Suite("Sensitivity")
struct SensitivityTests {
    @Test("a variant runs a fifth of the runs, at least 2,000 (all below that), in whole blocks")
    func runsPerVariant() {
        #expect(Sensitivity.runs(for: 10_000) == 2_000)
        #expect(Sensitivity.runs(for: 1_500) == 1_500)
        #expect(Sensitivity.runs(for: 12_345) == 3_000)
        #expect(Sensitivity.runs(for: 1_000_000) == 200_000)
        let set = SimulationSet(try! SimulatorTests.plan("playbooks/lakeside-story.yaml"), sensitivity: true)
        let runs = set.runs(10_000)
        #expect(runs.prefix(2) == [10_000, 10_000], "the plan and its counterfactual: every run")
        #expect(runs.count > 2 && runs.dropFirst(2).allSatisfy { $0 == 2_000 })
    }

    @Test("on the lakeside story the chance is 0 % everywhere, and the expected value still ranks the assumptions")
    func rankedByExpectedValueWhenTheChanceIsStuck() throws {
        let plan = try SimulatorTests.plan("playbooks/lakeside-story.yaml")
        let projection = SimulationSet(plan, sensitivity: true).runSerially(runs: 4_000, seed: 1)
        let entries = projection.sensitivity
        #expect(entries.allSatisfy { $0.low == 0 && $0.high == 0 })
        let swings = entries.map { abs(($0.highShare ?? 0) - ($0.lowShare ?? 0)) }
        #expect(swings[0] > 0.05, "the top assumption moves the expected value by more than 5 % of the target")
        #expect(zip(swings, swings.dropFirst()).allSatisfy { $0 >= $1 }, "largest swing first")
        // The text names the assumption that moves it most, not "nothing moves".
        let text = projection.text()
        #expect(text.contains("What moves objective mps-mrr most") && text.contains(entries[0].assumption))
        #expect(!text.contains("no assumption at 75 % or 125 % moves"))
    }

    @Test("an unchanged variant is the plan over the variants' runs; a changed one sees the same draws")
    func commonRandomNumbers() throws {
        let plan = try SimulatorTests.plan("playbooks/northwind-good.yaml")
        let set = SimulationSet(plan, sensitivity: true)
        let projection = set.runSerially(runs: 5_000, seed: 7)
        let first = try #require(set.simulators[0].firstObjective(
            (0..<2).map { set.simulators[0].runBlock($0, runs: 5_000, seed: 7) }[...]))
        // `hardware_diversion_percent` is `auto` in northwind: scaling it changes nothing.
        let unchanged = try #require(projection.sensitivity.first { $0.assumption == "hardware_diversion_percent" })
        #expect(unchanged.low == first.probability && unchanged.high == first.probability)
        #expect(unchanged.lowShare == first.share && unchanged.highShare == first.share)
        // More touches a day can only add appointments with the same draws: the expected value rises.
        let touches = try #require(projection.sensitivity.first { $0.assumption == "touches_per_day" })
        #expect((touches.lowShare ?? 0) < first.share && first.share < (touches.highShare ?? 0))
    }

    @Test("a variant that changes nothing the first objective counts is not simulated: its swing is exactly zero, not noise")
    func variantsThatMoveNothing() throws {
        let plan = try SimulatorTests.plan("playbooks/northwind-good.yaml")
        let set = SimulationSet(plan, sensitivity: true)
        let skipped = Set(zip(set.assumptions, set.variantSimulators).filter { $0.1.low == nil && $0.1.high == nil }.map(\.0))
        // Northwind's specialist has no hardware line and notify access (no permission): these move nothing.
        #expect(skipped.isSuperset(of: ["hardware.touches_per_sale", "hardware.gross_profit", "permission.grant_percent", "permission.wait_days"]))
        #expect(!skipped.contains("touches_per_day") && !skipped.contains("stages.agreement_percent") && !skipped.contains("deal_mrr"))
        #expect(set.simulators.count < SimulationSet.layout(plan, sensitivity: true).plans.count - 2 * 4)
        let projection = set.runSerially(runs: 4_000, seed: 5)
        let plain = SimulationSet(plan, sensitivity: false).runSerially(runs: 4_000, seed: 5)
        let entry = try #require(projection.sensitivity.first { $0.assumption == "hardware.touches_per_sale" })
        #expect(entry.low == entry.high && entry.lowShare == entry.highShare)
        #expect(projection.objectives[0].estimate == plain.objectives[0].estimate, "the plan's own numbers do not depend on the variants")
        // The lakeside specialist is paid on hardware: the hardware close rate moves the diversion, so it is simulated.
        let lakeside = SimulationSet(try SimulatorTests.plan("playbooks/lakeside-story.yaml"), sensitivity: true)
        let hardware = try #require(zip(lakeside.assumptions, lakeside.variantSimulators).first { $0.0 == "hardware.touches_per_sale" })
        #expect(hardware.1.low != nil && hardware.1.high != nil)
    }

    @Test("ranked by the swing in probability, then in the share of the target, then in the format's order")
    func ranking() {
        let entries = [("a", 0.5, 0.5, 0.1, 0.9), ("b", 0.2, 0.6, 1.0, 1.1), ("c", 0.5, 0.5, 0.2, 0.3), ("d", 0.5, 0.5, 0.1, 0.9)]
            .map { Projection.SensitivityEntry(assumption: $0.0, low: $0.1, high: $0.2, lowShare: $0.3, highShare: $0.4) }
        #expect(Sensitivity.ranked(entries).map(\.assumption) == ["b", "a", "d", "c"])
    }
}
