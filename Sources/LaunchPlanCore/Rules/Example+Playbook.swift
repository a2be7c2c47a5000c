extension Example {
    /// A complete small playbook around the sections an example is about, so
    /// that each example shows only what matters to its rule. Sections are
    /// YAML text at top-level indentation; `nil` leaves a section out.
    static func playbook(
        roles: String = """
            roles:
              owner: {kind: owner}
              sales-manager: {kind: manager}
              mps-specialist: {kind: specialist}
            """,
        compensation: String? = nil,
        territory: String? = nil,
        milestones: String = """
            milestones:
              - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 10}]}
            """
    ) -> Example {
        let sections = [
            """
            launchplan: 1
            dealership: {name: Example Office Systems, services: [managed-print]}
            """,
            roles,
            "objectives:\n  mps-mrr: {metric: new-mrr, target: 6000, by_day: 90, owner: owner}",
            compensation, territory, milestones,
        ]
        return Example(sections.compactMap { $0 }.joined(separator: "\n") + "\n")
    }
}
