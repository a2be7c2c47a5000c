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
        // The most serious findings first, as many as the work allows; shown in the file's order.
        let advised = Set(findings.enumerated().sorted { $0.element.severity != $1.element.severity ? $0.element.severity > $1.element.severity : $0.offset < $1.offset }
            .prefix(maximumFindings).map(\.offset))
        var all: [Proposal] = []
        var unaddressed: [Finding] = []
        var outcomes = Outcomes(findings: findings, pay: pay)
        for (index, finding) in findings.enumerated() where advised.contains(index) {
            let found = Self.proposals(for: finding, in: plan, model: model, outcomes: &outcomes, text: text, limits: limits)
            if found.isEmpty { unaddressed.append(finding) }
            all += found
        }
        let combined = combine(plan, findings: findings, text: text, limits: limits, pay: pay)
        return Advice(path: path, plan: plan, source: text, limits: limits, findings: findings, proposals: all,
                      unaddressed: unaddressed, notAdvised: findings.enumerated().filter { !advised.contains($0.offset) }.map(\.element),
                      combined: combined)
    }

    /// At most this many findings get single-lever proposals, and the combined
    /// proposal makes at most this many rounds: each costs a search and a check
    /// of every rule per lever, so a playbook with hundreds of findings is
    /// advised on its most serious ones in seconds rather than not at all.
    public static let maximumFindings = 40

    /// What one change does to the whole plan, kept per lever and value: many
    /// findings share a lever (the same access, the same hardware line), and the
    /// plan after it is the same whichever finding it was found for.
    struct Outcomes {
        struct Outcome {
            var after: [Finding]
            var afterKeys: Set<FindingCheck.Identity>
            var cost: Double
            /// The plan read back from the edited text; nil when the edit cannot be made or does not read cleanly.
            var reread: Playbook?
        }

        let findings: [Finding]
        let keys: Set<FindingCheck.Identity>
        let pay: Double
        var known: [String: Outcome] = [:]

        init(findings: [Finding], pay: Double) {
            self.findings = findings
            keys = Set(findings.map(FindingCheck.Identity.init))
            self.pay = pay
        }

        mutating func outcome(of lever: any Lever, at setting: Setting, plan: Playbook, model: ExpectationModel, edits: [TextEdit]?, text: PlaybookText?) -> Outcome {
            let key = "\(lever.keyPath)=\(setting)"
            if let outcome = known[key] { return outcome }
            let after = FindingCheck.active(in: plan)
            var reread: Playbook?
            if let text, let edits, let bytes = text.applying(edits) {
                let report = Validator().read(PlaybookSource(path: "", bytes: bytes))
                if report.findings.isEmpty { reread = report.playbook }
            }
            let outcome = Outcome(after: after, afterKeys: Set(after.map(FindingCheck.Identity.init)),
                                  cost: AnnualPay.of(plan, model: model) - pay, reread: reread)
            known[key] = outcome
            return outcome
        }
    }

    /// Every lever that clears `finding` on its own, at its nearest value, smallest change first.
    static func proposals(for finding: Finding, in plan: Playbook, model: ExpectationModel, outcomes: inout Outcomes,
                          text: PlaybookText?, limits: AdviceLimits) -> [Proposal] {
        var result: [Proposal] = []
        var seen: Set<KeyPath> = []
        let identity = FindingCheck.Identity(finding)
        for trial in LeverFinder.trials(for: finding, in: plan, model: model)
        where !limits.keep.contains(trial.lever.kind) && seen.insert(trial.lever.keyPath).inserted {
            guard let found = LeverSearch.nearest(trial, clearing: finding, in: plan) else { continue }
            let changedModel = ExpectationModel(found.plan)
            let made = text.flatMap { trial.lever.edit(found.setting, in: $0) }
            let outcome = outcomes.outcome(of: trial.lever, at: found.setting, plan: found.plan, model: changedModel, edits: made, text: text)
            // Written into the text and read back, the change must clear the finding too.
            let edits = text == nil ? made : outcome.reread.flatMap { FindingCheck.clears(finding, in: $0) ? made : nil }
            let search = trial.lever.candidates.count == 1 ? "one step"
                : "\(trial.monotone ? "bisection" : "scan") over \(trial.lever.candidates.count) values, \(found.checks) checked"
            let cost = outcome.cost
            result.append(Proposal(
                finding: finding, kind: trial.lever.kind, lever: trial.lever.title, keyPath: trial.lever.keyPath,
                from: trial.lever.current, to: found.setting,
                before: FindingMeasure.of(finding, in: plan, model: model), after: FindingMeasure.of(finding, in: found.plan, model: changedModel),
                costPerYear: cost, withinBudget: limits.budget.map { cost <= $0 + 0.005 } ?? true, search: search,
                alsoClears: outcomes.findings.filter { old in
                    let key = FindingCheck.Identity(old)
                    return key != identity && !outcome.afterKeys.contains(key)
                },
                introduces: outcome.after.filter { !outcomes.keys.contains(FindingCheck.Identity($0)) },
                edits: edits, plan: found.plan, probability: nil,
                size: trial.lever.size(of: found.setting, horizon: plan.launch.horizonDays)))
        }
        return result.sorted { ($0.introduces.count, $0.size, $0.costPerYear) < ($1.introduces.count, $1.size, $1.costPerYear) }
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
        var rounds = 0
        let severities: [Severity] = limits.warnings ? [.error, .warning] : [.error]
        for severity in severities {
            var stuck: [Finding] = []
            while rounds < maximumFindings,
                  let target = active.first(where: { finding in finding.severity == severity && !stuck.contains { FindingCheck.isSame($0, finding) } }) {
                let model = ExpectationModel(plan)
                // A finding no lever moves costs nothing to skip; a search counts against the rounds.
                guard !LeverFinder.trials(for: target, in: plan, model: model).isEmpty else { stuck.append(target); continue }
                rounds += 1
                var outcomes = Outcomes(findings: active, pay: pay)
                let errors = active.filter { $0.severity == .error }.count
                var best: (proposal: Proposal, after: [Finding], score: (Int, Int, Double, Double))?
                for candidate in proposals(for: target, in: plan, model: model, outcomes: &outcomes, text: nil, limits: limits) {
                    let cost = candidate.costPerYear
                    if let budget = limits.budget, spent + cost > budget + 0.005 { continue }
                    if severity == .warning, candidate.size > 1 { continue }
                    if changes.contains(where: { $0.keyPath != candidate.keyPath && ($0.keyPath.contains(candidate.keyPath) || candidate.keyPath.contains($0.keyPath)) }) { continue }
                    let after = outcomes.known["\(candidate.keyPath)=\(candidate.to)"]?.after ?? FindingCheck.active(in: candidate.plan)
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
