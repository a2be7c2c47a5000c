import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Projection {
    /// `simulate --format csv`: one row per quantity, everything the text shows.
    /// The first twelve columns are the original ones; `date` and `unit` were added after them.
    ///
    /// - `plan`: the playbook's path. `section`: `run`, `checkpoint`, `objective`,
    ///   `role`, `sensitivity`, `importance`, `assumption`; the counterfactual plan's rows
    ///   (without the hardware lines hardware-clause-undermines-quota flags) are
    ///   `counterfactual-checkpoint`, `counterfactual-objective`, `counterfactual-role`.
    /// - `name`: the milestone, objective, role or assumption (for `run`: the mode,
    ///   `monte-carlo` or `expected`). `metric`: what the row measures (below).
    /// - `service`: the service of a checkpoint, objective or quota (`hardware`
    ///   for hardware-gp). `day`: the plan day it is judged on; `date`: that
    ///   day's date when the playbook has `launch.start_date`.
    /// - `target`, `probability` (share of runs at or above the target; empty
    ///   with `--expected`), `mean`, `p10`, `p50`, `p90`.
    /// - `unit` of target, mean and percentiles: the currency code for money
    ///   (new-mrr and pipeline-mrr a month, pay over the horizon), `count`,
    ///   `share` (1 = 100 %), `days`.
    ///
    /// Role rows, per person: `quota_attainment` (day: the quota's by_day);
    /// `performance_adjustment`, only when the comp plan has one (day: the
    /// review; probability: the chance of the salary change; mean: the same,
    /// or with `--expected` 1 when the expectation model expects it and 0 when
    /// not); `pay` over the horizon and its parts `pay_base`,
    /// `pay_service_commission`, `pay_hardware_commission`, `pay_draw`;
    /// `hardware_diversion`, the share of touches spent on hardware while a
    /// hardware line pays. Run rows: `runs`, `seed`, `horizon_days`, and `start`
    /// (day 0 and its date). Sensitivity rows: the first objective's
    /// probability with the assumption at 75 % (`first_objective_probability_low`)
    /// and 125 % (`_high`), in `mean`. Importance rows, only for a plan with
    /// uncertain assumptions (`{low, likely, high}`), ranked: Spearman's rank
    /// correlation of the assumption's draws with the first objective
    /// (`first_objective_rank_correlation`) and the objective's probability
    /// when the draw is in its lowest and highest third (`_low_third`,
    /// `_high_third`), in `mean`. Assumption rows: metric `default` or
    /// `playbook` (where the value came from), the value in `mean` (empty for
    /// `hardware_diversion_percent: auto`).
    public static let csvHeader = "plan,section,name,metric,service,day,target,probability,mean,p10,p50,p90,date,unit\n"

    public func csvRows(plan: String, section prefix: String = "") -> String {
        func cell(_ value: Double?) -> String { CSVField.number(value) }
        func quoted(_ text: String) -> String { CSVField.quoted(text) }
        var out = ""
        func row(_ section: String, _ name: String, _ metric: String, service: String? = nil, day: Int? = nil, target: Double? = nil,
                 _ e: Estimate, unit: String, value: String? = nil) {
            let date = day.flatMap(date(ofDay:)).map(String.init(describing:)) ?? ""
            out += [quoted(plan), prefix + section, quoted(name), metric, quoted(service ?? ""), day.map(String.init) ?? "", cell(target),
                    cell(e.probability), value ?? cell(e.mean), cell(e.p10), cell(e.p50), cell(e.p90), date, quoted(unit)].joined(separator: ",") + "\n"
        }
        func unit(of metric: Metric) -> String { metric.isMoney ? currency : "count" }
        func service(_ metric: Metric, _ service: ServiceID?) -> String? { service?.rawValue ?? (metric == .hardwareGP ? "hardware" : nil) }
        if prefix.isEmpty {
            let modeName: String
            switch mode {
            case .expected: modeName = "expected"
            case .monteCarlo(let runs, let seed):
                modeName = "monte-carlo"
                row("run", modeName, "runs", .expected(nil), unit: "count", value: String(runs))
                row("run", modeName, "seed", .expected(nil), unit: "", value: String(seed))
            }
            row("run", modeName, "horizon_days", .expected(Double(horizonDays)), unit: "days")
            if startDate != nil { row("run", modeName, "start", day: 0, .expected(nil), unit: "") }
        }
        for checkpoint in checkpoints {
            for e in checkpoint.expectations {
                row("checkpoint", checkpoint.milestone.rawValue, e.metric.rawValue, service: service(e.metric, e.service), day: checkpoint.day,
                    target: e.target, e.estimate, unit: unit(of: e.metric))
            }
        }
        for objective in objectives {
            row("objective", objective.objective.rawValue, objective.metric.rawValue, service: service(objective.metric, objective.service),
                day: objective.byDay, target: objective.target, objective.estimate, unit: unit(of: objective.metric))
        }
        for role in roles {
            let name = role.role.rawValue
            row("role", name, "quota_attainment", service: role.quota.map { service($0.metric.value, $0.service?.value) } ?? nil,
                day: role.quota?.byDay.value, role.quotaAttainment, unit: "share")
            if let adjustment = role.adjustment {
                let expected = role.adjustmentExpected.map { $0 ? 1.0 : 0.0 }
                row("role", name, "performance_adjustment", day: adjustment.reviewDay.value,
                    { var e = Estimate.expected(role.adjustmentProbability ?? expected); e.probability = role.adjustmentProbability; return e }(),
                    unit: "share")
            }
            row("role", name, "pay", role.pay, unit: currency)
            row("role", name, "pay_base", .expected(role.base), unit: currency)
            row("role", name, "pay_service_commission", .expected(role.serviceCommission), unit: currency)
            row("role", name, "pay_hardware_commission", .expected(role.hardwareCommission), unit: currency)
            row("role", name, "pay_draw", .expected(role.draw), unit: currency)
            row("role", name, "hardware_diversion", .expected(role.hardwareDiversion), unit: "share")
        }
        for alternative in counterfactual { out += alternative.csvRows(plan: plan, section: "counterfactual-") }
        for entry in sensitivity {
            row("sensitivity", entry.assumption, "first_objective_probability_low", .expected(entry.low), unit: "share")
            row("sensitivity", entry.assumption, "first_objective_probability_high", .expected(entry.high), unit: "share")
            row("sensitivity", entry.assumption, "first_objective_share_of_target_low", .expected(entry.lowShare), unit: "share")
            row("sensitivity", entry.assumption, "first_objective_share_of_target_high", .expected(entry.highShare), unit: "share")
        }
        for entry in importance {
            row("importance", entry.assumption, "first_objective_rank_correlation", .expected(entry.correlation), unit: "")
            row("importance", entry.assumption, "first_objective_probability_low_third", .expected(entry.lowThird), unit: "share")
            row("importance", entry.assumption, "first_objective_probability_high_third", .expected(entry.highThird), unit: "share")
        }
        if prefix.isEmpty {
            for entry in assumptions.keyedValues {
                row("assumption", entry.key, assumptions.defaulted.contains(entry.key) ? "default" : "playbook", .expected(entry.value), unit: "")
            }
        }
        return out
    }
}
