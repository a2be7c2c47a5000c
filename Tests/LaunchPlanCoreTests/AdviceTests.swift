import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanAdvice

/// `launchplan advise` in the core: levers searched on the expectation model,
/// the combined proposal, and the text it writes.
@Suite("Advice")
struct AdviceTests {
    static func advise(_ text: String, limits: AdviceLimits = AdviceLimits()) throws -> Advice {
        let bytes = Array(text.utf8)
        let plan = try #require(Validator().read(PlaybookSource(path: "plan.yaml", bytes: bytes)).playbook)
        return try #require(Advisor.advise(path: "plan.yaml", bytes: bytes, plan: plan, limits: limits))
    }

    static func lakeside(limits: AdviceLimits = AdviceLimits()) throws -> Advice {
        try advise(String(decoding: try fileBytes(repositoryRoot + "/playbooks/lakeside-story.yaml"), as: UTF8.self), limits: limits)
    }

    static func reread(_ bytes: [UInt8]) -> FileReport {
        Validator().validate(PlaybookSource(path: "plan.yaml", bytes: bytes))
    }

    /// The lines of a text that are comments, or carry one.
    static func comments(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in line.firstRange(of: "#").map { String(line[$0.lowerBound...]) } }
    }

    @Test("the combined proposal on the lakeside story leaves no error, keeps every comment and changes only a few lines")
    func lakesideCombined() throws {
        let advice = try Self.lakeside()
        let patched = try #require(advice.combined.patched)
        let report = Self.reread(patched)
        #expect(!report.findings.contains { $0.severity == .error }, "\(report.findings.map(\.rule.id))")
        let before = String(decoding: advice.source.bytes, as: UTF8.self), after = String(decoding: patched, as: UTF8.self)
        #expect(Self.comments(before) == Self.comments(after))
        #expect(advice.combined.changes.count <= 8)
        // The specialist and the service stay.
        let plan = try #require(report.playbook)
        #expect(plan.roles.map(\.id.value) == advice.plan.roles.map(\.id.value))
        #expect(plan.dealership.services.map(\.value) == advice.plan.dealership.services.map(\.value))
    }

    @Test("every lakeside proposal clears its finding, in the plan and in the rewritten text, at the nearest value")
    func lakesideProposals() throws {
        let advice = try Self.lakeside()
        #expect(advice.proposals.count >= 10)
        for proposal in advice.proposals {
            #expect(FindingCheck.clears(proposal.finding, in: proposal.plan), "\(proposal.lever)")
            let edits = try #require(proposal.edits, "\(proposal.lever)")
            let report = Self.reread(try #require(advice.source.applying(edits)))
            #expect(report.findings.allSatisfy { !$0.rule.isReading }, "\(proposal.lever): \(report.findings.map(\.message))")
            #expect(FindingCheck.clears(proposal.finding, in: try #require(report.playbook)), "\(proposal.lever)")
        }
    }

    @Test("bisection finds the nearest value: one step nearer does not clear", arguments: ["quota target of `mps-specialist`", "`appointments` target of checkpoint `day-30`", "end of `mps-specialist`'s hardware-gp line #2", "headcount of `mps-specialist`"])
    func nearest(lever title: String) throws {
        let advice = try Self.lakeside()
        let proposal = try #require(advice.proposals.first { $0.lever == title })
        let model = ExpectationModel(advice.plan)
        let trial = try #require(LeverFinder.trials(for: proposal.finding, in: advice.plan, model: model).first { $0.lever.title == title })
        let candidates = trial.lever.candidates
        let index = try #require(candidates.firstIndex(of: proposal.to))
        #expect(index > 0)
        #expect(!FindingCheck.clears(proposal.finding, in: trial.lever.apply(candidates[index - 1], to: advice.plan)))
    }

    @Test("the lakeside quota: 12,000 lowered to 550 lifts attainment from 2.3 % past 50 %")
    func quotaTarget() throws {
        let proposal = try #require(try Self.lakeside().proposals.first { $0.finding.rule == .quotaUnreachable && $0.kind == .quota })
        #expect(proposal.from == .number(12_000))
        #expect(proposal.to == .number(550))
        #expect(try #require(proposal.before?.value) < 0.05)
        #expect(try #require(proposal.after?.value) >= 0.5)
        #expect(proposal.search.hasPrefix("bisection"))
    }

    @Test("--keep holds lever kinds fixed, in the proposals and the combined proposal")
    func keep() throws {
        let advice = try Self.lakeside(limits: AdviceLimits(keep: [.commission, .checkpoint, .access]))
        #expect(!advice.proposals.contains { [.commission, .checkpoint, .access].contains($0.kind) })
        #expect(!advice.combined.changes.contains { [.commission, .checkpoint, .access].contains($0.kind) })
        #expect(advice.unaddressed.contains { $0.rule == .hardwareClauseUnderminesQuota })
    }

    @Test("--budget caps the combined proposal's added pay and marks dearer proposals")
    func budget() throws {
        let advice = try Self.lakeside(limits: AdviceLimits(budget: 1000))
        #expect(advice.combined.costPerYear <= 1000)
        #expect(advice.proposals.contains { !$0.withinBudget && $0.costPerYear > 1000 })
        #expect(advice.proposals.allSatisfy { $0.withinBudget == ($0.costPerYear <= 1000.005) })
        // What removing the hardware line saves pays for the rest; held fixed, nothing dear is left.
        let strict = try Self.lakeside(limits: AdviceLimits(keep: [.commission], budget: 0))
        #expect(strict.combined.costPerYear <= 0)
        #expect(!strict.combined.changes.contains { $0.kind == .coSell || $0.kind == .access })
    }

    @Test("costs come from the pay model: a co-sell credit and a longer draw cost money, removing hardware pay saves it")
    func costs() throws {
        let advice = try Self.lakeside()
        #expect(try #require(advice.proposals.first { $0.kind == .coSell }).costPerYear > 0)
        #expect(try #require(advice.proposals.first { $0.lever.hasPrefix("`mps-specialist`'s hardware-gp line") }).costPerYear < 0)
        #expect(try #require(advice.proposals.first { $0.kind == .briefing }).costPerYear == 0)
        let draw = try Self.advise("""
            launchplan: 1
            dealership: {name: D, services: [managed-print]}
            roles:
              owner: {kind: owner}
              mps: {kind: specialist, status: to-hire, start_day: 0}
            objectives:
              mrr: {metric: new-mrr, target: 1000, by_day: 90, owner: owner}
            compensation:
              mps:
                base_salary: 50000
                draw: {monthly: 2000, until_day: 10}
                commissions:
                  - {metric: new-mrr, multiple: 1}
            territory:
              segments:
                market: {kind: prospects}
              rules:
                - {role: mps, segment: market, sells: [managed-print], access: open}
            milestones:
              - {id: brief, day: -7, owner: owner, delivers: [team-briefed]}
            """)
        let longer = try #require(draw.proposals.first { $0.kind == .draw })
        #expect(longer.to == .day(30))
        #expect(longer.costPerYear > 0)
    }

    @Test("the simulation confirms each proposal with the same seed; the combined one raises the lakeside's chance")
    func simulated() throws {
        let advice = try Self.lakeside().simulatedSerially(runs: 1000, seed: 1)
        let before = try #require(advice.probability)
        #expect(advice.proposals.allSatisfy { $0.probability != nil })
        #expect(try #require(advice.combined.probability) >= before)
        // One lever at one value is simulated once, whichever findings it was proposed for.
        #expect(advice.simulators.count < advice.proposals.count + 2)
        let briefings = advice.proposals.filter { $0.kind == .briefing }
        #expect(briefings.count == 2 && briefings[0].probability == briefings[1].probability)
        let again = try Self.lakeside().simulatedSerially(runs: 1000, seed: 1)
        #expect(again.proposals.map(\.probability) == advice.proposals.map(\.probability))
    }

    @Test("a plan with more findings than the advice searches: the most serious are advised, the rest listed")
    func manyFindings() throws {
        let base = String(decoding: try fileBytes(repositoryRoot + "/playbooks/lakeside-story.yaml"), as: UTF8.self)
        let extra = (0..<45).map { "  - {id: extra-\($0), day: 89, owner: mps-specialist, expect: [{metric: appointments, target: \(500 + $0)}]}\n" }.joined()
        let advice = try Self.advise(base + extra)
        #expect(advice.findings.count > Advisor.maximumFindings)
        #expect(advice.notAdvised.count == advice.findings.count - Advisor.maximumFindings)
        #expect(advice.notAdvised.allSatisfy { $0.severity == .warning })
        #expect(!advice.combined.remaining.contains { $0.severity == .error })
        #expect(advice.text().contains("Not searched (advice covers the 40 most serious findings)"))
    }

    @Test("a plan without findings gets no proposals and an empty patch")
    func clean() throws {
        let text = String(decoding: try fileBytes(repositoryRoot + "/playbooks/northwind-good.yaml"), as: UTF8.self)
        let advice = try Self.advise(text)
        #expect(advice.findings.filter { $0.severity == .error }.isEmpty)
        #expect(advice.combined.remaining.filter { $0.severity == .error }.isEmpty)
        if advice.combined.changes.isEmpty { #expect(advice.patch.isEmpty) }
        // Northwind reads without a finding: nothing to propose at all.
        #expect(advice.findings.isEmpty && advice.proposals.isEmpty && advice.combined.changes.isEmpty && advice.patch.isEmpty)
    }
}

/// The in-place text edits and the patch: the user's comments, order and
/// flow or block style stay.
@Suite("Playbook text edits")
struct PlaybookTextTests {
    static func text(_ source: String) throws -> PlaybookText { try #require(PlaybookText(Array(source.utf8))) }
    static func path(_ text: String) throws -> KeyPath { try #require(KeyPath(parsing: text)) }

    static func edited(_ source: String, _ edit: (PlaybookText) throws -> [TextEdit]?) throws -> String {
        let text = try text(source)
        let edits = try #require(try edit(text))
        return String(decoding: try #require(text.applying(edits)), as: UTF8.self)
    }

    @Test("a scalar is replaced where it is written, plain or in a flow mapping, with its comment")
    func replace() throws {
        #expect(try Self.edited("a: {b: 1, c: 2} # note\n") { try $0.set("b", to: "5", in: Self.path("a")) } == "a: {b: 5, c: 2} # note\n")
        #expect(try Self.edited("a:\n  b: 10 # ten\n  c: 2\n") { try $0.set("b", to: "7", in: Self.path("a")) } == "a:\n  b: 7 # ten\n  c: 2\n")
        #expect(try Self.edited("a: {b: permission}\n") { try $0.set("b", to: "notify", in: Self.path("a")) } == "a: {b: notify}\n")
    }

    @Test("a key is added inside a flow mapping, or as a line after a block mapping's last line")
    func insert() throws {
        #expect(try Self.edited("a: {b: 1 }\nz: 0\n") { try $0.set("c", to: "2", in: Self.path("a")) } == "a: {b: 1, c: 2 }\nz: 0\n")
        #expect(try Self.edited("a: {}\n") { try $0.set("c", to: "2", in: Self.path("a")) } == "a: {c: 2}\n")
        #expect(try Self.edited("a:\n  b:\n    x: 1\n  # trailing\nz: 0\n") { try $0.set("c", to: "2", in: Self.path("a")) }
                == "a:\n  b:\n    x: 1\n  c: 2\n  # trailing\nz: 0\n")
        #expect(try Self.edited("- b: 1\n  d: 4\n- b: 2\n") { $0.set("c", to: "3", in: KeyPath([.index(0)])) } == "- b: 1\n  d: 4\n  c: 3\n- b: 2\n")
    }

    @Test("an item is appended to a block or flow list")
    func append() throws {
        #expect(try Self.edited("l:\n  - 1\n  - 2\nz: 0\n") { try $0.append("3", to: Self.path("l")) } == "l:\n  - 1\n  - 2\n  - 3\nz: 0\n")
        #expect(try Self.edited("l:\n- 1\nz: 0\n") { try $0.append("3", to: Self.path("l")) } == "l:\n- 1\n- 3\nz: 0\n")
        #expect(try Self.edited("l: [1, 2]\n") { try $0.append("3", to: Self.path("l")) } == "l: [1, 2, 3]\n")
        #expect(try Self.edited("l: [1]") { try $0.append("3", to: Self.path("l")) } == "l: [1, 3]")
        #expect(try Self.edited("l:\n  - 1") { try $0.append("3", to: Self.path("l")) } == "l:\n  - 1\n  - 3\n")
    }

    @Test("an item is removed with its lines; a comment on them stays")
    func remove() throws {
        #expect(try Self.edited("l:\n  - a # first\n  - b\n  - c\n") { try $0.remove(item: 1, of: Self.path("l")) } == "l:\n  - a # first\n  - c\n")
        #expect(try Self.edited("l:\n  - a\n  - b # why\n") { try $0.remove(item: 1, of: Self.path("l")) } == "l:\n  - a\n  # why\n")
        #expect(try Self.edited("l:\n  - {x: 1,\n     y: 2}\n  - b\n") { try $0.remove(item: 0, of: Self.path("l")) } == "l:\n  - b\n")
        #expect(try Self.edited("l: [a, b, c]\n") { try $0.remove(item: 1, of: Self.path("l")) } == "l: [a, c]\n")
        #expect(try Self.edited("l: [a, b, c]\n") { try $0.remove(item: 2, of: Self.path("l")) } == "l: [a, b]\n")
        #expect(try Self.text("l: [a]\n").remove(item: 0, of: Self.path("l")) == nil)
    }

    @Test("CRLF files get CRLF lines; a multibyte comment before does not shift columns")
    func lineEndings() throws {
        #expect(try Self.edited("a:\r\n  b: 1\r\n") { try $0.set("c", to: "2", in: Self.path("a")) } == "a:\r\n  b: 1\r\n  c: 2\r\n")
        #expect(try Self.edited("# café ☕\na: {b: 1, c: 2}\n") { try $0.set("c", to: "9", in: Self.path("a")) } == "# café ☕\na: {b: 1, c: 9}\n")
        #expect(try Self.edited("a: {n: ☕, b: 1}\n") { try $0.set("b", to: "9", in: Self.path("a")) } == "a: {n: ☕, b: 9}\n")
    }

    @Test("the unified diff has a/ b/ paths, three lines of context, and marks a missing final newline")
    func diff() {
        let old = Array("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n".utf8)
        let new = Array("1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n".utf8)
        #expect(UnifiedDiff.make(path: "./p.yaml", old: old, new: new) == "--- a/p.yaml\n+++ b/p.yaml\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n")
        #expect(UnifiedDiff.make(path: "p", old: Array("a".utf8), new: Array("b".utf8)) == "--- a/p\n+++ b/p\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n")
        #expect(UnifiedDiff.make(path: "p", old: old, new: old).isEmpty)
        #expect(UnifiedDiff.make(path: "p", old: [], new: Array("x\n".utf8)) == "--- a/p\n+++ b/p\n@@ -0,0 +1 @@\n+x\n")
    }
}
