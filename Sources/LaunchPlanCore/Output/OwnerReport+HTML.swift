import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension OwnerReport {
    /// The page: UTF-8, `lang`, no script, no request to anywhere (styles
    /// inline, charts inline SVG); readable without its styles, printable
    /// (light background, no chart split across pages), dark when the
    /// reader's system is. Every string from the playbook is escaped.
    public func html() -> String {
        let e = SVGChart.escaped
        let title = "\(plan.dealership.name): \(plan.launch.title)"
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(Tool.name) \(Tool.version)">
            <title>\(e(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <p class="kicker">Launch plan review by \(Tool.name)</p>
            <h1>\(e(plan.dealership.name))</h1>
            <p>\(e(plan.launch.title)): \(plan.launch.horizonDays) days\(plan.launch.startDate.map { " from \($0)" } ?? ""), \
            \(plan.dealership.services.map { "<code>\(e($0.value.rawValue))</code>" }.joined(separator: ", ")).</p>
            </header>
            <main>

            """
        out += verdictSection()
        out += numbersSection()
        out += funnelSection()
        out += counterfactualSection()
        out += sensitivitySection()
        out += offerSection()
        out += findingsSection()
        out += assumptionsSection()
        out += """
            </main>
            <footer>
            <p>Made by \(Tool.name) \(Tool.version) from <code>\(e(file.path))</code>: \
            \(runsText), the same numbers on any machine. To reproduce: \
            <code>\(Tool.name) report \(e(file.path))\(seedOption)</code>.</p>
            </footer>
            </body>
            </html>

            """
        return out
    }

    private var runsText: String {
        if case .monteCarlo(let runs, let seed) = projection.mode { return "\(NumberText.amount(Double(runs))) simulated runs, seed \(seed)" }
        return "the expectation model's means"
    }

    private var seedOption: String {
        if case .monteCarlo(let runs, let seed) = projection.mode { return " --runs \(runs) --seed \(seed)" }
        return ""
    }

    /// Text from a message or fix: escaped, with `code` spans kept as code.
    static func inline(_ text: String) -> String {
        let escaped = SVGChart.escaped(text)
        var out = ""
        var inCode = false
        for character in escaped {
            if character == "`" {
                out += inCode ? "</code>" : "<code>"
                inCode.toggle()
            } else {
                out.append(character)
            }
        }
        return inCode ? out + "</code>" : out
    }

    private func money(_ value: Double?) -> String {
        value.map { NumberText.amount($0) + " " + SVGChart.escaped(plan.dealership.currency) } ?? "–"
    }

    private static func percent(_ value: Double?) -> String { value.map(NumberText.percent) ?? "–" }

    // MARK: sections

    private func verdictSection() -> String {
        let warnings = ranked.filter { $0.severity == .warning }.count
        var out = "<section class=\"verdict \(isReady ? "ready" : "fix")\" id=\"verdict\">\n"
        if isReady {
            out += "<h2>Ready to hire</h2>\n<p>No problem in this plan stops the launch."
            out += warnings > 0 ? " \(warnings) warning\(warnings == 1 ? "" : "s") to review before you do:</p>\n" : "</p>\n"
        } else {
            let errors = ranked.filter { $0.severity == .error }.count
            out += "<h2>Fix these first</h2>\n<p>This plan has \(errors) error\(errors == 1 ? "" : "s"): each is a known way a managed-services launch fails. The ones that matter most:</p>\n"
        }
        if !headline.isEmpty {
            out += "<ol>\n"
            // The headline is the front of `ranked`, so its positions are the findings' anchors.
            for (index, finding) in headline.enumerated() {
                let summary = Catalogue.description(named: finding.rule.id)?.summary ?? ""
                out += "<li><strong>\(Self.inline(summary))</strong> \(Self.inline(finding.message)). "
                    + "<span class=\"fix\">Fix: \(Self.inline(finding.fix))</span> <a href=\"#finding-\(index)\">Line \(finding.location.mark.line)</a></li>\n"
            }
            out += "</ol>\n"
        }
        return out + "</section>\n"
    }

    private func numbersSection() -> String {
        var out = "<section id=\"numbers\">\n<h2>What the plan can expect</h2>\n"
        out += "<p>Each objective and checkpoint against what the model expects by its day: the chance of reaching it, and the range of outcomes (10 % of runs end below p10, half below p50, 90 % below p90).</p>\n"
        var table = "<table>\n<thead><tr><th>goal</th><th>day</th><th>target</th><th>expected</th><th>chance</th><th>p10</th><th>p50</th><th>p90</th></tr></thead>\n<tbody>\n"
        func row(_ name: String, _ service: ServiceID?, _ day: Int, _ target: Double, _ estimate: Projection.Estimate) {
            let service = service.map { " <span class=\"service\">\(SVGChart.escaped($0.rawValue))</span>" } ?? ""
            table += "<tr><td>\(name)\(service)</td><td>\(day)</td><td>\(NumberText.amount(target))</td><td>\(estimate.mean.map(NumberText.amount) ?? "–")</td>"
                + "<td>\(Self.percent(estimate.probability))</td><td>\(estimate.p10.map(NumberText.amount) ?? "–")</td>"
                + "<td>\(estimate.p50.map(NumberText.amount) ?? "–")</td><td>\(estimate.p90.map(NumberText.amount) ?? "–")</td></tr>\n"
        }
        for objective in projection.objectives {
            row("objective <code>\(SVGChart.escaped(objective.objective.rawValue))</code>: \(objective.metric.rawValue)", objective.service, objective.byDay, objective.target, objective.estimate)
        }
        for checkpoint in projection.checkpoints {
            for expectation in checkpoint.expectations {
                row("checkpoint <code>\(SVGChart.escaped(checkpoint.milestone.rawValue))</code>: \(expectation.metric.rawValue)", expectation.service, checkpoint.day, expectation.target, expectation.estimate)
            }
        }
        table += "</tbody>\n</table>\n"
        for (i, trajectory) in projection.trajectories.enumerated() {
            let service = trajectory.service.rawValue
            let points = trajectory.points.map { (day: $0.day, p10: $0.estimate.p10 ?? 0, p50: $0.estimate.p50 ?? 0, p90: $0.estimate.p90 ?? 0) }
            let marked = projection.objectives.filter { $0.metric == .newMRR && $0.service == trajectory.service }
                .map { (day: $0.byDay, value: $0.target, label: $0.objective.rawValue) }
                + projection.checkpoints.flatMap { checkpoint in
                    checkpoint.expectations.filter { $0.metric == .newMRR && $0.service == trajectory.service }
                        .map { (day: checkpoint.day, value: $0.target, label: checkpoint.milestone.rawValue) }
                }
            // Targets at the same point share one dot and one label.
            var targets: [(day: Int, value: Double, label: String)] = []
            for target in marked {
                if let i = targets.firstIndex(where: { $0.day == target.day && $0.value == target.value }) {
                    targets[i].label += ", " + target.label
                } else {
                    targets.append(target)
                }
            }
            let last = points.last
            let description = "Cumulative new monthly recurring revenue of \(service) from day 0 to day \(projection.horizonDays - 1): "
                + "by the last day, half the runs reach \(NumberText.amount(last?.p50 ?? 0)), 80 % of runs fall between \(NumberText.amount(last?.p10 ?? 0)) and \(NumberText.amount(last?.p90 ?? 0))"
                + (targets.isEmpty ? "." : "; the targets are marked: " + targets.map { "\($0.label) \(NumberText.amount($0.value)) by day \($0.day)" }.joined(separator: ", ") + ".")
            out += "<figure>\n" + SVGChart.fan(id: "fan-\(i)", title: "New MRR of \(service) over the horizon", description: description, points: points,
                                               targets: targets, horizon: projection.horizonDays, unit: "new MRR, \(plan.dealership.currency) a month")
            out += "<figcaption>New MRR of <code>\(SVGChart.escaped(service))</code>, cumulative: the band holds 80 % of runs, the line is the median, dots are targets.</figcaption>\n"
            out += "<details><summary>Data</summary><table>\n<thead><tr><th>day</th><th>p10</th><th>p50</th><th>p90</th></tr></thead>\n<tbody>\n"
            for point in points {
                out += "<tr><td>\(point.day)</td><td>\(NumberText.amount(point.p10))</td><td>\(NumberText.amount(point.p50))</td><td>\(NumberText.amount(point.p90))</td></tr>\n"
            }
            out += "</tbody>\n</table></details>\n</figure>\n"
        }
        return out + table + "</section>\n"
    }

    private func funnelSection() -> String {
        let (stages, sources) = funnel
        var out = "<section id=\"funnel\">\n<h2>Where the deals would come from</h2>\n"
        out += "<p>What the plan's activity adds up to by day \(plan.launch.horizonDays - 1), for the whole dealership (the expectation model's means), and where the appointments come from: the installed base converts far better than cold calls.</p>\n"
        let stageText = stages.map { "\($0.0) \(NumberText.amount($0.1))" }.joined(separator: ", ")
        out += "<figure>\n" + SVGChart.bars(id: "funnel", title: "The funnel by the horizon", description: "Expected by the horizon: \(stageText). Bar lengths are on a square-root scale so the late stages stay visible.",
                                            rows: stages.map { ($0.0, $0.1.squareRoot(), NumberText.amount($0.1)) })
        out += "<figcaption>From touches to signed agreements (bar lengths on a square-root scale).</figcaption>\n</figure>\n"
        let sourceText = sources.map { "\($0.0) \(NumberText.amount($0.1))" }.joined(separator: ", ")
        out += "<figure>\n" + SVGChart.bars(id: "sources", title: "Appointments by source", description: "Expected appointments by source: \(sourceText).",
                                            rows: sources.map { ($0.0, $0.1, NumberText.amount($0.1)) })
        out += "<figcaption>Appointments by where they come from.</figcaption>\n</figure>\n"
        out += "<table>\n<thead><tr><th>stage</th><th>expected</th></tr></thead>\n<tbody>\n"
        for (name, value) in stages + sources.map({ ("appointments from \($0.0)", $0.1) }) {
            out += "<tr><td>\(SVGChart.escaped(name))</td><td>\(NumberText.amount(value))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func counterfactualSection() -> String {
        guard let without = projection.counterfactual.first else { return "" }
        var out = "<section id=\"hardware-clause\">\n<h2>The hardware clause, with and without</h2>\n"
        out += "<p>The comp plan pays hardware commission where the seller may sell hardware freely. The same plan without those lines, simulated with the same random draws:</p>\n"
        var rows: [(label: String, value: Double, text: String)] = []
        var table = "<table>\n<thead><tr><th></th><th>with the clause</th><th>without it</th></tr></thead>\n<tbody>\n"
        for (with, alone) in zip(projection.objectives, without.objectives) {
            let name = "\(with.objective.rawValue) expected"
            rows += [(name + ", with", with.estimate.mean ?? 0, NumberText.amount(with.estimate.mean ?? 0)),
                     (name + ", without", alone.estimate.mean ?? 0, NumberText.amount(alone.estimate.mean ?? 0))]
            table += "<tr><td>objective <code>\(SVGChart.escaped(with.objective.rawValue))</code>: chance</td><td>\(Self.percent(with.estimate.probability))</td><td>\(Self.percent(alone.estimate.probability))</td></tr>\n"
            table += "<tr><td>objective <code>\(SVGChart.escaped(with.objective.rawValue))</code>: expected</td><td>\(NumberText.amount(with.estimate.mean ?? 0))</td><td>\(NumberText.amount(alone.estimate.mean ?? 0))</td></tr>\n"
        }
        for (with, alone) in zip(projection.roles, without.roles) {
            table += "<tr><td><code>\(SVGChart.escaped(with.role.rawValue))</code>: quota attainment</td><td>\(Self.percent(with.quotaAttainment.mean))</td><td>\(Self.percent(alone.quotaAttainment.mean))</td></tr>\n"
            table += "<tr><td><code>\(SVGChart.escaped(with.role.rawValue))</code>: touches to hardware</td><td>\(Self.percent(with.hardwareDiversion))</td><td>\(Self.percent(alone.hardwareDiversion))</td></tr>\n"
        }
        let description = rows.map { "\($0.label) \($0.text)" }.joined(separator: "; ")
        out += "<figure>\n" + SVGChart.bars(id: "clause", title: "Objectives with and without the hardware clause", description: description + ".", rows: rows)
        out += "<figcaption>Expected value of each objective, with the hardware lines and without them.</figcaption>\n</figure>\n"
        return out + table + "</tbody>\n</table>\n</section>\n"
    }

    private func sensitivitySection() -> String {
        guard let objective = projection.objectives.first, !projection.sensitivity.isEmpty else { return "" }
        let rows = projection.sensitivity.prefix(8).map { (label: $0.assumption, low: $0.lowShare ?? 0, high: $0.highShare ?? 0) }
        let base = (objective.estimate.mean ?? 0) / max(objective.target, 1e-9)
        var out = "<section id=\"sensitivity\">\n<h2>What moves it most</h2>\n"
        out += "<p>Each assumption at 75 % and 125 % of its value, and how far that moves objective <code>\(SVGChart.escaped(objective.objective.rawValue))</code>: its expected value as a share of its target. The longest bars are the numbers worth checking first.</p>\n"
        let description = "The assumptions that move objective \(objective.objective.rawValue) most: " + rows.map {
            "\($0.label) from \(NumberText.percent($0.low)) to \(NumberText.percent($0.high)) of the target"
        }.joined(separator: "; ") + "; the plan as written: \(NumberText.percent(base))."
        out += "<figure>\n" + SVGChart.tornado(id: "tornado", title: "What moves objective \(objective.objective.rawValue) most", description: description, rows: rows, base: base)
        out += "<figcaption>Expected value as a share of the target, each assumption at 75 % and 125 %.</figcaption>\n</figure>\n"
        out += "<table>\n<thead><tr><th>assumption</th><th>chance at 75 %</th><th>at 125 %</th><th>expected at 75 %</th><th>at 125 %</th></tr></thead>\n<tbody>\n"
        for entry in projection.sensitivity.prefix(8) {
            out += "<tr><td><code>\(SVGChart.escaped(entry.assumption))</code></td><td>\(Self.percent(entry.low))</td><td>\(Self.percent(entry.high))</td><td>\(Self.percent(entry.lowShare))</td><td>\(Self.percent(entry.highShare))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func offerSection() -> String {
        let hires = projection.roles.filter { role in plan.role(role.role)?.status == .toHire }
        guard !hires.isEmpty else { return "" }
        var out = "<section id=\"offer\">\n<h2>Would you take this job?</h2>\n"
        out += "<p>The offer as a candidate would judge it: pay over the \(plan.launch.horizonDays) days (salaries in the plan are per year), where it comes from, and the chance the salary is cut.</p>\n"
        out += "<table>\n<thead><tr><th>role</th><th>pay, p10 / p50 / p90</th><th>base</th><th>service commission</th><th>hardware commission</th><th>draw</th><th>quota attainment</th><th>chance of salary cut</th></tr></thead>\n<tbody>\n"
        for role in hires {
            let pay = [role.pay.p10, role.pay.p50, role.pay.p90].map { $0.map(NumberText.amount) ?? "–" }.joined(separator: " / ")
            let cut = role.adjustment == nil ? "no clause" : Self.percent(role.adjustmentProbability)
                + (role.adjustment.map { " (reviewed on day \($0.reviewDay.value))" } ?? "")
            out += "<tr><td><code>\(SVGChart.escaped(role.role.rawValue))</code></td><td>\(pay) \(SVGChart.escaped(plan.dealership.currency))</td>"
                + "<td>\(money(role.base))</td><td>\(money(role.serviceCommission))</td><td>\(money(role.hardwareCommission))</td><td>\(money(role.draw))</td>"
                + "<td>\(Self.percent(role.quotaAttainment.mean))</td><td>\(cut)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for role in hires {
            let accounts = workableAccounts(of: role.role)
            guard !accounts.isEmpty else { continue }
            out += "<p>The accounts <code>\(SVGChart.escaped(role.role.rawValue))</code> may really work: <em>open</em> and <em>notify</em> "
                + "freely (notify: tell the owner first), <em>permission</em> only when the account's owner agrees, <em>closed</em> not at all.</p>\n"
            out += "<table>\n<thead><tr><th>segment</th><th>kind</th><th>accounts</th><th>owner</th><th>access</th></tr></thead>\n<tbody>\n"
            for (segment, access) in accounts {
                out += "<tr><td><code>\(SVGChart.escaped(segment.id.value.rawValue))</code></td><td>\(segment.kind.rawValue)</td>"
                    + "<td>\(segment.accounts.map { NumberText.amount(Double($0)) } ?? "open market")</td>"
                    + "<td>\(segment.owner.map { "<code>\(SVGChart.escaped($0.value.rawValue))</code>" } ?? "–")</td>"
                    + "<td class=\"access \(access?.rawValue ?? "closed")\">\(access?.rawValue ?? "closed")</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    private func findingsSection() -> String {
        var out = "<section id=\"findings\">\n<h2>Every finding</h2>\n"
        guard !ranked.isEmpty else { return out + "<p>None: the plan reads cleanly and no rule fires.</p>\n</section>\n" }
        for (i, finding) in ranked.enumerated() {
            out += "<article class=\"finding \(finding.severity.rawValue)\" id=\"finding-\(i)\">\n"
            out += "<h3><span class=\"severity\">\(finding.severity.rawValue)</span> \(Self.inline(finding.message)) <span class=\"rule\">\(SVGChart.escaped(finding.rule.id))</span></h3>\n"
            var lines = [finding.location.mark.line] + finding.related.map(\.location.mark.line)
            lines = lines.enumerated().filter { !lines.prefix($0.offset).contains($0.element) }.map(\.element)
            out += "<pre class=\"excerpt\">"
            for line in lines {
                let text = file.source.line(line).map { String(decoding: $0, as: UTF8.self) } ?? ""
                out += "<span class=\"line\">\(line)</span> \(SVGChart.escaped(text))\n"
            }
            out += "</pre>\n"
            out += "<p class=\"fix\">Fix: \(Self.inline(finding.fix))</p>\n"
            let steps = trace(finding)
            if !steps.isEmpty {
                out += "<details><summary>The numbers behind it</summary><table>\n<tbody>\n"
                for step in steps {
                    out += "<tr><td>\(SVGChart.escaped(step.label))</td><td>\(NumberText.significant(step.value))</td><td><code>\(SVGChart.escaped(step.formula))</code></td></tr>\n"
                }
                out += "</tbody>\n</table></details>\n"
            }
            out += "</article>\n"
        }
        return out + "</section>\n"
    }

    private func assumptionsSection() -> String {
        var out = "<section id=\"assumptions\">\n<h2>What the numbers assume</h2>\n"
        out += "<p>Every assumption the model used. Those marked <em>default</em> are the format's, not the playbook's: replace them with your own figures where you have them.</p>\n"
        out += "<table>\n<thead><tr><th>assumption</th><th>value</th><th></th><th>meaning and basis</th></tr></thead>\n<tbody>\n"
        for (key, value) in plan.assumptions.keyedValues {
            let isDefault = plan.assumptions.defaulted.contains(key)
            out += "<tr><td><code>\(SVGChart.escaped(key))</code></td><td>\(value.map(NumberText.exact) ?? "auto")</td><td>\(isDefault ? "<em>default</em>" : "")</td>"
                + "<td>\(Self.inline(Self.meaning(ofAssumption: key)))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    static let style = """
        :root { color-scheme: light dark; --ink: #1d2433; --muted: #5b6475; --paper: #ffffff; --line: #d8dde6; \
        --accent: #1f5fbf; --band: #9cbcf0; --bad: #b3261e; --good: #1e7a34; --warn: #8a5a00; }
        @media (prefers-color-scheme: dark) { :root { --ink: #e6e9ef; --muted: #a6adbb; --paper: #161a22; --line: #343b48; \
        --accent: #7fb0ff; --band: #2f4f86; --bad: #ff8a80; --good: #7ddc8f; --warn: #f3c26b; } }
        body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper); \
        max-width: 980px; margin: 0 auto; padding: 1.5rem; }
        h1 { margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); }
        .kicker, footer, figcaption { color: var(--muted); font-size: .9rem; }
        .verdict { border: 3px solid var(--line); border-radius: 8px; padding: .5rem 1.25rem; }
        .verdict.ready { border-color: var(--good); } .verdict.fix { border-color: var(--bad); }
        .verdict h2 { border: 0; margin-top: .5rem; } .verdict.fix h2 { color: var(--bad); } .verdict.ready h2 { color: var(--good); }
        table { border-collapse: collapse; margin: 1rem 0; font-size: .92rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        td:not(:first-child) { font-variant-numeric: tabular-nums; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
        .service { color: var(--muted); font-size: .85em; }
        figure { margin: 1.5rem 0; break-inside: avoid; page-break-inside: avoid; }
        svg.chart { max-width: 100%; height: auto; } svg text { fill: var(--ink); font-size: 12px; font-family: system-ui, sans-serif; }
        svg .axis { fill: var(--muted); } svg .grid { stroke: var(--line); } svg .bar { fill: var(--accent); }
        svg .band { fill: var(--band); opacity: .7; } svg .median { stroke: var(--accent); stroke-width: 2.5; fill: none; }
        svg .target { fill: var(--bad); }
        .finding { border-left: 4px solid var(--line); padding: .25rem 1rem; margin: 1.25rem 0; break-inside: avoid; }
        .finding.error { border-color: var(--bad); } .finding.warning { border-color: var(--warn); }
        .finding h3 { font-size: 1rem; margin: .25rem 0; } .severity { text-transform: uppercase; font-size: .8rem; color: var(--muted); }
        .rule { color: var(--muted); font-weight: normal; font-size: .85rem; }
        pre.excerpt { background: color-mix(in srgb, var(--line) 35%, transparent); padding: .5rem; overflow-x: auto; }
        pre .line { color: var(--muted); display: inline-block; min-width: 3ch; text-align: right; }
        @media print { :root { --ink: #000; --muted: #444; --paper: #fff; --line: #bbb; --accent: #1f5fbf; --band: #9cbcf0; } \
        body { max-width: none; } details { display: block; } details > summary { display: none; } a { color: inherit; text-decoration: none; } }
        """
}
