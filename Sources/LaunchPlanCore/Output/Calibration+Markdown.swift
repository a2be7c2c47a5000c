import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanSimulation

extension Calibration {
    /// `calibrate --format markdown`: the text's sections as a document, with
    /// every forecast folded away, for a consultant's notes or a pull request.
    public func markdown() -> String {
        func table(_ header: [String], _ rows: [[String]]) -> ReportDocument.Table {
            ReportDocument.Table(header: header, rows: rows.map { $0.map(ReportDocument.Cell.text) })
        }
        var sections = [ReportDocument.Section(id: "calibration-assumptions", style: nil, heading: "What to change in the next plan",
                                               blocks: [.list(verdicts.map { ReportDocument.Span.parse($0) }, ordered: false)])]
        var scored: [ReportDocument.Block] = [.paragraph([.text(scoreSentence)])]
        if !reliability.isEmpty { scored.append(.table(table(Self.reliabilityHeader, reliabilityRows))) }
        scored += [.table(table(Self.launchHeader, launchRows)), .details(summary: "Every forecast", table(Self.forecastHeader, forecastRows)),
                   .paragraph([.text(Self.outcomeRule)])]
        sections.append(ReportDocument.Section(id: "calibration-score", style: nil, heading: "How well the day-0 chances predicted what happened", blocks: scored))
        if !assumptions.isEmpty {
            sections.append(ReportDocument.Section(id: "calibration-funnel", style: nil, heading: "The funnel against the plans", blocks: [
                .table(table(Self.assumptionHeader, assumptionRows)), .table(table(funnelHeader, funnelRows)), .paragraph([.text(Self.ratioMethod)]),
            ]))
        }
        if !skipped.isEmpty {
            sections.append(ReportDocument.Section(id: "calibration-skipped", style: nil, heading: "Skipped",
                                                   blocks: [.list(skippedLines.map { [.text($0)] }, ordered: false)]))
        }
        return ReportDocument(title: "Calibration", kicker: "Past launches against their plans", heading: heading,
                              intro: [.text("Each plan simulated as `simulate` does it, its day-0 chances then held against what its reviews recorded.")],
                              sections: sections, footer: [.text("Made by launchplan calibrate.")]).markdown()
    }
}
