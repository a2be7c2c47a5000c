import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

/// What the owner's report says, section by section, once for both the page
/// and the Markdown (`ReportDocument`).
extension OwnerReport {
    typealias Span = ReportDocument.Span
    typealias Cell = ReportDocument.Cell
    typealias Table = ReportDocument.Table

    var document: ReportDocument {
        var intro: [Span] = [.text("\(plan.launch.title): \(plan.launch.horizonDays) days\(plan.launch.startDate.map { " from \($0)" } ?? ""), ")]
        for (i, service) in plan.dealership.services.enumerated() {
            if i > 0 { intro.append(.text(", ")) }
            intro.append(.code(service.value.rawValue))
        }
        intro.append(.text("."))
        // After the verdict, what the reviews say: where the launch stands now comes before what the plan said.
        let sections = ([verdictSection].compactMap { $0 } + (tracking?.sections() ?? [])
            + [numbersSection, funnelSection, counterfactualSection, sensitivitySection,
               uncertainSection, offerSection, findingsSection, assumptionsSection].compactMap { $0 })
        return ReportDocument(title: "\(plan.dealership.name): \(plan.launch.title)", kicker: "Launch plan review by \(Tool.name)",
                              heading: plan.dealership.name, intro: intro, sections: sections, footer: footer)
    }

    private var footer: [Span] {
        var runs = "the expectation model's means", options = ""
        if case .monteCarlo(let count, let seed) = projection.mode {
            runs = "\(NumberText.amount(Double(count))) simulated runs, seed \(seed)"
            options = " --runs \(count) --seed \(seed)"
        }
        return [.text("Made by \(Tool.name) \(Tool.version) from "), .code(file.path), .text(": \(runs), the same numbers on any machine. To reproduce: "),
                .code("\(Tool.name) report \(file.path)\(options)"), .text(".")]
    }

    private func money(_ value: Double?) -> String {
        value.map { NumberText.amount($0) + " " + plan.dealership.currency } ?? "–"
    }

    private static func percent(_ value: Double?) -> String { value.map(NumberText.percent) ?? "–" }
    private static func amount(_ value: Double?) -> String { value.map(NumberText.amount) ?? "–" }

    // MARK: sections

    private var verdictSection: ReportDocument.Section {
        let warnings = ranked.filter { $0.severity == .warning }.count
        var blocks: [ReportDocument.Block] = []
        if isReady {
            blocks.append(.paragraph([.text("No problem in this plan stops the launch."
                + (warnings > 0 ? " \(warnings) warning\(warnings == 1 ? "" : "s") to review before you do:" : ""))]))
        } else {
            let errors = ranked.filter { $0.severity == .error }.count
            blocks.append(.paragraph([.text("This plan has \(errors) error\(errors == 1 ? "" : "s"): each is a known way a managed-services launch fails. The ones that matter most:")]))
        }
        if !headline.isEmpty {
            // The headline is the front of `ranked`, so its positions are the findings' anchors.
            blocks.append(.list(headline.enumerated().map { index, finding in
                let summary = Catalogue.description(named: finding.rule.id)?.summary ?? ""
                return [.strong(Span.parse(summary)), .text(" ")] + Span.parse(finding.message) + [.text(". "),
                        .styled("fix", [.text("Fix: ")] + Span.parse(finding.fix)), .text(" "),
                        .link([.text("Line \(finding.location.mark.line)")], anchor: "finding-\(index)")]
            }, ordered: true))
        }
        // After the launch, hiring is behind the owner: the heading names the review instead.
        let heading = tracking.map { "At the day-\($0.lastDay) review: " + (isReady ? "no error in the plan" : "fix these first") }
            ?? (isReady ? "Ready to hire" : "Fix these first")
        return .init(id: "verdict", style: "verdict \(isReady ? "ready" : "fix")", heading: heading, blocks: blocks)
    }

