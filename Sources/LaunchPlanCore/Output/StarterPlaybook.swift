import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// The playbook `launchplan init` writes: a plan that reads cleanly and has
/// no errors as written, one specialist role per service, with a comment on
/// every section saying what to fill in and why. The warnings it may get are
/// the decisions the owner must still make (the comments say which).
public struct StarterPlaybook: Sendable {
    public var dealership: String
    public var services: [ServiceID]
    /// Persons per specialist role.
    public var specialists: Int
    public var startDate: CalendarDate?

    public init(dealership: String = "Your Dealership", services: [ServiceID] = ["managed-print"], specialists: Int = 1,
                startDate: CalendarDate? = nil) {
        self.dealership = dealership
        self.services = services
        self.specialists = specialists
        self.startDate = startDate
    }

    /// The most persons per specialist role `init` writes (the format allows more; a starter needs no more).
    public static let maximumSpecialists = 50

    /// The YAML text.
    public func text() -> String {
        let n = specialists
        let name = JSONValue.string(dealership).rendered().dropLast()  // a JSON string is a YAML double-quoted string
        let roleOf = { (service: ServiceID) in "\(service.rawValue)-specialist" }
        var out = """
            # A starter launch plan for \(dealership.displaySafe), written by `launchplan init`.
            # Fill in each section (the comments say what and why), then check it:
            #   launchplan validate THIS-FILE      the problems, with a fix each
            #   launchplan simulate THIS-FILE      how likely each checkpoint and objective is
            # As written it has no errors. Warnings it may show are decisions still to
            # make: targets the model finds too high or too easy for its assumptions.
            # Editors check the file as you type with the schema: `launchplan schema >
            # playbook.schema.json` and a first line `# yaml-language-server: $schema=playbook.schema.json`.
            launchplan: 1

            # Who you are and what you launch. `services` are the managed services this
            # plan is for (ids in kebab-case); `currency` is the unit of every amount below.
            dealership:
              name: \(name)
              currency: USD
              services: [\(services.map(\.rawValue).joined(separator: ", "))]

            # Day 0 is the launch day; every `day` below counts from it (negative days
            # are before it). `horizon_days` is how far the plan looks: 180 covers the
            # 30/60/90-day reviews and the first signed revenue.\(startDate == nil ? " Add `start_date:\n# YYYY-MM-DD` to see dates beside days." : "")
            launch:
              title: Managed services launch
            \(startDate.map { "  start_date: \($0)\n" } ?? "")  horizon_days: 180

            # Who is in the plan. One owner (the dealer principal) has the final word; the
            # sales manager briefs the team and settles disputes; a specialist per service
            # builds its pipeline (`status: to-hire` until hired; `start_day` is their
            # first day); the account reps own the installed base and introduce the
            # specialist there. Set the reps' `headcount` to your team's.
            roles:
              owner: {kind: owner, title: Dealer principal}
              sales-manager: {kind: manager, title: Sales manager}

            """
        for service in services {
            out += "  \(roleOf(service)): {kind: specialist, status: to-hire, start_day: 0, headcount: \(n), services: [\(service.rawValue)]}\n"
        }
        out += """
              account-reps: {kind: account-rep, title: MFP account reps, headcount: 4}

            # What the owner commits the business to, per service: proposals (pipeline
            # MRR) by day 90, signed monthly recurring revenue by day 180. Set targets
            # you would defend to your bank; the quotas below must add up to them.
            objectives:

            """
        for service in services {
            out += """
                  \(service.rawValue)-pipeline-by-90: {metric: pipeline-mrr, service: \(service.rawValue), target: \(12_000 * n), by_day: 90, owner: owner}
                  \(service.rawValue)-mrr-by-180: {metric: new-mrr, service: \(service.rawValue), target: \(12_000 * n), by_day: 180, owner: owner}

                """
        }
        out += """

            # How each person is paid. The specialist: a base salary, commission on the
            # service only (hardware commission pulls them into hardware deals), a draw
            # while the pipeline builds, and a quota with a ramp (nothing expected in the
            # first 60 days: the sales cycle makes earlier deals rare). No salary cut
            # before deals can close. The reps: paid on the service sold in the accounts
            # they own, so that they open those accounts to the specialist.
            compensation:

            """
        for service in services {
            out += """
                  \(roleOf(service)):
                    base_salary: 65000
                    quota:
                      metric: new-mrr
                      service: \(service.rawValue)
                      target: 12000
                      by_day: 180
                      ramp:
                        - {through_day: 60, percent: 0}
                        - {through_day: 120, percent: 25}
                    commissions:
                      - {metric: new-mrr, service: \(service.rawValue), multiple: 1.5}
                    draw: {monthly: 1500, until_day: 150, recoverable: false}

                """
        }
        out += """
              account-reps:
                base_salary: 36000
                commissions:
                  - {metric: hardware-gp, percent: 10}

            """
        for service in services {
            out += "      - {metric: new-mrr, service: \(service.rawValue), credit: in-owned-accounts, multiple: 0.5, segments: [installed-base]}\n"
        }
        out += """

            # Who may sell what to which accounts. Set `accounts` to your installed base.
            # The specialist may work the reps' accounts after telling the rep (`notify`)
            # and the open market freely; disputes go to the sales manager within two days.
            territory:
              segments:
                installed-base: {kind: customers, accounts: 1400, owner: account-reps}
                open-market: {kind: prospects}
              rules:
                - {role: account-reps, segment: installed-base, sells: [hardware], access: open}
                - {role: account-reps, segment: open-market, sells: [hardware], access: open}

            """
        for service in services {
            out += """
                    - {role: \(roleOf(service)), segment: installed-base, sells: [\(service.rawValue)], access: notify}
                    - {role: \(roleOf(service)), segment: open-market, sells: [\(service.rawValue)], access: open}

                """
        }
        out += """
              escalation: {role: sales-manager, sla_days: 2}

            # Before day 0: comp plans signed, the sales team briefed (why the service,
            # who the specialist is, how reps get paid), the rules of engagement published.
            # After: the 30/60/90-day checkpoints the owner reviews, cumulative from day 0.
            # Set the checkpoint targets from your own funnel.
            milestones:
              - {id: comp-plans-signed, day: -21, owner: owner, delivers: [comp-plans-signed]}
              - {id: team-briefing, day: -14, owner: sales-manager, delivers: [team-briefed], needs: [comp-plans-signed]}
              - {id: rules-published, day: -7, owner: sales-manager, delivers: [rules-of-engagement-published], needs: [team-briefing]}
              - {id: crm-and-training, day: -3, owner: sales-manager, delivers: [crm-ready, training-complete]}

            """
        let checkpoints: [(day: Int, owner: String, expect: [(String, Int)])] = [
            (30, "sales-manager", [("appointments", 15)]),
            (60, "sales-manager", [("appointments", 35), ("assessments", 12)]),
            (90, "owner", [("proposals", 12), ("pipeline-mrr", 12_000)]),
            (180, "owner", [("agreements", 6), ("new-mrr", 12_000)]),
        ]
        for checkpoint in checkpoints {
            out += "  - id: day-\(checkpoint.day)\n    day: \(checkpoint.day)\n    owner: \(checkpoint.owner)\n    expect:\n"
            for service in services {
                for (metric, target) in checkpoint.expect {
                    out += "      - {metric: \(metric), service: \(service.rawValue), target: \(target * n)}\n"
                }
            }
        }
        out += """

            # The pipeline assumptions behind the numbers: every one has a default
            # (`launchplan simulate --show-defaults` lists them). Replace a default with
            # your own figure where you have one, e.g. `touches_per_day: 40`.
            assumptions:
              referrals_per_month: 1
              introductions_per_month: 0.5

            """
        return out
    }
}
