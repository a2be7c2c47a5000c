import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Projection {
    /// `simulate --format json`, in its documented keys. Means sit beside the
    /// probabilities and percentiles, which are null in `--expected` mode.
    public func json() -> JSONValue {
        .object(jsonMembers)
    }

    /// The members of `json()`, in order, for a writer that adds its own (`--compare`'s path).
    package var jsonMembers: [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        switch mode {
        case .expected:
            members += [("mode", .string("expected")), ("runs", .null), ("seed", .null)]
        case .monteCarlo(let runs, let seed):
            members += [("mode", .string("monte-carlo")), ("runs", .int(runs)), ("seed", .string(String(seed)))]
        }
        members += body()
        members.append(("counterfactual", counterfactual.first.map { .object($0.body()) } ?? .null))
        members.append(("sensitivity", .array(sensitivity.map { entry in
            .object([("assumption", .string(entry.assumption)), ("low", Self.value(entry.low)), ("high", Self.value(entry.high)),
                     ("low_share", Self.value(entry.lowShare)), ("high_share", Self.value(entry.highShare))])
        })))
        // Only with uncertain assumptions, so a plan without ranges prints what it always did.
        if !importance.isEmpty {
            members.append(("importance", .array(importance.map { entry in
                .object([("assumption", .string(entry.assumption)), ("low", .number(entry.range.min)), ("likely", .number(entry.range.likely)),
                         ("high", .number(entry.range.max)), ("correlation", Self.value(entry.correlation)),
                         ("probability_low_third", Self.value(entry.lowThird)), ("probability_high_third", Self.value(entry.highThird))])
            })))
        }
        return members
    }

    /// Everything but the run settings, the counterfactual and the sensitivity:
    /// the shape the counterfactual shares.
    package func body() -> [(String, JSONValue)] {
        [
            ("horizon_days", .int(horizonDays)),
            ("start_date", startDate.map { .string($0.description) } ?? .null),
            ("currency", .string(currency)),
            ("assumptions", assumptions.json),
            ("defaults_used", .array(assumptions.defaulted.map(JSONValue.string))),
            ("checkpoints", .array(checkpoints.map { checkpoint in
                .object([("milestone", .string(checkpoint.milestone.rawValue)), ("day", .int(checkpoint.day)), ("date", dateValue(checkpoint.day)),
                         ("expectations", .array(checkpoint.expectations.map { expectation in
                             .object([("metric", .string(expectation.metric.rawValue)), ("service", expectation.service.map { .string($0.rawValue) } ?? .null),
                                      ("target", .number(expectation.target))] + expectation.estimate.members)
                         }))])
            })),
            ("objectives", .array(objectives.map { objective in
                .object([("objective", .string(objective.objective.rawValue)), ("metric", .string(objective.metric.rawValue)),
                         ("service", objective.service.map { .string($0.rawValue) } ?? .null), ("target", .number(objective.target)), ("by_day", .int(objective.byDay)), ("date", dateValue(objective.byDay))] + objective.estimate.members)
            })),
            ("roles", .array(roles.map { role in
                .object([
                    ("role", .string(role.role.rawValue)),
                    ("quota_attainment", .object(role.quotaAttainment.members.filter { $0.0 != "probability" })),
                    ("adjustment_probability", Self.value(role.adjustmentProbability)),
                    ("pay", .object(role.pay.members.filter { $0.0 != "probability" } + [
                        ("base", Self.value(role.base)), ("service_commission", Self.value(role.serviceCommission)),
                        ("hardware_commission", Self.value(role.hardwareCommission)), ("draw", Self.value(role.draw)),
                    ])),
                    ("hardware_diversion", Self.value(role.hardwareDiversion)),
                ])
            })),
        ]
    }

    /// The date of a plan day as `YYYY-MM-DD`, null without `launch.start_date`.
    private func dateValue(_ day: Int) -> JSONValue {
        date(ofDay: day).map { .string($0.description) } ?? .null
    }

    package static func value(_ number: Double?) -> JSONValue {
        number.map { .number(($0 * 1_000_000).rounded() / 1_000_000) } ?? .null
    }
}

extension Projection.Estimate {
    package var members: [(String, JSONValue)] {
        [("probability", Projection.value(probability)), ("mean", Projection.value(mean)),
         ("p10", Projection.value(p10)), ("p50", Projection.value(p50)), ("p90", Projection.value(p90))]
    }
}
