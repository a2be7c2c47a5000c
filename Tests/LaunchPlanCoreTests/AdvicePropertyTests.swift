import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanAdvice

/// Properties of the advice over generated plans (`PropertyTests.playbook`).
@Suite("Properties of the advice on generated plans")
struct AdvicePropertyTests {
    static func advice(seed: Int) throws -> Advice {
        var random = RandomSource(seed: 91, block: seed)
        let text = PropertyTests.playbook(&random)
        let bytes = Array(text.utf8)
        let plan = try #require(PropertyTests.report(text).playbook)
        return try #require(Advisor.advise(path: "generated.yaml", bytes: bytes, plan: plan))
    }

    @Test("every single-lever proposal, applied, clears its finding in the expectation model; written into the text, it reads inside the format and still clears it", arguments: 0..<24)
    func proposalsClear(seed: Int) throws {
        let advice = try Self.advice(seed: seed)
        for proposal in advice.proposals {
            #expect(FindingCheck.clears(proposal.finding, in: proposal.plan), "seed \(seed): \(proposal.lever) \(proposal.to.text)")
            guard let edits = proposal.edits else {
                Issue.record("seed \(seed): \(proposal.lever) cannot be written in place")
                continue
            }
            let report = Validator().validate(PlaybookSource(path: "p.yaml", bytes: try #require(advice.source.applying(edits))))
            // Inside the format: no reading finding (a percent over 100, a day past the horizon's range, …).
            #expect(report.findings.allSatisfy { !$0.rule.isReading }, "seed \(seed): \(proposal.lever): \(report.findings.filter(\.rule.isReading).map(\.message))")
            let plan = try #require(report.playbook)
            #expect(FindingCheck.clears(proposal.finding, in: plan), "seed \(seed): \(proposal.lever) as text")
            // Days stay inside the horizon; the specialist and the services stay.
            if case .day(let day) = proposal.to { #expect(day <= plan.launch.horizonDays) }
            #expect(plan.roles.map(\.id.value) == advice.plan.roles.map(\.id.value))
            #expect(plan.dealership.services.map(\.value) == advice.plan.dealership.services.map(\.value))
        }
    }

    @Test("the generated plans exercise most lever kinds")
    func coverage() throws {
        var kinds: Set<LeverKind> = []
        var count = 0
        for seed in 0..<24 {
            let advice = try Self.advice(seed: seed)
            kinds.formUnion(advice.proposals.map(\.kind))
            count += advice.proposals.count
        }
        #expect(count >= 48)
        #expect(kinds.isSuperset(of: [.quota, .checkpoint, .review, .commission, .headcount, .draw]), "\(kinds)")
    }

    @Test("the combined proposal never adds an error and its patch reads cleanly", arguments: 0..<12)
    func combined(seed: Int) throws {
        let advice = try Self.advice(seed: seed)
        let before = advice.findings.filter { $0.severity == .error }.count
        #expect(advice.combined.remaining.filter { $0.severity == .error }.count <= before)
        let patched = try #require(advice.combined.patched, "seed \(seed)")
        let report = Validator().validate(PlaybookSource(path: "p.yaml", bytes: patched))
        #expect(report.findings.allSatisfy { !$0.rule.isReading }, "seed \(seed)")
    }
}
