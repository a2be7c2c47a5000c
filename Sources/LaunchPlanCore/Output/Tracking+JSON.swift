import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanSimulation

extension Tracking {
    /// `track --format json`, in its documented keys (`docs/output.md`).
    public func json(path: String) -> JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        func percentiles(_ e: Projection.Estimate) -> [(String, JSONValue)] {
            [("p10", Projection.value(e.p10)), ("p50", Projection.value(e.p50)), ("p90", Projection.value(e.p90))]
        }
        return .object([
            ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])), ("path", .string(path)),
            ("runs", .int(runs)), ("seed", .string(String(seed))), ("effective_runs", Projection.value(effectiveRuns)),
            ("last_day", .int(lastDay)), ("currency", .string(plan.currency)),
            ("observations", .array(observations.map { observation in
                let actual = observation.actual
                return .object([("day", .int(actual.day.value)), ("metric", .string(actual.metric.value.rawValue)),
                                ("service", optional(actual.service?.value.rawValue)), ("role", optional(actual.role?.value.rawValue)),
                                ("value", .number(actual.value.value))] + percentiles(observation.band)
                               + [("at_or_below", Projection.value(observation.atOrBelow)), ("verdict", .string(observation.verdict.rawValue))])
            })),
            ("chances", .array(chances.map { chance in
                .object([("kind", .string(chance.kind.rawValue)), ("id", .string(chance.id)), ("metric", optional(chance.metric?.rawValue)),
                         ("service", optional(chance.service?.rawValue)), ("day", .int(chance.day)), ("target", Projection.value(chance.target)),
                         ("planned", Projection.value(chance.planned.probability)), ("conditioned", Projection.value(chance.conditioned.probability)),
                         ("conditioned_mean", Projection.value(chance.conditioned.mean)), ("outlook", optional(chance.outlook?.rawValue)),
                         ("past", .bool(chance.isPast))])
            })),
            ("posteriors", .array(posteriors.map { posterior in
                .object([("assumption", .string(posterior.assumption)), ("low", .number(posterior.range.min)), ("likely", .number(posterior.range.likely)),
                         ("high", .number(posterior.range.max)), ("planned_mean", .number(posterior.plannedMean)),
                         ("mean", Projection.value(posterior.estimate.mean))] + percentiles(posterior.estimate))
            })),
        ])
    }
}
