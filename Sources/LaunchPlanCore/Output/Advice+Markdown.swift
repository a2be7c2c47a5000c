import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation
import LaunchPlanAdvice

extension Advice {
    /// `launchplan advise --format markdown`: for a pull-request comment or a
    /// consultant's notes: one table of single-lever proposals, the combined
    /// proposal and its patch.
    public func markdown() -> String {
        func cell(_ text: String) -> String { MarkdownCell.text(text) }
        var out = "## What would make `\(cell(path))` work\n\n"
        out += Self.counted(findings).prefix(1).uppercased() + Self.counted(findings).dropFirst() + "."
        if let objective, let probability {
            out += " Chance of the primary objective `\(objective.id.value)` as planned: \(NumberText.percent(probability))"
            out += runs.map { " (\(NumberText.amount(Double($0))) runs, seed \(seed ?? 1))" } ?? ""
            out += "."
        }
        out += "\n\n"
        if !proposals.isEmpty {
            out += "### One lever at a time\n\n| finding | line | lever | from | to | effect | chance | pay a year |\n| --- | ---: | --- | --- | --- | --- | ---: | ---: |\n"
            for p in proposals {
                let effect = zip([p.before], [p.after]).compactMap { before, after in before.flatMap { b in after.map { "\(b.label) \(b.text) → \($0.text)" } } }.first ?? ""
                let chance = p.probability.map(NumberText.percent) ?? ""
                out += "| `\(p.finding.rule.id)` | \(p.finding.location.mark.line) | \(cell(p.lever)) | \(cell(p.from.text)) | \(cell(p.to.text)) | \(cell(effect)) | \(chance) | \(NumberText.amount(p.costPerYear))\(p.withinBudget ? "" : " (over budget)") |\n"
            }
            out += "\n"
        }
        out += "### Combined proposal\n\n"
        if combined.changes.isEmpty {
            out += "Nothing to change inside the limits.\n"
            return out
        }
        for (number, change) in combined.changes.enumerated() {
            out += "\(number + 1). \(cell(change.lever)): \(cell(change.from.text)) → \(cell(change.to.text))"
            out += change.clears.isEmpty ? "\n" : " (clears \(Self.listed(change.clears)))\n"
        }
        out += "\n"
        if let objective, let chance = combined.probability {
            out += "Chance of `\(objective.id.value)`: \(probability.map(NumberText.percent) ?? "?") → \(NumberText.percent(chance)). "
        }
        out += "Added pay a year: \(NumberText.amount(combined.costPerYear)) \(plan.dealership.currency)."
        out += combined.remaining.isEmpty ? " Nothing left.\n" : " Left: \(Self.listed(combined.remaining)).\n"
        let patch = self.patch
        if !patch.isEmpty { out += "\n```diff\n" + patch + "```\n" }
        return out
    }
}
