import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension PlaybookDiff {
    /// `diff` as GitHub-flavoured Markdown for a pull-request comment: a
    /// one-line verdict, the findings that changed (unchanged ones folded),
    /// the chances and expected values with their noise band (quantities
    /// without a real change folded), and each hire's pay and chance of a
    /// salary cut. Every string from a playbook or a path is escaped.
    public func markdown() -> String {
        var out = "### launchplan diff: \(Self.code(head.path))\n\n"
        out += "Base \(Self.code(base.path)), head \(Self.code(head.path)).\n\n"
        out += "**Summary:** " + headline + "\n"
        out += findingsSection
        if let projection {
            out += Self.numbersSection(projection)
            out += Self.rolesSection(projection)
        } else {
            out += "\nNo simulation: \(Self.isSimulable(base) ? "the head" : "the base") cannot be read as a playbook (its reading findings are listed above).\n"
        }
        return out
    }

    /// "1 new error; the chance of objective `mps-mrr` rises from 3 % to 21 % (beyond noise)."
    var headline: String {
        var parts: [String] = []
        let newErrors = findings.introduced.filter(\.isActiveError).count
            + findings.changed.filter { $0.head.isActiveError && !$0.base.isActiveError }.count
        let goneErrors = findings.resolved.filter(\.isActiveError).count
            + findings.changed.filter { $0.base.isActiveError && !$0.head.isActiveError }.count
        parts.append(newErrors == 0 ? "no new errors" : "\(Self.count(newErrors, "new error"))")
        if goneErrors > 0 { parts.append("\(Self.count(goneErrors, "error")) resolved") }
        if let objective = projection?.primaryObjective, let name = objective.name, let probability = objective.probability.base.flatMap({ b in objective.probability.head.map { (b, $0) } }) {
            let (from, to) = Self.distinctPercents(probability.0, probability.1)
            switch objective.probability.direction {
            case 1: parts.append("the chance of \(name) rises from \(from) to \(to) (beyond noise)")
            case -1: parts.append("the chance of \(name) falls from \(from) to \(to) (beyond noise)")
            default: parts.append(from == to ? "the chance of \(name) stays at \(from)" : "the chance of \(name) does not change beyond noise (\(from) and \(to))")
            }
        }
        let real = (projection?.checkpoints ?? []) + (projection?.objectives ?? [])
        let moved = real.filter { $0.probability.isReal || $0.mean.isReal }.count
        if projection != nil { parts.append(moved == 0 ? "no chance or expected value changes beyond noise" : "\(Self.count(moved, "checkpoint or objective", plural: "checkpoints or objectives")) change beyond noise") }
        let sentence = parts.joined(separator: "; ")
        return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
    }

    private var findingsSection: String {
        let f = findings
        var counts: [String] = []
        if !f.introduced.isEmpty { counts.append("\(f.introduced.count) introduced") }
        if !f.resolved.isEmpty { counts.append("\(f.resolved.count) resolved") }
        if !f.changed.isEmpty { counts.append("\(f.changed.count) changed") }
        if !f.unchanged.isEmpty || counts.isEmpty { counts.append("\(f.unchanged.count) unchanged") }
        let (b, h) = (Report(files: [base]).summary, Report(files: [head]).summary)
        var out = counts == ["0 unchanged"] ? "\n**Findings:** none in either version.\n"
            : "\n**Findings:** \(counts.joined(separator: ", ")) (head: \(Self.tally(h)); base: \(Self.tally(b))).\n"
        if !(f.introduced.isEmpty && f.resolved.isEmpty && f.changed.isEmpty) {
            out += "\n| | severity | rule | where | message |\n| --- | --- | --- | --- | --- |\n"
            for finding in f.introduced { out += Self.row("introduced", finding, line: "line \(finding.location.mark.line)", message: finding.message) }
            for finding in f.resolved { out += Self.row("resolved", finding, line: "base line \(finding.location.mark.line)", message: finding.message) }
            for pair in f.changed {
                var what = pair.numbers.map { "\($0.base) → \($0.head)" }
                if pair.base.severity != pair.head.severity { what.append("was \(pair.base.severity.rawValue)") }
                if pair.base.isWaived != pair.head.isWaived { what.append(pair.head.isWaived ? "now waived" : "no longer waived") }
                if what.isEmpty, pair.base.message != pair.head.message { what.append("reworded") }
                out += Self.row("changed", pair.head, line: "line \(pair.head.location.mark.line)",
                                message: "\(what.joined(separator: ", ")): \(pair.head.message)")
            }
        }
        if !f.unchanged.isEmpty {
            out += "\n<details><summary>\(Self.count(f.unchanged.count, "unchanged finding"))</summary>\n\n| severity | rule | where |\n| --- | --- | --- |\n"
            for pair in f.unchanged {
                out += "| \(Self.severity(pair.head)) | \(Self.code(pair.head.rule.id)) | \(Self.code(pair.head.location.keyPath.description)), line \(pair.head.location.mark.line) |\n"
            }
            out += "\n</details>\n"
        }
        return out
    }

    private static func numbersSection(_ change: ProjectionChange) -> String {
        let quantities = change.objectives + change.checkpoints
        guard !quantities.isEmpty else { return "" }
        let notable = quantities.filter { $0.isNotable }
        let quiet = quantities.filter { !$0.isNotable }
        var out = "\n**Chances and expected values** (\(NumberText.exact(Double(change.runs))) runs of each version, seed \(change.seed), paired run by run; "
        out += "± is two standard errors of the Monte Carlo noise, and only a change beyond it counts\(moneyNote(quantities, currency: change.head.currency))):\n"
        let header = "\n| | day | target | chance | change | | expected |\n| --- | ---: | ---: | --- | --- | --- | --- |\n"
        if notable.isEmpty {
            out += "\nNo chance or expected value changes beyond noise.\n"
        } else {
            out += header + notable.map(row).joined()
        }
        if !quiet.isEmpty {
            out += "\n<details><summary>\(count(quiet.count, "checkpoint or objective", plural: "checkpoints and objectives")) without a real change</summary>\n"
            out += header + quiet.map(row).joined() + "\n</details>\n"
        }
        return out
    }

    private static func rolesSection(_ change: ProjectionChange) -> String {
        guard !change.roles.isEmpty else { return "" }
        var out = "\n**Hires** (total pay per person over the \(change.head.horizonDays) days, in \(escaped(change.head.currency)); p50: half of runs end at or below):\n"
        out += "\n| role | pay p50 | change | | chance of salary cut | change | |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        for role in change.roles {
            let pay = role.payMedian, cut = role.adjustmentProbability
            out += "| \(code(role.role.rawValue)) | \(fromTo(pay, amount)) | \(delta(pay, amount)) | \(verdict(pay, up: "up", down: "down")) "
            out += "| \(cut.base == nil && cut.head == nil ? "no clause" : percents(cut, missing: "no clause")) | \(delta(cut, points)) | \(verdict(cut, up: "up", down: "down")) |\n"
        }
        return out
    }

    private static func row(_ q: ProjectionChange.Quantity) -> String {
        let label = "\(q.kindText)\(q.isPrimary ? " (primary)" : ""): \(q.metric.rawValue)\(q.service.map { " of \(code($0.rawValue))" } ?? "")"
        let day = pair(q.baseDay.map(Double.init), q.headDay.map(Double.init), NumberText.exact)
        let target = pair(q.baseTarget, q.headTarget, NumberText.amount)
        guard q.probability.base != nil || q.probability.head != nil else {
            return "| \(label) | \(day) | \(target) | not projected | | | \(fromTo(q.mean, amount)) |\n"
        }
        let expected = fromTo(q.mean, amount) + (q.mean.isReal ? " (\(delta(q.mean, amount)))" : q.mean.change.map { $0 == 0 ? "" : " (within noise)" } ?? "")
        return "| \(label) | \(day) | \(target) | \(percents(q.probability)) | \(delta(q.probability, points)) | \(verdict(q.probability, up: "**better**", down: "**worse**")) | \(expected) |\n"
    }

    // MARK: cells

    /// `3 % → 21 %`, or one value when both are the same, or `–` for the missing side.
    private static func fromTo(_ change: MeasuredChange, _ format: (Double) -> String, missing: String = "–") -> String {
        let (b, h) = (change.base.map(format) ?? missing, change.head.map(format) ?? missing)
        return b == h ? b : "\(b) → \(h)"
    }

    /// `+18 pp ± 0.9`: the change and its noise band (two standard errors).
    private static func delta(_ change: MeasuredChange, _ format: (Double) -> String) -> String {
        guard let d = change.change else { return "" }
        guard let se = change.standardError else { return signed(d, format) }
        if d == 0 && se == 0 { return "0" }
        return "\(signed(d, format)) ± \(format(MeasuredChange.standardErrors * se))"
    }

    private static func verdict(_ change: MeasuredChange, up: String, down: String) -> String {
        if change.base == nil, change.head != nil { return "new" }
        if change.base != nil, change.head == nil { return "removed" }
        guard let d = change.change else { return "" }
        switch change.direction {
        case 1: return up
        case -1: return down
        default: return d == 0 ? "no change" : change.standardError == nil ? "too few runs to tell" : "within noise"
        }
    }

    private static func signed(_ value: Double, _ format: (Double) -> String) -> String {
        value > 0 ? "+" + format(value) : value < 0 ? "-" + format(-value) : "0"
    }

    /// A share's change in percentage points, unsigned: `18 pp`, `0.4 pp`,
    /// and below 0.1 pp two decimals (`0.03 pp`), so that a real change never reads as 0.
    private static func points(_ share: Double) -> String {
        let value = share * 100
        guard value < 0.1 else { return String(NumberText.percent(share).dropLast(2)) + " pp" }
        let hundredths = (value * 100).rounded()
        return value == 0 ? "0 pp" : hundredths == 0 ? "<0.01 pp" : NumberText.exact(hundredths / 100) + " pp"
    }

    /// An amount, unsigned; below 0.1 with two significant digits, so that a real change never reads as 0.
    private static func amount(_ value: Double) -> String {
        guard value != 0, abs(value) < 0.1, value.isFinite else { return NumberText.amount(value) }
        var scale = 1.0
        while abs(value) * scale < 10 { scale *= 10 }
        return NumberText.exact((value * scale).rounded() / scale)
    }

    /// Two shares as `93 % → 94 %`; with two decimals where the usual ones would print the same for different values (`100 % → 99.97 %`).
    private static func percents(_ change: MeasuredChange, missing: String = "–") -> String {
        guard let base = change.base, let head = change.head, base != head else { return fromTo(change, { NumberText.percent($0) }, missing: missing) }
        let (b, h) = distinctPercents(base, head)
        return "\(b) → \(h)"
    }

    /// Two different shares written so that they read different: two decimals when the usual ones agree.
    private static func distinctPercents(_ base: Double, _ head: Double) -> (String, String) {
        let (b, h) = (NumberText.percent(base), NumberText.percent(head))
        guard b == h, base != head else { return (b, h) }
        func fine(_ share: Double) -> String { NumberText.exact((share * 10_000).rounded() / 100) + " %" }
        return (fine(base), fine(head))
    }

    private static func pair(_ base: Double?, _ head: Double?, _ format: (Double) -> String) -> String {
        let (b, h) = (base.map(format) ?? "–", head.map(format) ?? "–")
        return b == h ? b : "\(b) → \(h)"
    }

    private static func moneyNote(_ quantities: [ProjectionChange.Quantity], currency: String) -> String {
        let monthly = [Metric.newMRR, .pipelineMRR].filter { metric in quantities.contains { $0.metric == metric } }.map(\.rawValue)
        return monthly.isEmpty ? "" : "; " + monthly.joined(separator: " and ") + " in \(escaped(currency)) a month"
    }

    private static func row(_ change: String, _ finding: Finding, line: String, message: String) -> String {
        "| \(change) | \(severity(finding)) | \(code(finding.rule.id)) | \(code(finding.location.keyPath.description)), \(line) | \(escaped(message)) |\n"
    }

    private static func severity(_ finding: Finding) -> String {
        finding.severity.rawValue + (finding.isWaived ? " (waived)" : "")
    }

    private static func tally(_ summary: Report.Summary) -> String {
        var parts = [count(summary.errors, "error"), count(summary.warnings, "warning")]
        if summary.infos > 0 { parts.append(count(summary.infos, "info")) }
        if summary.waived > 0 { parts.append("\(summary.waived) waived") }
        return parts.joined(separator: ", ")
    }

    private static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    /// Text from a playbook or a path, safe in a Markdown table cell and in a
    /// comment: no controls, no HTML, no table breaks, no @-mentions.
    static func escaped(_ text: String) -> String {
        SVGChart.escaped(text).replacingAll("|", with: "\\|").replacingAll("@", with: "&#64;")
    }

    /// A code span; a backtick inside (a path may hold one) is swapped for a look-alike, so the span cannot end early.
    static func code(_ text: String) -> String {
        "`" + escaped(text).replacingAll("`", with: "ˋ") + "`"
    }
}

extension ProjectionChange.Quantity {
    /// Shown in the main table: a real change, or added or removed.
    var isNotable: Bool {
        probability.isReal || mean.isReal || (baseDay == nil) != (headDay == nil)
    }

    var kindText: String {
        switch kind {
        case .checkpoint(let milestone): "checkpoint \(PlaybookDiff.code(milestone.rawValue))"
        case .objective(let objective): "objective \(PlaybookDiff.code(objective.rawValue))"
        }
    }

    /// `objective `mps-mrr``, for sentences.
    var name: String? {
        if case .objective(let objective) = kind { return "objective \(PlaybookDiff.code(objective.rawValue))" }
        return nil
    }
}
