import Testing
@testable import LaunchPlanCore

@Suite("The Monte Carlo simulator")
struct SimulatorTests {
    static func plan(_ file: String) throws -> Playbook {
        try #require(Validator().validate(PlaybookSource(path: file, bytes: try readFile(file))).playbook)
    }

    @Test("blocks combined in order give the same projection however they were scheduled")
    func determinism() throws {
        let plan = try Self.plan("playbooks/lakeside-story.yaml")
        let simulator = Simulator(plan)
        let runs = 3500
        let inOrder = (0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: 9) }
        var shuffled = [BlockResult?](repeating: nil, count: inOrder.count)
        for block in [3, 1, 0, 2] { shuffled[block] = simulator.runBlock(block, runs: runs, seed: 9) }
        let a = simulator.projection(inOrder, seed: 9).json().rendered()
        let b = simulator.projection(shuffled.compactMap { $0 }, seed: 9).json().rendered()
        #expect(a == b)
        #expect(simulator.projection(inOrder, seed: 9).json().rendered() != simulator.projection(
            (0..<4).map { simulator.runBlock($0, runs: runs, seed: 10) }, seed: 10).json().rendered(), "another seed, other draws")
        #expect(inOrder.map(\.runs) == [1000, 1000, 1000, 500])
    }

    @Test("over 200,000 runs every mean is within 2 % of the expectation model", .disabled(if: SanitizerRun.isOn, SanitizerRun.reason), arguments: [
        "playbooks/lakeside-story.yaml", "playbooks/northwind-good.yaml",
    ])
    func convergence(file: String) throws {
        let plan = try Self.plan(file)
        let simulator = Simulator(plan)
        let runs = 200_000
        let simulated = simulator.projection((0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: 1) }, seed: 1)
        let expected = Projection.expected(plan)
        expectConverges(simulated, to: expected)
    }

    @Test("distributions are sane: p10 <= p50 <= p90, probabilities in [0, 1]")
    func sanity() throws {
        for file in ["playbooks/lakeside-story.yaml", "playbooks/northwind-good.yaml"] {
            let projection = SimulationSet(try Self.plan(file), sensitivity: true).runSerially(runs: 1000, seed: 3)
            let estimates = projection.checkpoints.flatMap { $0.expectations.map(\.estimate) } + projection.objectives.map(\.estimate)
                + projection.roles.flatMap { [$0.quotaAttainment, $0.pay] }
            for e in estimates where e.p10 != nil {
                #expect(e.p10! <= e.p50! && e.p50! <= e.p90!)
            }
            for p in estimates.compactMap(\.probability) + projection.sensitivity.flatMap({ [$0.low, $0.high] }).compactMap({ $0 })
                + projection.roles.compactMap(\.adjustmentProbability) {
                #expect(p >= 0 && p <= 1)
            }
            #expect(projection.sensitivity.count == Sensitivity.assumptions.count)
        }
    }

    @Test("the counterfactual appears only when the hardware clause fires")
    func counterfactual() throws {
        #expect(SimulationSet(try Self.plan("playbooks/lakeside-story.yaml"), sensitivity: false).runSerially(runs: 200, seed: 1).counterfactual.count == 1)
        #expect(SimulationSet(try Self.plan("playbooks/northwind-good.yaml"), sensitivity: false).runSerially(runs: 200, seed: 1).counterfactual.isEmpty)
    }

    @Test("the generator: same seed and block, same stream; Poisson and alias draws have the right means")
    func generator() {
        var a = RandomSource(seed: 1, block: 0)
        var b = RandomSource(seed: 1, block: 0)
        var c = RandomSource(seed: 1, block: 1)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
        var r = RandomSource(seed: 42, block: 0)
        let n = 100_000
        for mean in [0.3, 4.0, 750.0] {
            let poisson = Poisson(mean)
            let total = (0..<(mean > 100 ? 2_000 : n)).reduce(0) { sum, _ in sum + r.draw(poisson) }
            #expect(abs(Double(total) / Double(mean > 100 ? 2_000 : n) - mean) < mean * 0.02 + 0.01)
        }
        let table = AliasTable(weights: [1, 0, 3])
        var counts = [0, 0, 0]
        for _ in 0..<n { counts[table.index(r.uniform())] += 1 }
        #expect(counts[1] == 0)
        #expect(abs(Double(counts[2]) / Double(n) - 0.75) < 0.01)
        #expect(abs(exp(-3.5) - 0.0301973834223185) < 1e-15)
    }

    @Test("percentiles are nearest-rank")
    func percentiles() {
        var values: [Double] = (1...10).map(Double.init).reversed()
        let (p10, p50, p90) = Simulator.percentiles(&values)
        #expect(p10 == 1 && p50 == 5 && p90 == 9)
    }
}

