import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules

extension Report {
    /// The active findings, most serious first: by severity, then problems
    /// reading the file (everything after them is read from a guess), then
    /// plan rules in the catalogue's order, then file order. The text output's
    /// verdict line names them in this order.
    public var mostSeriousFirst: [(path: String, finding: Finding)] {
        let rank = Dictionary(Catalogue.descriptions.enumerated().map { ($1.id.id, $0) }, uniquingKeysWith: { first, _ in first })
        let active = files.enumerated().flatMap { f, file in
            file.findings.enumerated().filter { !$0.element.isWaived }.map { (f, $0, file.path, $1) }
        }
        return active.sorted { a, b in
            if a.3.severity != b.3.severity { return a.3.severity > b.3.severity }
            let (ra, rb) = (rank[a.3.rule.id] ?? .max, rank[b.3.rule.id] ?? .max)
            if ra != rb { return ra < rb }
            return (a.0, a.1) < (b.0, b.1)
        }.map { ($0.2, $0.3) }
    }
}
