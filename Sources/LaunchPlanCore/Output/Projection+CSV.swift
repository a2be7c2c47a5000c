import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Projection {
    /// `simulate --format csv`: one row per checkpoint expectation, objective,
    /// role outcome and sensitivity entry; the counterfactual's rows are marked.
    public static let csvHeader = "plan,section,name,metric,service,day,target,probability,mean,p10,p50,p90\n"

    public func csvRows(plan: String, section prefix: String = "") -> String {
        func cell(_ value: Double?) -> String { value.map { JSONValue.format(($0 * 1_000_000).rounded() / 1_000_000) } ?? "" }
        func quoted(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingAll("\"", with: "\"\"") + "\"" : text
        }
        func row(_ section: String, _ name: String, _ metric: String, _ service: String?, _ day: Int?, _ target: Double?, _ e: Estimate) -> String {
            [quoted(plan), prefix + section, quoted(name), metric, service ?? "", day.map(String.init) ?? "", cell(target),
             cell(e.probability), cell(e.mean), cell(e.p10), cell(e.p50), cell(e.p90)].joined(separator: ",") + "\n"
        }
        var out = ""
        for checkpoint in checkpoints {
            for e in checkpoint.expectations {
                out += row("checkpoint", checkpoint.milestone.rawValue, e.metric.rawValue, e.service?.rawValue, checkpoint.day, e.target, e.estimate)
            }
        }
        for objective in objectives {
            out += row("objective", objective.objective.rawValue, objective.metric.rawValue, nil, objective.byDay, objective.target, objective.estimate)
        }
        for role in roles {
            out += row("role", role.role.rawValue, "quota_attainment", nil, nil, nil, role.quotaAttainment)
            out += row("role", role.role.rawValue, "pay", nil, nil, nil, role.pay)
        }
        for alternative in counterfactual { out += alternative.csvRows(plan: plan, section: "counterfactual-") }
        for entry in sensitivity {
            out += row("sensitivity", entry.assumption, "first_objective_probability_low", nil, nil, nil, .expected(entry.low))
            out += row("sensitivity", entry.assumption, "first_objective_probability_high", nil, nil, nil, .expected(entry.high))
        }
        return out
    }
}
