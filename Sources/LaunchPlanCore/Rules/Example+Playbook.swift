import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

extension Example {
    /// A complete small playbook around the sections an example is about, so
    /// that each example shows only what matters to its rule. Sections are
    /// YAML text at top-level indentation; `nil` leaves a section out.
    package static func playbook(
        roles: String = """
            roles:
              owner: {kind: owner}
              sales-manager: {kind: manager}
              mps-specialist: {kind: specialist}
            """,
        objectives: String = "objectives:\n  mps-mrr: {metric: new-mrr, target: 6000, by_day: 90, owner: owner}",
        compensation: String? = nil,
        territory: String? = nil,
        milestones: String = """
            milestones:
              - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 10}]}
            """,
        file: String = #filePath, line: Int = #line
    ) -> Example {
        let sections = [
            """
            launchplan: 1
            dealership: {name: Example Office Systems, services: [managed-print]}
            """,
            roles,
            objectives,
            compensation, territory, milestones,
        ]
        return Example(sections.compactMap { $0 }.joined(separator: "\n") + "\n", file: file, line: line)
    }

    /// Roles with hardware reps beside the specialist, for territory examples.
    package static let rolesWithReps = """
        roles:
          owner: {kind: owner}
          sales-manager: {kind: manager}
          mps-specialist: {kind: specialist}
          reps: {kind: account-rep, headcount: 4}
        """

    /// Reps and the specialist both working the installed base, with an escalation path.
    package static let sharedInstalledBase = """
        territory:
          segments:
            installed-base: {kind: customers, accounts: 800, owner: reps}
          rules:
            - {role: reps, segment: installed-base, sells: [hardware], access: open}
            - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: notify}
          escalation: {role: sales-manager, sla_days: 2}
        """

    /// A specialist with a quota working the open market, for the model rules.
    package static func quota(_ quota: String, territory: String = openMarket(sells: "[managed-print]"), milestones: String? = nil,
                              file: String = #filePath, line: Int = #line) -> Example {
        let compensation = "compensation:\n  mps-specialist:\n    quota: \(quota)"
        guard let milestones else { return playbook(compensation: compensation, territory: territory, file: file, line: line) }
        return playbook(compensation: compensation, territory: territory, milestones: milestones, file: file, line: line)
    }

    /// A specialist to be hired on day 0, with a comp plan.
    package static func hiring(milestones: String? = nil, file: String = #filePath, line: Int = #line) -> Example {
        let roles = """
            roles:
              owner: {kind: owner}
              sales-manager: {kind: manager}
              ↓mps-specialist: {kind: specialist, status: to-hire, start_day: 0}
            """
        let compensation = "compensation:\n  mps-specialist: {base_salary: 60000}"
        guard let milestones else { return playbook(roles: roles, compensation: compensation, file: file, line: line) }
        return playbook(roles: roles, compensation: compensation, milestones: milestones, file: file, line: line)
    }
}

extension Example {
    /// A specialist hired 20 days before the launch: the pipeline still counts
    /// from day 0, so the first close is day `cycle_days.min`, not day 10.
    package static let hiredBeforeLaunch = """
        roles:
          owner: {kind: owner}
          sales-manager: {kind: manager}
          mps-specialist: {kind: specialist, status: to-hire, start_day: -20}
        """

    /// The specialist alone in a prospects segment (the open market), selling `sells`.
    package static func openMarket(sells: String) -> String {
        """
        territory:
          segments:
            open-market: {kind: prospects}
          rules:
            - {role: mps-specialist, segment: open-market, sells: \(sells), access: open}
        """
    }
}
