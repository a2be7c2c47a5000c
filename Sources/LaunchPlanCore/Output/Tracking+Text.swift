import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanSimulation

extension Tracking {
    /// `track` for the owner: the verdict first, then the actuals against the
    /// plan, the chances at day 0 and given the actuals, and what the actuals
    /// say of the uncertain assumptions.
    public func text() -> String {
        var out = "Tracking \(plan.startDate.map { "from \($0), " } ?? "")actuals to day \(lastDay), money in \(plan.currency.displaySafe)\n\n"
        for line in summary { out += line.displaySafe + "\n" }
        func table(_ header: [String], _ rows: [[String]], left: Set<Int> = []) -> String {
            var table = TextTable(header, left: left)
            for row in rows { table.add(row.map(\.displaySafe)) }
            return table.rendered
        }
        out += "\nWhat the reviews recorded, against the plan's runs for that day:\n" + table(Self.observationHeader, observationRows, left: [1, 8])
        out += "\nThe plan at day 0, and given the actuals:\n" + table(Self.chanceHeader, chanceRows, left: [6])
        if !posteriors.isEmpty {
            out += "\nWhat the actuals say of the uncertain assumptions:\n" + table(Self.posteriorHeader, posteriorRows)
        }
        return out + "\n" + method + "\n"
    }
}
