import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanSimulation

extension Tracking {
    /// The review as document sections: the owner's report shows them after
    /// the plan's own, and `track --format markdown` renders them alone.
    package func sections() -> [ReportDocument.Section] {
        func table(_ header: [String], _ rows: [[String]]) -> ReportDocument.Block {
            .table(ReportDocument.Table(header: header, rows: rows.map { $0.map(ReportDocument.Cell.text) }))
        }
        var blocks: [ReportDocument.Block] = summary.isEmpty ? [] : [.list(summary.map { [.text($0)] }, ordered: false)]
        blocks += [.paragraph([.text("What the reviews recorded, against the plan's runs for that day:")]), table(Self.observationHeader, observationRows)]
        var sections = [ReportDocument.Section(id: "tracking", style: nil, heading: "Since the launch: what the reviews say (to day \(lastDay))", blocks: blocks)]
        sections.append(ReportDocument.Section(id: "tracking-chances", style: nil, heading: "The plan at day 0, and given the actuals", blocks: [
            table(Self.chanceHeader, chanceRows), .paragraph([.text(method)]),
        ]))
        if !posteriors.isEmpty {
            sections.append(ReportDocument.Section(id: "tracking-assumptions", style: nil, heading: "What the actuals say of the uncertain assumptions", blocks: [
                table(Self.posteriorHeader, posteriorRows),
            ]))
        }
        return sections
    }

    /// `track --format markdown`: the review on its own, for an email or a pull request.
    public func markdown(title: String) -> String {
        ReportDocument(title: title, kicker: "Tracking the launch", heading: title,
                       intro: [.text("Actuals to day \(lastDay)\(plan.startDate.map { " (day 0 is \($0))" } ?? ""), money in \(plan.currency).")],
                       sections: sections(), footer: [.text("Made by launchplan track.")]).markdown()
    }
}
