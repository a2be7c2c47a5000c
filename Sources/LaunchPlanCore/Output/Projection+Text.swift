import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Projection {
    /// `simulate` as a readable table: checkpoints and objectives with target,
    /// mean, probability and p10/p50/p90; roles' attainment and pay; the
    /// counterfactual; the top of the sensitivity ranking; the defaults used.
    public func text() -> String {
        var out = ""
        switch mode {
        case .expected: out += "Expected values (the expectation model: means, no randomness), horizon \(horizonDays) days\n"
        case .monteCarlo(let runs, let seed): out += "Monte Carlo: \(runs) runs, seed \(seed), horizon \(horizonDays) days\n"
        }
        out += tables()
        if let alternative = counterfactual.first {
            out += "\nWithout the hardware commission lines flagged by hardware-clause-undermines-quota:\n" + alternative.tables()
        }
        if !sensitivity.isEmpty, sensitivity.allSatisfy({ $0.low == $0.high }) {
            out += "\nSensitivity: no assumption at 75 % or 125 % moves the first objective's probability (\(Self.percent(sensitivity[0].low))).\n"
        } else if !sensitivity.isEmpty {
            var table = TextTable(["assumption", "at 75 %", "at 125 %"])
            for entry in sensitivity.prefix(5) { table.add([entry.assumption, Self.percent(entry.low), Self.percent(entry.high)]) }
            out += "\nSensitivity of the first objective's probability (top 5):\n" + table.rendered
        }
        out += "\nDefaults used: " + (assumptions.defaulted.isEmpty ? "none" : assumptions.defaulted.joined(separator: ", ")) + "\n"
        return out
    }

    package func tables() -> String {
        var out = ""
        var table = TextTable(["", "day", "target", "mean", "probability", "p10", "p50", "p90"])
        for checkpoint in checkpoints {
            for e in checkpoint.expectations {
                table.add(["\(checkpoint.milestone): \(e.metric.rawValue)", String(checkpoint.day), Self.amount(e.target)] + e.estimate.cells)
            }
        }
        for objective in objectives {
            table.add(["objective \(objective.objective): \(objective.metric.rawValue)", String(objective.byDay), Self.amount(objective.target)] + objective.estimate.cells)
        }
        out += "\n" + table.rendered
        if !roles.isEmpty {
            var roleTable = TextTable(["role", "attainment", "p10", "p50", "p90", "salary cut", "pay", "base", "service", "hardware", "to hardware"])
            for role in roles {
                let attainment = role.quotaAttainment
                roleTable.add([role.role.rawValue, Self.percent(attainment.mean), Self.percent(attainment.p10), Self.percent(attainment.p50),
                               Self.percent(attainment.p90), Self.percent(role.adjustmentProbability), Self.amount(role.pay.mean), Self.amount(role.base),
                               Self.amount(role.serviceCommission), Self.amount(role.hardwareCommission), Self.percent(role.hardwareDiversion)])
            }
            out += "\n" + roleTable.rendered
        }
        return out
    }

    /// The shared number formatter, with `-` where there is no estimate.
    package static func percent(_ share: Double?) -> String {
        share.map(NumberText.percent) ?? "-"
    }

    package static func amount(_ value: Double?) -> String {
        value.map(NumberText.amount) ?? "-"
    }
}

extension Projection.Estimate {
    package var cells: [String] {
        [Projection.amount(mean), Projection.percent(probability), Projection.amount(p10), Projection.amount(p50), Projection.amount(p90)]
    }
}

/// A plain left/right-aligned text table: the first column left, the rest right.
package struct TextTable {
    package var header: [String]
    package var rows: [[String]] = []

    package init(_ header: [String]) {
        self.header = header
    }

    package mutating func add(_ row: [String]) { rows.append(row) }

    package var rendered: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                let pad = String(repeating: " ", count: widths[column] - row[column].count)
                return column == 0 ? row[column] + pad : pad + row[column]
            }.joined(separator: "  ").trimmingTrailingSpaces
        }.joined(separator: "\n") + "\n"
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
