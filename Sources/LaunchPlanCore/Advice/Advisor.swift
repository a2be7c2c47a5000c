import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanValidation

/// Builds the advice: searches each lever on the expectation model, checks
/// each change the way `validate` would, and picks the combined proposal.
/// Pure: the simulation that confirms it is run by the caller
/// (`Advice.simulators`), so that threads stay at the command line.
public enum Advisor {
    /// Nil when the text does not read cleanly (advice needs a playbook without reading findings).
    public static func advise(path: String, bytes: [UInt8], plan: Playbook, limits: AdviceLimits = AdviceLimits()) -> Advice? {
        guard let text = PlaybookText(bytes) else { return nil }
        let findings = FindingCheck.active(in: plan)
        let model = ExpectationModel(plan)
        let pay = AnnualPay.of(plan, model: model)
        var all: [Proposal] = []
        var unaddressed: [Finding] = []
        for finding in findings {
            let found = Self.proposals(for: finding, in: plan, model: model, pay: pay, findings: findings, text: text, limits: limits)
            if found.isEmpty { unaddressed.append(finding) }
            all += found
        }
        let combined = combine(plan, findings: findings, text: text, limits: limits, pay: pay)
        return Advice(path: path, plan: plan, source: text, limits: limits, findings: findings, proposals: all,
                      unaddressed: unaddressed, combined: combined)
    }

    /// Every lever that clears `finding` on its own, at its nearest value, smallest change first.
    static func proposals(for finding: Finding, in plan: Playbook, model: ExpectationModel, pay: Double, findings: [Finding],
                          text: PlaybookText?, limits: AdviceLimits) -> [Proposal] {
        var result: [Proposal] = []
        var seen: Set<KeyPath> = []
        for trial in LeverFinder.trials(for: finding, in: plan, model: model)
        where !limits.keep.contains(trial.lever.kind) && seen.insert(trial.lever.keyPath).inserted {
            guard let found = LeverSearch.nearest(trial, clearing: finding, in: plan) else { continue }
            let changedModel = ExpectationModel(found.plan)
            let cost = AnnualPay.of(found.plan, model: changedModel) - pay
            let after = FindingCheck.active(in: found.plan)
            var edits = text.flatMap { trial.lever.edit(found.setting, in: $0) }
            if let text, let made = edits, !writes(made, in: text, clearing: finding) { edits = nil }
            let search = trial.lever.candidates.count == 1 ? "one step"
                : "\(trial.monotone ? "bisection" : "scan") over \(trial.lever.candidates.count) values, \(found.checks) checked"
            result.append(Proposal(
                finding: finding, kind: trial.lever.kind, lever: trial.lever.title, keyPath: trial.lever.keyPath,
                from: trial.lever.current, to: found.setting,
                before: FindingMeasure.of(finding, in: plan, model: model), after: FindingMeasure.of(finding, in: found.plan, model: changedModel),
                costPerYear: cost, withinBudget: limits.budget.map { cost <= $0 + 0.005 } ?? true, search: search,
                alsoClears: findings.filter { old in !FindingCheck.isSame(old, finding) && !after.contains { FindingCheck.isSame($0, old) } },
                introduces: after.filter { new in !findings.contains { FindingCheck.isSame($0, new) } },
                edits: edits, plan: found.plan, probability: nil,
                size: trial.lever.size(of: found.setting, horizon: plan.launch.horizonDays)))
        }
        return result.sorted { ($0.introduces.count, $0.size, $0.costPerYear) < ($1.introduces.count, $1.size, $1.costPerYear) }
    }

    /// Whether the edited text reads cleanly and the re-read plan no longer has the finding.
    static func writes(_ edits: [TextEdit], in text: PlaybookText, clearing finding: Finding) -> Bool {
        guard let bytes = text.applying(edits) else { return false }
        let report = Validator().read(PlaybookSource(path: "", bytes: bytes))
        guard report.findings.isEmpty, let plan = report.playbook else { return false }
        return FindingCheck.clears(finding, in: plan)
    }

    /// Greedy: while an error (then a warning) is left, take the single-lever
    /// change that clears the most errors, then the most warnings, with the
    /// smallest size and cost, never adding an error, inside the budget; each
    /// round searches again on the plan as changed so far. An error takes the
    /// change it needs; a warning only one of size 1 at most (no more than
    /// doubling a number), so that the plan changes little.
    static func combine(_ original: Playbook, findings: [Finding], text: PlaybookText, limits: AdviceLimits, pay originalPay: Double) -> CombinedProposal {
        var plan = original
        var changes: [CombinedProposal.Change] = []
        var spent = 0.0
        var active = findings
        var pay = originalPay
        let severities: [Severity] = limits.warnings ? [.error, .warning] : [.error]
        for severity in severities {
            var stuck: [Finding] = []
            while let target = active.first(where: { finding in finding.severity == severity && !stuck.contains { FindingCheck.isSame($0, finding) } }) {
                let model = ExpectationModel(plan)
                let errors = active.filter { $0.severity == .error }.count
                var best: (proposal: Proposal, after: [Finding], score: (Int, Int, Double, Double))?
                for candidate in proposals(for: target, in: plan, model: model, pay: pay, findings: active, text: nil, limits: limits) {
                    let cost = candidate.costPerYear
                    if let budget = limits.budget, spent + cost > budget + 0.005 { continue }
                    if severity == .warning, candidate.size > 1 { continue }
                    if changes.contains(where: { $0.keyPath != candidate.keyPath && ($0.keyPath.contains(candidate.keyPath) || candidate.keyPath.contains($0.keyPath)) }) { continue }
                    let after = FindingCheck.active(in: candidate.plan)
                    let afterErrors = after.filter { $0.severity == .error }.count
                    guard afterErrors <= errors, after.count < active.count || afterErrors < errors else { continue }
                    let score = (errors - afterErrors, active.count - after.count, -candidate.size, -cost)
                    if best.map({ score > $0.score }) ?? true { best = (candidate, after, score) }
                }
                guard let chosen = best else { stuck.append(target); continue }
                let cleared = active.filter { old in !chosen.after.contains { FindingCheck.isSame($0, old) } }
                let previous = changes.firstIndex { $0.keyPath == chosen.proposal.keyPath }
                let from = previous.map { changes[$0].from } ?? chosen.proposal.from
                let lever = LeverFinder.trials(for: target, in: plan, model: model).first { $0.lever.keyPath == chosen.proposal.keyPath }?.lever
                let change = CombinedProposal.Change(
                    kind: chosen.proposal.kind, lever: chosen.proposal.lever, keyPath: chosen.proposal.keyPath,
                    from: from, to: chosen.proposal.to, costPerYear: chosen.proposal.costPerYear + (previous.map { changes[$0].costPerYear } ?? 0),
                    clears: cleared + (previous.map { changes[$0].clears } ?? []), edits: lever?.edit(chosen.proposal.to, in: text))
                if let previous { changes[previous] = change } else { changes.append(change) }
                spent += chosen.proposal.costPerYear
                plan = chosen.proposal.plan
                pay += chosen.proposal.costPerYear
                active = chosen.after
            }
        }
        let edits = changes.map(\.edits)
        let patched = edits.contains { $0 == nil } ? nil : text.applying(edits.flatMap { $0 ?? [] })
        var remaining = active
        if let patched {
            let report = Validator().validate(PlaybookSource(path: "", bytes: patched))
            remaining = report.findings.filter { !$0.isWaived && $0.rule != .waiverUnused }
        }
        return CombinedProposal(changes: changes, plan: plan, patched: patched, remaining: remaining, costPerYear: spent, probability: nil)
    }
}
