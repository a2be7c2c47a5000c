import Foundation
import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanSimulation

@Suite("diff: paired simulation of two versions")
struct ProjectionChangeTests {
    static func plan(_ file: String, replacing: (String, String)? = nil) throws -> Playbook {
        var text = String(decoding: try readFile(file), as: UTF8.self)
        if let (old, new) = replacing {
            #expect(text.contains(old), "the test's edit applies")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try #require(Validator().validate(PlaybookSource(path: file, bytes: Array(text.utf8))).playbook)
    }

    /// Both plans simulated as `diff` does: per-run-and-role streams, the same seed (or `headSeed`).
    static func change(_ base: Playbook, _ head: Playbook, runs: Int = 2000, seed: UInt64 = 1, headSeed: UInt64? = nil) -> ProjectionChange {
        let simulators = [base, head].map { Simulator($0, streams: .perRunAndRole) }
        let blocks = zip(simulators, [seed, headSeed ?? seed]).map { simulator, seed in
            (0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: seed) }
        }
        return ProjectionChange(base: simulators[0], blocks: blocks[0], head: simulators[1], blocks: blocks[1], seed: seed)
    }

    static func everyChange(_ change: ProjectionChange) -> [MeasuredChange] {
        (change.checkpoints + change.objectives).flatMap { [$0.probability, $0.mean] } + change.roles.flatMap { [$0.payMedian, $0.adjustmentProbability] }
    }

    @Test("the same plan written another way: every change exactly 0 with no noise, none real")
    func reformatted() throws {
        let change = Self.change(try Self.plan("playbooks/lakeside-story.yaml"), try Self.plan("Tests/Fixtures/lakeside-reformatted.yaml"))
        #expect(change.checkpoints.count == 4 && change.objectives.count == 1 && change.roles.count == 1)
        for measured in Self.everyChange(change) where measured.change != nil {
            #expect(measured.change == 0)
            #expect(measured.standardError == 0)
            #expect(!measured.isReal)
        }
    }

    @Test("removing the hardware clause: more appointments by day 30, beyond noise; the specialist's pay median falls")
    func hardwareClauseRemoved() throws {
        let change = Self.change(try Self.plan("playbooks/lakeside-story.yaml"), try Self.plan("Tests/Fixtures/lakeside-without-hardware-clause.yaml"))
        let appointments = try #require(change.checkpoints.first { $0.kind == .checkpoint("day-30") })
        #expect(appointments.probability.direction == 1)
        #expect(appointments.mean.direction == 1)
        let objective = try #require(change.primaryObjective)
        #expect(objective.mean.direction == 1, "expected new MRR rises")
        #expect(change.roles.first?.payMedian.direction == -1, "no more hardware commission")
    }

    @Test("common random numbers by role: a change to one role's pay leaves every run's pipeline as it was")
    func payOnly() throws {
        let base = try Self.plan("playbooks/northwind-good.yaml")
        let head = try Self.plan("playbooks/northwind-good.yaml", replacing: ("base_salary: 65000", "base_salary: 66000"))
        let change = Self.change(base, head)
        for quantity in change.checkpoints + change.objectives {
            #expect(quantity.probability.change == 0 && quantity.probability.standardError == 0)
            #expect(quantity.mean.change == 0 && quantity.mean.standardError == 0)
        }
        let pay = try #require(change.roles.first?.payMedian)
        #expect(pay.direction == 1 && (pay.standardError ?? 1) < 1e-6, "every run's pay moves by the same amount")
    }

    @Test("uncertain assumptions have a stream of their own: a version whose sellers draw differently draws every run's assumptions alike")
    func uncertainAssumptionsShareTheirDraws() throws {
        let ranges = ("launch:", "assumptions:\n  referrals_per_month: {low: 1, likely: 2, high: 4}\nlaunch:")
        let base = try Self.plan("Tests/Fixtures/two-services.yaml", replacing: ranges)
        var text = String(decoding: try readFile("Tests/Fixtures/two-services.yaml"), as: UTF8.self)
        text = text.replacingOccurrences(of: ranges.0, with: ranges.1)
            .replacingOccurrences(of: "segment: installed-base, sells: [managed-it], access: notify", with: "segment: installed-base, sells: [managed-it], access: permission")
        let head = try #require(Validator().validate(PlaybookSource(path: "head.yaml", bytes: Array(text.utf8))).playbook)
        let (b, h) = (Simulator(base, streams: .perRunAndRole).runBlock(0, runs: 1_000, seed: 3),
                      Simulator(head, streams: .perRunAndRole).runBlock(0, runs: 1_000, seed: 3))
        #expect(b.assumptionDraws.count == 1 && b.assumptionDraws[0].count == 1_000)
        let sameAssumptions = b.assumptionDraws == h.assumptionDraws, samePipeline = b.queryValues == h.queryValues
        #expect(sameAssumptions)
        #expect(!samePipeline, "the head's pipeline does draw differently")
    }

    @Test("common random numbers by role: halving one specialist's hardware clause leaves the other service's every run as it was")
    func otherRoleUntouched() throws {
        let base = try Self.plan("Tests/Fixtures/two-services.yaml")
        let head = try Self.plan("Tests/Fixtures/two-services.yaml", replacing: ("percent: 8, segments", "percent: 4, segments"))
        let change = Self.change(base, head)
        let it = (change.checkpoints + change.objectives).filter { $0.service == "managed-it" }
        #expect(it.count == 3)
        for quantity in it {
            #expect(quantity.probability.change == 0 && quantity.probability.standardError == 0)
            #expect(quantity.mean.change == 0 && quantity.mean.standardError == 0)
        }
        #expect(change.roles.first { $0.role == "it-specialist" }?.payMedian.change == 0)
        #expect(change.roles.first { $0.role == "print-specialist" }?.payMedian.direction == -1, "the print specialist's own numbers do move")
    }

