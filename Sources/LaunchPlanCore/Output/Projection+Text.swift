import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Projection {
    /// `simulate` as a readable report for the owner: checkpoints and
    /// objectives (each with its service, day and date) with target, mean,
    /// chance and p10/p50/p90; each role's quota attainment and chance of a
    /// salary cut; pay over the horizon, split; the counterfactual; a legend;
    /// the top of the sensitivity ranking; how many assumptions are defaults
    /// (with `showingDefaults`, which, and their values).
    public func text(showingDefaults: Bool = false) -> String {
        var out = ""
        let span = "horizon \(horizonDays) days" + (startDate.map { " from \($0)" } ?? "") + ", money in \(currency.displaySafe)"
        switch mode {
        case .expected: out += "Expected values (the expectation model: means, no randomness), \(span)\n"
        case .monteCarlo(let runs, let seed): out += "Monte Carlo: \(runs) runs, seed \(seed), \(span)\n"
        }
        out += tables()
        if let alternative = counterfactual.first {
            out += "\nWithout the hardware commission lines flagged by hardware-clause-undermines-quota:\n" + alternative.tables()
        }
        out += legend()
        if !sensitivity.isEmpty, sensitivity.allSatisfy({ $0.low == $0.high && $0.lowShare == $0.highShare }) {
            out += "\nSensitivity: no assumption at 75 % or 125 % moves the first objective (chance \(Self.percent(sensitivity[0].low))).\n"
        } else if let objective = objectives.first, !sensitivity.isEmpty {
            // Both measures: the chance can sit at 0 % or 100 % while the expected value still moves.
            var table = TextTable(["assumption", "chance at 75 %", "at 125 %", "expected at 75 %", "at 125 %"])
            for entry in sensitivity.prefix(5) {
                table.add([entry.assumption, Self.percent(entry.low), Self.percent(entry.high), Self.percent(entry.lowShare), Self.percent(entry.highShare)])
            }
            out += "\nWhat moves objective \(objective.objective.rawValue.displaySafe) most (top 5), each assumption at 75 % and 125 %:\n"
                + "chance: the share of runs that reach the target; expected: the mean as a share of the target "
                + "(\(NumberText.amount(Double(Sensitivity.runs(for: mode.runs ?? 0)))) runs each).\n"
                + table.rendered
        }
        out += importanceText()
        out += "\n" + defaultsText(listing: showingDefaults)
        return out
    }

    /// What to find out before hiring: the uncertain assumptions ranked by
    /// their rank correlation with the first objective, with its chance when
    /// each falls in the lowest and highest third of its range's draws.
    package func importanceText() -> String {
        guard let objective = objectives.first, !importance.isEmpty else { return "" }
        var table = TextTable(["uncertain assumption", "low", "likely", "high", "correlation", "chance if low", "if high"])
        for entry in importance {
            table.add([entry.assumption, NumberText.amount(entry.range.min), NumberText.amount(entry.range.likely), NumberText.amount(entry.range.max),
                       entry.correlation.map { NumberText.exact(($0 * 100).rounded() / 100) } ?? "-",
                       Self.percent(entry.lowThird), Self.percent(entry.highThird)])
        }
        return "\nWhat to find out before hiring: how much each uncertain assumption decides objective \(objective.objective.rawValue.displaySafe)\n"
            + "(correlation: Spearman's, of the runs' draws with the objective, -1 to 1; chance: the share of runs that reach the target\n"
            + "when the draw falls in the lowest or the highest third of its draws):\n" + table.rendered
    }

    /// The checkpoint, objective, attainment and pay tables (the shape the counterfactual shares).
    package func tables() -> String {
        var out = ""
        let dated = startDate != nil
        // The expectation model has means only: no columns of dashes.
        let spread = mode != .expected
        func outcomeRow(_ label: String, _ metric: Metric, _ service: ServiceID?, _ day: Int, _ target: Double, _ estimate: Estimate) -> [String] {
            [label, service?.rawValue.displaySafe ?? (metric == .hardwareGP ? "hardware" : "-"), String(day)]
                + (dated ? [date(ofDay: day).map(String.init(describing:)) ?? ""] : [])
                + [Self.amount(target)] + (spread ? estimate.cells : [Self.amount(estimate.mean)])
        }
        let outcomeHeader = ["service", "day"] + (dated ? ["date"] : []) + ["target", "mean"] + (spread ? ["chance", "p10", "p50", "p90"] : [])
        if !checkpoints.isEmpty {
            var table = TextTable([""] + outcomeHeader, left: dated ? [1, 3] : [1])
            for checkpoint in checkpoints {
                for e in checkpoint.expectations {
                    table.add(outcomeRow("\(checkpoint.milestone.rawValue.displaySafe): \(e.metric.rawValue)", e.metric, e.service, checkpoint.day, e.target, e.estimate))
                }
            }
            let metrics = checkpoints.flatMap { $0.expectations.map(\.metric) }
            out += "\nCheckpoints, counted from day 0\(moneyNote(metrics)):\n" + table.rendered
        }
        if !objectives.isEmpty {
            var table = TextTable([""] + outcomeHeader, left: dated ? [1, 3] : [1])
            for objective in objectives {
                table.add(outcomeRow("\(objective.objective.rawValue.displaySafe): \(objective.metric.rawValue)", objective.metric, objective.service,
                                     objective.byDay, objective.target, objective.estimate))
            }
            out += "\nObjectives\(moneyNote(objectives.map(\.metric))):\n" + table.rendered
        }
        guard !roles.isEmpty else { return out }
        var attainment = TextTable(["role", "quota", "mean"] + (spread ? ["p10", "p50", "p90"] : []) + [salaryCutHeader], left: [1])
        for role in roles {
            let a = role.quotaAttainment
            attainment.add([role.role.rawValue.displaySafe, role.quota.map(quotaText) ?? "-", Self.percent(a.mean)]
                           + (spread ? [Self.percent(a.p10), Self.percent(a.p50), Self.percent(a.p90)] : []) + [salaryCutCell(role)])
        }
        out += "\nQuota attainment (each person's own sales against the quota):\n" + attainment.rendered
        var pay = TextTable(["role", "total", "base", "service commission", "hardware commission", "draw", "touches to hardware"])
        for role in roles {
            pay.add([role.role.rawValue.displaySafe, Self.amount(role.pay.mean), Self.amount(role.base), Self.amount(role.serviceCommission),
                     Self.amount(role.hardwareCommission), Self.amount(role.draw), Self.percent(role.hardwareDiversion)])
        }
        let averaged = if case .monteCarlo = mode { "average of the runs" } else { "expected" }
        out += "\nPay per person over the \(horizonDays) days, in \(currency.displaySafe) (\(averaged); the plan's salaries are per year):\n" + pay.rendered
        return out
    }

    /// Which of `metrics` are money, in the plan's currency: `` (new-mrr in USD a month)``.
    private func moneyNote(_ metrics: [Metric]) -> String {
        var notes: [String] = []
        let monthly = [Metric.newMRR, .pipelineMRR].filter(metrics.contains).map(\.rawValue)
        if !monthly.isEmpty { notes.append(monthly.joined(separator: " and ") + " in \(currency.displaySafe) a month") }
        if metrics.contains(.hardwareGP) { notes.append("hardware-gp in \(currency.displaySafe)") }
        return notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
    }

    /// `new-mrr 12,000 USD by day 90 (2027-04-04)`.
    private func quotaText(_ quota: Quota) -> String {
        let metric = quota.metric.value
        let money = metric.isMoney ? " \(currency.displaySafe)" : ""
        let day = quota.byDay.value
        return "\(metric.rawValue) \(Self.amount(quota.target.value))\(money) by day \(day)" + (date(ofDay: day).map { " (\($0))" } ?? "")
    }

    /// "salary cut" unless some adjustment raises or keeps the base.
    private var salaryWord: String {
        roles.allSatisfy { ($0.adjustment?.baseSalaryChangePercent ?? -1) < 0 } ? "salary cut" : "salary change"
    }

    private var salaryCutHeader: String {
        if case .monteCarlo = mode { "chance of \(salaryWord)" } else { "\(salaryWord) expected" }
    }

    /// The chance of the adjustment (Monte Carlo) or whether the model expects it;
    /// `no clause` when the comp plan has none, so that no clause never reads as a number.
    private func salaryCutCell(_ role: RoleOutcome) -> String {
        guard role.adjustment != nil else { return "no clause" }
        if case .monteCarlo = mode { return Self.percent(role.adjustmentProbability) }
        return role.adjustmentExpected.map { $0 ? "yes" : "no" } ?? "-"
    }

    /// What the columns mean, for a reader who is not a statistician; only the lines that apply.
    package func legend() -> String {
        var lines: [String] = []
        if case .monteCarlo = mode, !(checkpoints.isEmpty && objectives.isEmpty) {
            lines.append("chance: the share of runs that reach the target. p10, p50, p90: 10 %, half and 90 % of runs end at or below.")
        }
        for role in roles {
            guard let adjustment = role.adjustment else { continue }
            let review = adjustment.reviewDay.value
            let on = "day \(review)" + (date(ofDay: review).map { " (\($0))" } ?? "")
            let percent = adjustment.baseSalaryChangePercent
            let change = percent < 0 ? "is then cut by \(NumberText.exact(-percent)) %" : percent > 0 ? "then rises by \(NumberText.exact(percent)) %" : "then stays as it is"
            let who = if case .monteCarlo = mode {
                "chance of \(salaryWord): the share of runs in which \(role.role.rawValue.displaySafe) is"
            } else {
                "\(salaryWord) expected: yes when the model expects \(role.role.rawValue.displaySafe)"
            }
            let after = review + 1 >= horizonDays ? ", after these \(horizonDays) days (not in the pay above)" : ""
            lines.append("\(who) below \(NumberText.exact(adjustment.belowAttainmentPercent)) % of quota on \(on);")
            lines.append("  the base salary \(change) from day \(review + 1)\(after).")
        }
        if !roles.isEmpty {
            let source = switch assumptions.hardwareDiversion {
            case .auto: "estimated from what a touch earns on each"
            case .percent: "the playbook's hardware_diversion_percent"
            }
            lines.append("touches to hardware: the share of the role's calls, emails and visits spent on hardware deals instead of")
            lines.append("  managed services, on the days a hardware commission line pays (\(source)).")
        }
        return lines.isEmpty ? "" : "\n" + lines.joined(separator: "\n") + "\n"
    }

    /// How many assumptions take the format's default, and the option that lists
    /// them; with `listing`, each of them with its value.
    package func defaultsText(listing: Bool) -> String {
        let total = assumptions.keyedValues.count
        let defaulted = assumptions.keyedValues.filter { assumptions.defaulted.contains($0.key) }
        guard !defaulted.isEmpty else { return "Assumptions: all \(total) are set in the playbook, none left to the defaults.\n" }
        let count = defaulted.count == total ? "all \(total)" : "\(defaulted.count) of \(total)"
        guard listing else { return "Assumptions: \(count) use the format's defaults, not numbers from the playbook (--show-defaults lists them).\n" }
        var table = TextTable(["default used", "value"])
        for entry in defaulted { table.add([entry.key, entry.value.map(NumberText.exact) ?? "auto"]) }
        return "Assumptions: \(count) use the format's defaults (set them under `assumptions:` in the playbook):\n" + table.rendered
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

/// A plain left/right-aligned text table: words left (the first column and
/// those in `left`), numbers right.
package struct TextTable {
    package var header: [String]
    package var rows: [[String]] = []
    package var left: Set<Int>

    package init(_ header: [String], left: Set<Int> = []) {
        self.header = header
        self.left = left.union([0])
    }

    package mutating func add(_ row: [String]) { rows.append(row) }

    package var rendered: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                let pad = String(repeating: " ", count: widths[column] - row[column].count)
                return left.contains(column) ? row[column] + pad : pad + row[column]
            }.joined(separator: "  ").trimmingTrailingSpaces
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The line without its trailing spaces (a table's padded last column).
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