@Suite("Comparison of simulated plans")
struct ComparisonTests {
    static func projection(_ file: String) throws -> Projection {
        let report = Validator().read(PlaybookSource(path: file, bytes: try readFile(file)))
        #expect(report.findings.isEmpty, "read gives reading findings only, and these plans have none")
        return Projection.expected(try #require(report.playbook))
    }

    @Test("one plan prints as the projection itself; two under their paths, in every format")
    func formats() throws {
        let lakeside = try Self.projection("playbooks/lakeside-story.yaml")
        let northwind = try Self.projection("playbooks/northwind-good.yaml")
        let one = Comparison([.init(path: "l.yaml", projection: lakeside)])
        #expect(one.text() == lakeside.text())
        #expect(one.json() == lakeside.json())
        let two = Comparison([.init(path: "l.yaml", projection: lakeside), .init(path: "n.yaml", projection: northwind)])
        #expect(two.text().hasPrefix("== l.yaml\n") && two.text().contains("\n== n.yaml\n"))
        guard case .object(let members) = two.json(), case .array(let plans)? = members.first(where: { $0.0 == "compare" })?.1 else {
            Issue.record("no compare array")
            return
        }
        #expect(plans.count == 2)
        guard case .object(let first) = plans[0] else {
            Issue.record("not an object")
            return
        }
        #expect(first.first?.0 == "path" && first.first?.1 == .string("l.yaml"))
        #expect(Array(first.dropFirst().map(\.0)) == lakeside.jsonMembers.map(\.0))
        let csv = two.csv().split(separator: "\n")
        #expect(csv.first.map(String.init) == Projection.csvHeader.split(separator: "\n").first.map(String.init))
        #expect(csv.contains { $0.hasPrefix("l.yaml,") } && csv.contains { $0.hasPrefix("n.yaml,") })
    }

    @Test("read stops before the plan rules: the lakeside story's conflicts are not in it")
    func readIsReadingOnly() throws {
        let file = "playbooks/lakeside-story.yaml"
        let read = Validator().read(PlaybookSource(path: file, bytes: try readFile(file)))
        let validated = Validator().validate(PlaybookSource(path: file, bytes: try readFile(file)))
        #expect(read.findings.isEmpty && !validated.findings.isEmpty)
    }
}

/// Every mean of a simulated projection within 2 % of the expectation
/// model's: checkpoints, objectives, and each role's attainment, base, service
/// and hardware commission. The layouts must match first, since `zip` stops
/// at the shorter list and a missing row would pass unseen.
func expectConverges(_ simulated: Projection, to expected: Projection, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    func close(_ a: Double?, _ b: Double?, _ what: String) {
        guard let a, let b else { return #expect(a == nil && b == nil, "\(what)", sourceLocation: sourceLocation) }
        #expect(abs(a - b) <= 0.02 * abs(b) + 1e-9, "\(what): simulated \(a), expected \(b)", sourceLocation: sourceLocation)
    }
    #expect(simulated.checkpoints.map(\.milestone) == expected.checkpoints.map(\.milestone), sourceLocation: sourceLocation)
    #expect(simulated.checkpoints.map(\.expectations.count) == expected.checkpoints.map(\.expectations.count), sourceLocation: sourceLocation)
    #expect(simulated.objectives.map(\.objective) == expected.objectives.map(\.objective), sourceLocation: sourceLocation)
    #expect(simulated.roles.map(\.role) == expected.roles.map(\.role), sourceLocation: sourceLocation)
    #expect(!expected.roles.isEmpty && !expected.objectives.isEmpty, sourceLocation: sourceLocation)
    for (s, e) in zip(simulated.checkpoints, expected.checkpoints) {
        for (x, y) in zip(s.expectations, e.expectations) { close(x.estimate.mean, y.estimate.mean, "\(s.milestone) \(x.metric)") }
    }
    for (s, e) in zip(simulated.objectives, expected.objectives) { close(s.estimate.mean, e.estimate.mean, s.objective.rawValue) }
    for (s, e) in zip(simulated.roles, expected.roles) {
        close(s.quotaAttainment.mean, e.quotaAttainment.mean, "\(s.role) attainment")
        close(s.base, e.base, "\(s.role) base")
        close(s.serviceCommission, e.serviceCommission, "\(s.role) service commission")
        close(s.hardwareCommission, e.hardwareCommission, "\(s.role) hardware commission")
    }
}
