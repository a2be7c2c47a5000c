import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanSimulation

extension Calibration {
    /// `calibrate --format json`, in its documented keys (`docs/output.md`).
    public func json() -> JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        let score = self.score
        return .object([
            ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
            ("folder", .string(folder)), ("runs", .int(runs)), ("seed", .string(String(seed))),
            ("score", .object([("brier", Projection.value(score.brier)), ("decided", .int(score.decided)), ("undecided", .int(score.undecided))])),
            ("reliability", .array(reliability.map { band in
                .object([("low", Projection.value(band.lower)), ("high", Projection.value(band.upper)), ("forecasts", .int(band.forecasts)),
                         ("mean_forecast", Projection.value(band.meanForecast)), ("happened", Projection.value(band.happened))])
            })),
            ("assumptions", .array(assumptions.map { summary in
                .object([("assumption", .string(summary.assumption.rawValue)), ("key", .string(summary.assumption.key)),
                         ("launches", .int(summary.launches)), ("geometric_mean", Projection.value(summary.geometricMean)),
                         ("lowest", Projection.value(summary.lowest)), ("highest", Projection.value(summary.highest)),
                         ("consistently_off", .bool(summary.isConsistentlyOff))])
            })),
            ("launches", .array(launches.map { launch in
                let score = Self.score(launch.forecasts)
                return .object([
                    ("path", .string(launch.path)), ("dealership", .string(launch.dealership)), ("last_day", .int(launch.lastDay)),
                    ("brier", Projection.value(score.brier)),
                    ("forecasts", .array(launch.forecasts.map { forecast in
                        .object([("kind", .string(forecast.kind.rawValue)), ("id", .string(forecast.id)), ("metric", .string(forecast.metric.rawValue)),
                                 ("service", optional(forecast.service?.rawValue)), ("day", .int(forecast.day)), ("target", .number(forecast.target)),
                                 ("probability", Projection.value(forecast.probability)), ("outcome", .string(forecast.outcome?.rawValue ?? "undecided"))])
                    })),
                    ("ratios", .array(launch.ratios.map { ratio in
                        .object([("assumption", .string(ratio.assumption.rawValue)), ("service", .string(ratio.service.rawValue)),
                                 ("role", optional(ratio.role?.rawValue)), ("day", .int(ratio.day)), ("actual", Projection.value(ratio.actual)),
                                 ("planned", Projection.value(ratio.planned)), ("ratio", Projection.value(ratio.ratio))])
                    })),
                ])
            })),
            ("skipped", .array(skipped.map { skip in
                .object([("path", .string(skip.path)), ("line", skip.mark.map { .int($0.line) } ?? .null),
                         ("column", skip.mark.map { .int($0.column) } ?? .null), ("reason", .string(skip.reason))])
            })),
        ])
    }
}
