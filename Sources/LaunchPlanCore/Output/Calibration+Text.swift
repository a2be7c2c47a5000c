import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanSimulation

extension Calibration {
    /// `calibrate` for an owner and a consultant: what to change in the next
    /// plan first, then how well the plans' chances held up, launch by launch,
    /// and the funnel against the plans.
    public func text() -> String {
        func table(_ header: [String], _ rows: [[String]], left: Set<Int> = []) -> String {
            var table = TextTable(header, left: left)
            for row in rows { table.add(row.map(\.displaySafe)) }
            return table.rendered
        }
        var out = heading.displaySafe + "\n\n"
        for line in verdicts { out += line.displaySafe + "\n" }
        out += "\nHow well the day-0 chances predicted what happened:\n" + scoreSentence + "\n"
        if !reliability.isEmpty { out += table(Self.reliabilityHeader, reliabilityRows) }
        out += "\nLaunches (forecasts decided, how many happened, and how many the plan's chances expected):\n"
            + table(Self.launchHeader, launchRows, left: [1])
        if !assumptions.isEmpty {
            out += "\nThe funnel against the plans:\n" + table(Self.assumptionHeader, assumptionRows, left: [1, 5])
            out += "\nActual / plan, launch by launch:\n" + table(funnelHeader, funnelRows)
        }
        if !skipped.isEmpty {
            out += "\nSkipped (\(skipped.count)):\n" + skippedLines.map { "  " + $0.displaySafe + "\n" }.joined()
        }
        return out + "\n" + Self.outcomeRule + "\n" + Self.ratioMethod + "\n"
    }
}
