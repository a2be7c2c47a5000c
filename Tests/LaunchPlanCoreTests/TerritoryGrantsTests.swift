import Testing
@testable import LaunchPlanCore

/// The one territory question: which rules let a role sell a product line, where, how freely.
@Suite("Territory grants")
struct TerritoryGrantsTests {
    static let text = """
        launchplan: 1
        dealership: {name: Grants Office Systems, services: [managed-print, managed-it]}
        roles:
          owner: {kind: owner}
          spec: {kind: specialist}
          reps: {kind: account-rep}
        objectives:
          mrr: {metric: new-mrr, service: managed-print, target: 1000, by_day: 90, owner: owner}
        territory:
          segments:
            base: {kind: customers, accounts: 100, owner: reps}
            market: {kind: prospects}
          rules:
            - {role: spec, segment: base, sells: [managed-print], access: permission}
            - {role: spec, segment: market, sells: [managed-print, hardware], access: open}
            - {role: spec, segment: base, sells: [managed-it], access: none}
            - {role: reps, segment: base, sells: [hardware], access: notify}
        milestones:
          - {id: day-30, day: 30, owner: owner}
        """

    static func plan() throws -> Playbook {
        try #require(Validator().validate(PlaybookSource(path: "g.yaml", bytes: Array(text.utf8))).playbook)
    }

    @Test("grants by role and product line, in file order, with segment and access; `none` grants nothing")
    func byRole() throws {
        let plan = try Self.plan()
        #expect(plan.grants(to: "spec", for: .service("managed-print")).map { "\($0.segment?.id.value ?? "?") \($0.access)" } == ["base permission", "market open"])
        #expect(plan.grants(to: "spec", for: .hardware).map { $0.segment?.kind } == [.prospects])
        #expect(plan.grants(to: "spec", for: .service("managed-it")).isEmpty)
        #expect(plan.grants(to: "spec").count == 2)
        #expect(plan.grants(to: "reps", for: .hardware).allSatisfy { $0.access.isFree })
        #expect(!Access.permission.isFree && !Access.none.isFree && Access.open.isFree)
    }

    @Test("grants in a segment, to any role")
    func bySegment() throws {
        let plan = try Self.plan()
        #expect(plan.grants(in: "base").map(\.role) == ["spec", "reps"])
        #expect(plan.grants(in: "market").map(\.role) == ["spec"])
    }

    @Test("`hardware` in `sells` is the hardware line, never a service")
    func productLine() {
        #expect(ProductLine("hardware") == .hardware)
        #expect(ProductLine("managed-print") == .service("managed-print"))
    }
}
