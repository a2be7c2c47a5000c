import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

/// `launchplan explain ID`: a rule's rationale, an example that triggers it
/// with its finding, the fix and an example that does not; with a plan, the
/// calculation behind each of its findings there.
public enum Explanation {
    /// Nil when no rule has this id.
    public static func text(for id: String) -> String? {
        guard let d = Catalogue.description(named: id) else { return nil }
        if d.kind == .reading {
            return """
                \(id) (\(d.severity.rawValue); about reading the file, cannot be waived)

                \(d.summary)

                \(d.rationale)

                """
        }
        var out = "\(id) (\(d.severity.rawValue))\n\n\(d.summary)\n\nWhy it matters\n\(indent(d.rationale))\n\nFix\n\(indent(d.fix))\n"
        for example in d.triggering {
            let report = Validator().validate(PlaybookSource(path: "example.yaml", bytes: Array(example.text.utf8)))
            out += "\nTriggers\n\(indent(example.text))\n"
            var lines = QuotedLines(report)
            for finding in report.findings where finding.rule == d.id {
                out += indent(finding.text(in: report, style: TextStyle(enabled: false), lines: &lines).trimmingTrailingNewlines) + "\n"
            }
        }
        for example in d.passing {
            out += "\nDoes not trigger\n\(indent(example.text))\n"
        }
        return out
    }

    /// Each finding of rule `id` in a checked playbook, with its calculation.
    public static func text(for id: String, in report: FileReport) -> String {
        let findings = report.findings.filter { $0.rule.id == id }
        guard !findings.isEmpty else { return "\(report.path.displaySafe): no `\(id)` finding\n" }
        let rule = Catalogue.rule(id)
        let model = report.playbook.map(ExpectationModel.init)
        var out = ""
        var lines = QuotedLines(report)
        for finding in findings {
            out += finding.text(in: report, style: TextStyle(enabled: false), lines: &lines)
            guard let rule, let model, let plan = report.playbook else { continue }
            let steps = rule.trace(finding, plan: plan, model: model)
            guard !steps.isEmpty else { continue }
            out += "  calculation:\n"
            let width = steps.map(\.label.count).max() ?? 0
            for step in steps {
                out += "    " + step.label + String(repeating: " ", count: width - step.label.count)
                    + "  " + NumberText.significant(step.value) + "   (" + step.formula + ")\n"
            }
            out += "\n"
        }
        return out
    }

    package static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
            .trimmingTrailingNewlines
    }
}

extension String {
    package var trimmingTrailingNewlines: String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