    private var numbersSection: ReportDocument.Section {
        var blocks: [ReportDocument.Block] = [.paragraph([.text("Each objective and checkpoint against what the model expects by its day: the chance of reaching it, and the range of outcomes (10 % of runs end below p10, half below p50, 90 % below p90).")])]
        var rows: [[Cell]] = []
        func row(_ kind: String, _ id: String, _ metric: Metric, _ service: ServiceID?, _ day: Int, _ target: Double, _ estimate: Projection.Estimate) {
            var goal: [Span] = [.text("\(kind) "), .code(id), .text(": \(metric.rawValue)")]
            if let service { goal += [.text(" "), .styled("service", [.text(service.rawValue)])] }
            rows.append([Cell(goal), .text("\(day)"), .text(NumberText.amount(target)), .text(Self.amount(estimate.mean)), .text(Self.percent(estimate.probability)),
                         .text(Self.amount(estimate.p10)), .text(Self.amount(estimate.p50)), .text(Self.amount(estimate.p90))])
        }
        for objective in projection.objectives {
            row("objective", objective.objective.rawValue, objective.metric, objective.service, objective.byDay, objective.target, objective.estimate)
        }
        for checkpoint in projection.checkpoints {
            for expectation in checkpoint.expectations {
                row("checkpoint", checkpoint.milestone.rawValue, expectation.metric, expectation.service, checkpoint.day, expectation.target, expectation.estimate)
            }
        }
        for (i, trajectory) in projection.trajectories.enumerated() {
            blocks.append(fanChart(trajectory, index: i))
        }
        blocks.append(.table(Table(header: ["goal", "day", "target", "expected", "chance", "p10", "p50", "p90"], rows: rows)))
        return .init(id: "numbers", heading: "What the plan can expect", blocks: blocks)
    }

    private func fanChart(_ trajectory: Projection.Trajectory, index i: Int) -> ReportDocument.Block {
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
        let svg = SVGChart.fan(id: "fan-\(i)", title: "New MRR of \(service) over the horizon", description: description, points: points,
                               targets: targets, horizon: projection.horizonDays, unit: "new MRR, \(plan.dealership.currency) a month")
        let data = Table(header: ["day", "p10", "p50", "p90"], rows: points.map { point in
            [.text("\(point.day)"), .text(NumberText.amount(point.p10)), .text(NumberText.amount(point.p50)), .text(NumberText.amount(point.p90))]
        })
        return .figure(svg: svg, caption: [.text("New MRR of "), .code(service), .text(", cumulative: the band holds 80 % of runs, the line is the median, dots are targets.")], data: data)
    }

    private var funnelSection: ReportDocument.Section {
        let (stages, sources) = funnel
        let stageText = stages.map { "\($0.0) \(NumberText.amount($0.1))" }.joined(separator: ", ")
        let sourceText = sources.map { "\($0.0) \(NumberText.amount($0.1))" }.joined(separator: ", ")
        let funnelChart = SVGChart.bars(id: "funnel", title: "The funnel by the horizon",
                                        description: "Expected by the horizon: \(stageText). Bar lengths are on a square-root scale so the late stages stay visible.",
                                        rows: stages.map { ($0.0, $0.1.squareRoot(), NumberText.amount($0.1)) })
        let sourceChart = SVGChart.bars(id: "sources", title: "Appointments by source", description: "Expected appointments by source: \(sourceText).",
                                        rows: sources.map { ($0.0, $0.1, NumberText.amount($0.1)) })
        let rows: [[Cell]] = (stages + sources.map { ("appointments from \($0.0)", $0.1) }).map { [.text($0.0), .text(NumberText.amount($0.1))] }
        return .init(id: "funnel", heading: "Where the deals would come from", blocks: [
            .paragraph([.text("What the plan's activity adds up to by day \(plan.launch.horizonDays - 1), for the whole dealership (the expectation model's means), and where the appointments come from: the installed base converts far better than cold calls.")]),
            .figure(svg: funnelChart, caption: [.text("From touches to signed agreements (bar lengths on a square-root scale).")], data: nil),
            .figure(svg: sourceChart, caption: [.text("Appointments by where they come from.")], data: nil),
            .table(Table(header: ["stage", "expected"], rows: rows)),
        ])
    }

