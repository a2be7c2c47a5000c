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
    /// `launchplan advise` as text: the plan's chance, each finding with every
    /// lever that clears it on its own, then the combined proposal.
    public func text() -> String {
        var out = "Advice for \(path.displaySafe): \(Self.counted(findings))\n"
        if let objective {
            out += "Primary objective `\(objective.id.value)`: \(NumberText.amount(objective.target.value)) \(objective.metric.value.rawValue) by day \(objective.byDay.value)"
            out += probability.map { "; chance as planned \(NumberText.percent($0))" } ?? ""
            out += runs.map { run in " (\(NumberText.amount(Double(run))) runs, seed \(seed ?? 1))" } ?? ""
            out += "\n"
        }
        if !limits.keep.isEmpty || limits.budget != nil {
            var held: [String] = []
            if !limits.keep.isEmpty { held.append("kept fixed: \(limits.keep.map(\.rawValue).sorted().joined(separator: ", "))") }
            if let budget = limits.budget { held.append("budget \(money(budget)) a year") }
            out += "Limits: " + held.joined(separator: "; ") + "\n"
        }
        let byFinding = Dictionary(grouping: proposals.indices) { proposals[$0].finding.location.keyPath.description + proposals[$0].finding.rule.id }
        if !proposals.isEmpty {
            out += "\nOne lever at a time (the nearest value that clears the finding on the expectation model):\n"
            for finding in findings {
                guard let indices = byFinding[finding.location.keyPath.description + finding.rule.id] else { continue }
                let first = proposals[indices[0]]
                out += "\n\(finding.location.mark.line):\(finding.location.mark.column): \(finding.severity.rawValue) [\(finding.rule.id)]"
                out += first.before.map { ": \($0.label) \($0.text)" } ?? ""
                out += "\n"
                for index in indices { out += proposalText(proposals[index]) }
            }
        }
        if !unaddressed.isEmpty {
            out += "\nNo lever here clears: " + unaddressed.map { "\($0.rule.id) (line \($0.location.mark.line))" }.joined(separator: ", ") + "\n"
        }
        if !notAdvised.isEmpty {
            out += "\nNot searched (advice covers the \(findings.count - notAdvised.count) most serious findings): \(Self.listed(notAdvised))\n"
        }
        out += "\n" + combinedText()
        return out
    }

    private func proposalText(_ p: Proposal) -> String {
        var line = "  \(p.lever.displaySafe): \(p.from.text) -> \(p.to.text)\n     "
        var effects: [String] = []
        if let before = p.before, let after = p.after { effects.append("\(before.label) \(before.text) -> \(after.text)") }
        if let objective, let chance = p.probability {
            effects.append("chance of `\(objective.id.value)` \(probability.map(NumberText.percent) ?? "?") -> \(NumberText.percent(chance))")
        }
        effects.append(cost(p.costPerYear) + (p.withinBudget ? "" : " (over budget)"))
        line += effects.joined(separator: "; ") + "\n"
        if !p.alsoClears.isEmpty { line += "     also clears " + Self.listed(p.alsoClears) + "\n" }
        if !p.introduces.isEmpty { line += "     brings " + Self.listed(p.introduces) + "\n" }
        if p.edits == nil { line += "     (cannot be written into the file in place; change it by hand)\n" }
        return line
    }

    private func combinedText() -> String {
        let c = combined
        guard !c.changes.isEmpty else {
            return findings.contains { $0.severity == .error }
                ? "Combined proposal: none found inside the limits; the errors stay.\n"
                : "Combined proposal: nothing to change.\n"
        }
        let before = (findings.filter { $0.severity == .error }.count, findings.filter { $0.severity == .warning }.count)
        let after = (c.remaining.filter { $0.severity == .error }.count, c.remaining.filter { $0.severity == .warning }.count)
        var out = "Combined proposal: \(c.changes.count) change\(c.changes.count == 1 ? " takes" : "s take") the plan from \(Self.counts(before)) to \(Self.counts(after))\n"
        for (number, change) in c.changes.enumerated() {
            out += "  \(number + 1). \(change.lever.displaySafe): \(change.from.text) -> \(change.to.text) (\(cost(change.costPerYear)))\n"
            if !change.clears.isEmpty { out += "     clears " + Self.listed(change.clears) + "\n" }
        }
        if let objective, let chance = c.probability {
            out += "  Chance of `\(objective.id.value)`: \(probability.map(NumberText.percent) ?? "?") -> \(NumberText.percent(chance))\n"
        }
        out += "  Added pay: \(cost(c.costPerYear))\n"
        if !c.remaining.isEmpty { out += "  Left: " + Self.listed(c.remaining) + "\n" }
        out += c.patched == nil
            ? "  Some changes cannot be written in place; make them by hand.\n"
            : "Write it: `launchplan advise \(path.displaySafe) --format patch | git apply`, or `-o FILE`.\n"
        return out
    }

    private func money(_ value: Double) -> String { "\(NumberText.amount(value)) \(plan.dealership.currency)" }

    private func cost(_ value: Double) -> String {
        abs(value) < 0.5 ? "no added pay" : value > 0 ? "costs \(money(value)) a year" : "saves \(money(-value)) a year"
    }

    static func counts(_ counts: (errors: Int, warnings: Int)) -> String {
        "\(counts.errors) error\(counts.errors == 1 ? "" : "s") and \(counts.warnings) warning\(counts.warnings == 1 ? "" : "s")"
    }

    static func counted(_ findings: [Finding]) -> String {
        "\(findings.count) finding\(findings.count == 1 ? "" : "s") (" + counts((findings.filter { $0.severity == .error }.count, findings.filter { $0.severity == .warning }.count)) + ")"
    }

    /// "quota-unreachable (line 29), checkpoint-unlikely (lines 47, 48)".
    static func listed(_ findings: [Finding]) -> String {
        var order: [String] = []
        var lines: [String: [Int]] = [:]
        for finding in findings {
            if lines[finding.rule.id] == nil { order.append(finding.rule.id) }
            lines[finding.rule.id, default: []].append(finding.location.mark.line)
        }
        return order.map { rule in
            let numbers = Array(Set(lines[rule] ?? [])).sorted()
            return "\(rule) (line\(numbers.count == 1 ? "" : "s") \(numbers.map(String.init).joined(separator: ", ")))"
        }.joined(separator: ", ")
    }
}