    @Test("a small real change (20 % more referrals) is detected in the primary objective's expected value with paired runs")
    func smallChange() throws {
        let base = try Self.plan("playbooks/northwind-good.yaml")
        let head = try Self.plan("playbooks/northwind-good.yaml", replacing: ("referrals_per_month: 1\n", "referrals_per_month: 1.2\n"))
        let change = Self.change(base, head, runs: 10_000)
        #expect(change.primaryObjective?.mean.direction == 1)
    }

    @Test("calibrated noise: the same plan against independent draws (another seed) is called real about 1 time in 20, not more")
    func calibration() throws {
        let plan = try Self.plan("playbooks/northwind-good.yaml")
        var flagged = 0, measured = 0
        for seed in UInt64(1)...12 {
            let change = Self.change(plan, plan, runs: 1000, seed: seed, headSeed: seed + 100)
            for quantity in change.checkpoints + change.objectives {
                for m in [quantity.probability, quantity.mean] where m.standardError != nil {
                    measured += 1
                    if m.isReal { flagged += 1 }
                }
            }
        }
        #expect(measured == 12 * 18)
        #expect(Double(flagged) / Double(measured) < 0.12, "\(flagged) of \(measured) pure-noise changes called real")
    }

    @Test("a quantity only in one version is added or removed, never real; matched by id, not by position")
    func addedAndRemoved() throws {
        let base = try Self.plan("playbooks/northwind-good.yaml")
        let head = try Self.plan("playbooks/northwind-good.yaml", replacing: ("pipeline-by-90:", "pipeline-by-ninety:"))
        let change = Self.change(base, head, runs: 1000)
        let added = try #require(change.objectives.first { $0.kind == .objective("pipeline-by-ninety") })
        let removed = try #require(change.objectives.first { $0.kind == .objective("pipeline-by-90") })
        #expect(added.baseDay == nil && added.probability.head != nil && !added.probability.isReal)
        #expect(removed.headDay == nil && removed.probability.base != nil && !removed.probability.isReal)
        #expect(change.objectives.first { $0.kind == .objective("mrr-by-180") }?.probability.change == 0)
        #expect(change.primaryObjective == nil, "the head's first objective is new: nothing to compare")
    }

    @Test("the paired standard error and the two-standard-error rule")
    func standardError() {
        #expect(MeasuredChange.standardError(ofMeanOf: [1]) == nil)
        // Differences 1, -1, 1, -1: standard deviation sqrt(4/3), over sqrt(4).
        #expect(abs((MeasuredChange.standardError(ofMeanOf: [1, -1, 1, -1]) ?? 0) - (4.0 / 3).squareRoot() / 2) < 1e-12)
        #expect(MeasuredChange(base: 0.5, head: 0.6, standardError: 0.04).isReal)
        #expect(!MeasuredChange(base: 0.5, head: 0.6, standardError: 0.06).isReal)
        #expect(!MeasuredChange(base: 0.5, head: 0.6, standardError: nil).isReal, "no estimate of the noise: never called real")
        #expect(MeasuredChange(base: 0.5, head: 0.4, standardError: 0).direction == -1)
        #expect(!MeasuredChange(base: 12_000, head: 12_000 + 1e-9, standardError: 0).isReal, "rounding is not a change")
    }

    @Test("a rare event: few runs that differ, all one way, are decided by the exact sign test, not the normal approximation")
    func rareEvents() {
        #expect(!MeasuredChange.Discordance(up: 0, down: 5).allowsReal, "p = 2/32 = 0.0625")
        #expect(MeasuredChange.Discordance(up: 0, down: 6).allowsReal, "p = 2/64 = 0.031")
        #expect(!MeasuredChange.Discordance(up: 9, down: 4).allowsReal)
        #expect(MeasuredChange.Discordance(up: 1, down: 40).allowsReal, "many runs: the standard error decides")
        #expect(!MeasuredChange.Discordance(up: 0, down: 0).allowsReal)
        // 5 of 10,000 runs lose the salary cut: 2 standard errors would call it real.
        var cut = MeasuredChange(base: 1, head: 0.9995, standardError: nil)
        cut.measure(Array(repeating: -1, count: 5) + Array(repeating: 0, count: 9995))
        #expect(abs(cut.change ?? 0) > 2 * (cut.standardError ?? 1))
        #expect(!cut.isReal)
    }

    @Test("per-run streams: the same seed, run and role draw the same numbers; another run, role or a block stream others")
    func streams() {
        func first(_ source: RandomSource) -> [UInt64] {
            var source = source
            return (0..<4).map { _ in source.next() }
        }
        let role = RandomSource.stream(named: "mps-specialist")
        #expect(first(RandomSource(seed: 1, run: 7, stream: role)) == first(RandomSource(seed: 1, run: 7, stream: role)))
        #expect(first(RandomSource(seed: 1, run: 7, stream: role)) != first(RandomSource(seed: 1, run: 8, stream: role)))
        #expect(first(RandomSource(seed: 1, run: 7, stream: role)) != first(RandomSource(seed: 1, run: 7, stream: RandomSource.stream(named: "hardware-reps"))))
        #expect(first(RandomSource(seed: 1, run: 0, stream: 0)) != first(RandomSource(seed: 1, block: 0)))
    }
}