    private var counterfactualSection: ReportDocument.Section? {
        guard let without = projection.counterfactual.first else { return nil }
        var bars: [(label: String, value: Double, text: String)] = []
        var rows: [[Cell]] = []
        for (with, alone) in zip(projection.objectives, without.objectives) {
            let name = "\(with.objective.rawValue) expected"
            bars += [(name + ", with", with.estimate.mean ?? 0, NumberText.amount(with.estimate.mean ?? 0)),
                     (name + ", without", alone.estimate.mean ?? 0, NumberText.amount(alone.estimate.mean ?? 0))]
            rows.append([Cell([.text("objective "), .code(with.objective.rawValue), .text(": chance")]),
                         .text(Self.percent(with.estimate.probability)), .text(Self.percent(alone.estimate.probability))])
            rows.append([Cell([.text("objective "), .code(with.objective.rawValue), .text(": expected")]),
                         .text(NumberText.amount(with.estimate.mean ?? 0)), .text(NumberText.amount(alone.estimate.mean ?? 0))])
        }
        for (with, alone) in zip(projection.roles, without.roles) {
            rows.append([Cell([.code(with.role.rawValue), .text(": quota attainment")]), .text(Self.percent(with.quotaAttainment.mean)), .text(Self.percent(alone.quotaAttainment.mean))])
            rows.append([Cell([.code(with.role.rawValue), .text(": touches to hardware")]), .text(Self.percent(with.hardwareDiversion)), .text(Self.percent(alone.hardwareDiversion))])
        }
        let description = bars.map { "\($0.label) \($0.text)" }.joined(separator: "; ")
        return .init(id: "hardware-clause", heading: "The hardware clause, with and without", blocks: [
            .paragraph([.text("The comp plan pays hardware commission where the seller may sell hardware freely. The same plan without those lines, simulated with the same random draws:")]),
            .figure(svg: SVGChart.bars(id: "clause", title: "Objectives with and without the hardware clause", description: description + ".", rows: bars),
                    caption: [.text("Expected value of each objective, with the hardware lines and without them.")], data: nil),
            .table(Table(header: ["", "with the clause", "without it"], rows: rows)),
        ])
    }

    private var sensitivitySection: ReportDocument.Section? {
        guard let objective = projection.objectives.first, !projection.sensitivity.isEmpty else { return nil }
        let entries = projection.sensitivity.prefix(8)
        let bars = entries.map { (label: $0.assumption, low: $0.lowShare ?? 0, high: $0.highShare ?? 0) }
        let base = (objective.estimate.mean ?? 0) / max(objective.target, 1e-9)
        let id = objective.objective.rawValue
        let description = "The assumptions that move objective \(id) most: " + bars.map {
            "\($0.label) from \(NumberText.percent($0.low)) to \(NumberText.percent($0.high)) of the target"
        }.joined(separator: "; ") + "; the plan as written: \(NumberText.percent(base))."
        let rows: [[Cell]] = entries.map { entry in
            [.code(entry.assumption), .text(Self.percent(entry.low)), .text(Self.percent(entry.high)), .text(Self.percent(entry.lowShare)), .text(Self.percent(entry.highShare))]
        }
        return .init(id: "sensitivity", heading: "What moves it most", blocks: [
            .paragraph([.text("Each assumption at 75 % and 125 % of its value, and how far that moves objective "), .code(id),
                        .text(": its expected value as a share of its target, and its chance. The longest bars are the numbers worth checking first.")]),
            .figure(svg: SVGChart.tornado(id: "tornado", title: "What moves objective \(id) most", description: description, rows: bars, base: base),
                    caption: [.text("Expected value as a share of the target, each assumption at 75 % and 125 %.")], data: nil),
            .table(Table(header: ["assumption", "chance at 75 %", "at 125 %", "expected at 75 %", "at 125 %"], rows: rows)),
        ])
    }

    /// What to find out before hiring: the uncertain assumptions ranked by
    /// how much they decide the first objective (`Projection.importance`).
    private var uncertainSection: ReportDocument.Section? {
        guard let objective = projection.objectives.first, !projection.importance.isEmpty else { return nil }
        let id = objective.objective.rawValue
        let entries = projection.importance
        let rows = entries.map { (label: $0.assumption, low: $0.lowThird ?? 0, high: $0.highThird ?? 0) }
        let overall = objective.estimate.probability ?? 0
        let description = "The chance of objective \(id) when each uncertain assumption falls in the lowest and in the highest third of its range: "
            + rows.map { "\($0.label) \(NumberText.percent($0.low)) to \(NumberText.percent($0.high))" }.joined(separator: "; ")
            + "; the plan as a whole: \(NumberText.percent(overall))."
        let table: [[Cell]] = entries.map { entry in
            [.code(entry.assumption),
             .text([entry.range.min, entry.range.likely, entry.range.max].map(NumberText.amount).joined(separator: " / ")),
             .text(entry.correlation.map { NumberText.exact(($0 * 100).rounded() / 100) } ?? "–"),
             .text(Self.percent(entry.lowThird)), .text(Self.percent(entry.highThird))]
        }
        return .init(id: "uncertain", heading: "What to find out before hiring", blocks: [
            .paragraph([.text("The plan gives these assumptions as ranges: each simulated run drew its own value of each, so the chances above include what is not known yet. Ranked by how much each decides objective "),
                        .code(id), .text(" (the rank correlation of the runs' values with the objective, from -1 to 1), with the objective's chance in the runs where the assumption came out in the lowest and in the highest third. The first rows are worth finding out, from a trial or from a dealer who has done it, before hiring.")]),
            .figure(svg: SVGChart.thirds(id: "uncertain", title: "What decides objective \(id)", description: description, rows: rows, overall: overall),
                    caption: [.text("Chance of the objective when the assumption is in the lowest third of its range (left dot) and in the highest (right dot).")], data: nil),
            .table(Table(header: ["uncertain assumption", "low / likely / high", "correlation", "chance if lowest third", "if highest third"], rows: table)),
        ])
    }

    private var offerSection: ReportDocument.Section? {
        let hires = projection.roles.filter { role in plan.role(role.role)?.status == .toHire }
        guard !hires.isEmpty else { return nil }
        let currency = plan.dealership.currency
        var blocks: [ReportDocument.Block] = [.paragraph([.text("The offer as a candidate would judge it: pay over the \(plan.launch.horizonDays) days (salaries in the plan are per year), where it comes from, and the chance the salary is cut.")])]
        blocks.append(.table(Table(header: ["role", "pay, p10 / p50 / p90", "base", "service commission", "hardware commission", "draw", "quota attainment", "chance of salary cut"],
                                   rows: hires.map { role in
            let pay = [role.pay.p10, role.pay.p50, role.pay.p90].map(Self.amount).joined(separator: " / ")
            return [.code(role.role.rawValue), .text("\(pay) \(currency)"), .text(money(role.base)), .text(money(role.serviceCommission)),
                    .text(money(role.hardwareCommission)), .text(money(role.draw)), .text(Self.percent(role.quotaAttainment.mean)), .text(salaryCut(role))]
        })))
        for role in hires {
            blocks += payByMonth(role)
            let accounts = workableAccounts(of: role.role)
            guard !accounts.isEmpty else { continue }
            blocks.append(.paragraph([.text("The accounts "), .code(role.role.rawValue), .text(" may really work: "), .emphasis("open"), .text(" and "), .emphasis("notify"),
                                      .text(" freely (notify: tell the owner first), "), .emphasis("permission"), .text(" only when the account's owner agrees, "),
                                      .emphasis("closed"), .text(" not at all.")]))
            blocks.append(.table(Table(header: ["segment", "kind", "accounts", "owner", "access"], rows: accounts.map { segment, access in
                [.code(segment.id.value.rawValue), .text(segment.kind.rawValue), .text(segment.accounts.map { NumberText.amount(Double($0)) } ?? "open market"),
                 segment.owner.map { .code($0.value.rawValue) } ?? "–", Cell([.text(access?.rawValue ?? "closed")], style: "access \(access?.rawValue ?? "closed")")]
            })))
        }
        return .init(id: "offer", heading: "Would you take this job?", blocks: blocks)
    }

    /// "100 %, from day 91": the chance and the first day the base is cut (or "no clause").
    private func salaryCut(_ role: Projection.RoleOutcome) -> String {
        guard let adjustment = role.adjustment else { return "no clause" }
        let day = adjustment.reviewDay.value + 1
        let change = adjustment.baseSalaryChangePercent
        let what = change < 0 ? "cut by \(NumberText.exact(-change)) %" : change > 0 ? "raised by \(NumberText.exact(change)) %" : "unchanged"
        let when = day < plan.launch.horizonDays ? "from day \(day)" : "from day \(day), after the horizon"
        return "\(Self.percent(role.adjustmentProbability)): \(what) \(when)"
    }

    /// One person's pay in each 30-day pay period: the chart and its table.
    private func payByMonth(_ role: Projection.RoleOutcome) -> [ReportDocument.Block] {
        let periods = role.payByPeriod
        guard !periods.isEmpty else { return [] }
        let id = role.role.rawValue
        let columns = periods.enumerated().map { (label: "month \($0.offset + 1)", p10: $0.element.pay.p10 ?? 0, p50: $0.element.pay.p50 ?? 0, p90: $0.element.pay.p90 ?? 0) }
        let description = "Pay of one \(id) in each month of the horizon: " + zip(columns, periods).map { column, period in
            "\(column.label) (days \(period.days.lowerBound) to \(period.days.upperBound)) half the runs \(NumberText.amount(column.p50)) \(plan.dealership.currency) or less, 80 % between \(NumberText.amount(column.p10)) and \(NumberText.amount(column.p90))"
        }.joined(separator: "; ") + "."
        let svg = SVGChart.ranges(id: "pay-\(id)", title: "Pay of \(id) month by month", description: description, columns: columns, unit: "pay, \(plan.dealership.currency) a month")
        let data = Table(header: ["month", "days", "p10", "p50", "p90", "average"], rows: zip(columns, periods).map { column, period in
            [.text(column.label), .text("\(period.days.lowerBound)–\(period.days.upperBound)"), .text(NumberText.amount(column.p10)),
             .text(NumberText.amount(column.p50)), .text(NumberText.amount(column.p90)), .text(Self.amount(period.pay.mean))]
        })
        return [.figure(svg: svg, caption: [.text("Pay of one "), .code(id), .text(" in each 30-day month from their start: base, commission and draw; the bar holds 80 % of runs, the line is the median.")],
                        data: data)]
    }

    private var findingsSection: ReportDocument.Section {
        guard !ranked.isEmpty else {
            return .init(id: "findings", heading: "Every finding", blocks: [.paragraph([.text("None: the plan reads cleanly and no rule fires.")])])
        }
        return .init(id: "findings", heading: "Every finding", blocks: ranked.enumerated().map { i, finding in
            var lines = [finding.location.mark.line] + finding.related.map(\.location.mark.line)
            lines = lines.enumerated().filter { !lines.prefix($0.offset).contains($0.element) }.map(\.element)
            var blocks: [ReportDocument.Block] = [
                .excerpt(lines.map { line in (line, file.source.line(line).map { String(decoding: $0, as: UTF8.self) } ?? "") }),
                .paragraph([.styled("fix", [.text("Fix: ")] + Span.parse(finding.fix))]),
            ]
            let steps = trace(finding)
            if !steps.isEmpty {
                blocks.append(.details(summary: "The numbers behind it", Table(header: ["step", "value", "how"], rows: steps.map { step in
                    [.text(step.label), .text(NumberText.significant(step.value)), .code(step.formula)]
                })))
            }
            let heading: [Span] = [.styled("severity", [.text(finding.severity.rawValue)]), .text(" ")] + Span.parse(finding.message)
                + [.text(" "), .styled("rule", [.text(finding.rule.id)])]
            return .article(.init(id: "finding-\(i)", style: "finding \(finding.severity.rawValue)", heading: heading, blocks: blocks))
        })
    }

    private var assumptionsSection: ReportDocument.Section {
        let rows: [[Cell]] = plan.assumptions.keyedValues.map { key, value in
            let isDefault = plan.assumptions.defaulted.contains(key)
            return [.code(key), .text(value.map(NumberText.exact) ?? "auto"), Cell(isDefault ? [.emphasis("default")] : []),
                    Cell(Span.parse(Self.meaning(ofAssumption: key)))]
        }
        return .init(id: "assumptions", heading: "What the numbers assume", blocks: [
            .paragraph([.text("Every assumption the model used. Those marked "), .emphasis("default"),
                        .text(" are the format's, not the playbook's: replace them with your own figures where you have them.")]),
            .table(Table(header: ["assumption", "value", "", "meaning and basis"], rows: rows)),
        ])
    }
}
