import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

/// `launchplan report`: one self-contained HTML page for the dealer
/// principal, built from one validation and one simulation of the plan. The
/// verdict comes first, in plain words; then the numbers behind it (charts,
/// each with its data table), the findings with the lines they point at, what
/// each hire would be offered, and what the numbers assume.
public struct OwnerReport: Sendable {
    public let file: FileReport
    public let plan: Playbook
    /// A Monte Carlo projection with trajectories (`SimulationSet(…, reportDetail: true)`).
    public let projection: Projection
    /// The plan given its actuals (`track`), shown after the verdict; nil for a plan without actuals.
    public let tracking: Tracking?

    /// Active findings, most serious first (the text output's verdict order).
    let ranked: [Finding]
    /// The plan's expectation model, built once for the funnel and every finding's trace.
    let model: ExpectationModel

    public init(file: FileReport, plan: Playbook, projection: Projection, tracking: Tracking? = nil) {
        self.file = file
        self.plan = plan
        self.projection = projection
        self.tracking = tracking
        ranked = Report(files: [file]).mostSeriousFirst.map(\.finding)
        model = ExpectationModel(plan)
    }

    /// "Ready to hire" when nothing active is an error; otherwise "Fix these first".
    public var isReady: Bool { !ranked.contains { $0.severity == .error } }

    /// The findings the verdict names: the two or three that matter most.
    var headline: [Finding] {
        let errors = ranked.filter { $0.severity == .error }
        return Array((errors.isEmpty ? ranked : errors).prefix(3))
    }

    /// The plan's expected funnel by the horizon, for the whole dealership:
    /// each stage, and appointments by where they come from.
    var funnel: (stages: [(String, Double)], sources: [(String, Double)]) {
        let day = plan.launch.horizonDays - 1
        let services = plan.dealership.services.map(\.value)
        func total(_ metric: Metric) -> Double { services.reduce(0.0) { $0 + model.dealership(metric, service: $1, byDay: day) } }
        let stages: [(String, Metric)] = [("touches", .touches), ("conversations", .conversations), ("appointments", .appointments),
                                          ("assessments", .assessments), ("proposals", .proposals), ("agreements", .agreements)]
        var sources = [0.0, 0.0, 0.0, 0.0]
        for index in model.model.sellers.indices {
            let persons = Double(model.model.sellers[index].role.headcount)
            for source in AppointmentSource.allCases {
                sources[source.rawValue] += model.appointments(seller: index, from: source, byDay: day) * persons
            }
        }
        return (stages.map { ($0.0, total($0.1)) },
                zip(["installed base (customers)", "cold prospects", "referrals", "reps' introductions"], sources).map { ($0, $1) })
    }

    /// The accounts a role may really work for its services: each segment with
    /// the freest access a territory rule grants it there (closed when none does).
    func workableAccounts(of role: RoleID) -> [(segment: Segment, access: Access?)] {
        let services = plan.role(role)?.services.map(\.value) ?? []
        let grants = plan.grants(to: role).filter { grant in
            grant.rule.sells.contains { product in
                if case .service(let service) = product.value { return services.isEmpty || services.contains(service) }
                return false
            }
        }
        let order: [Access] = [.open, .notify, .permission]
        return plan.territory.segments.map { segment in
            let granted = grants.filter { $0.rule.segment.value == segment.id.value }.map(\.access)
            return (segment, order.first { granted.contains($0) })
        }
    }

    /// The calculation behind a finding of a model rule (empty for the others).
    func trace(_ finding: Finding) -> [TraceStep] {
        guard let rule = Catalogue.rule(finding.rule.id) else { return [] }
        return rule.trace(finding, plan: plan, model: model)
    }

    /// What the format says an assumption is, its basis included.
    static func meaning(ofAssumption key: String) -> String {
        var shape = PlaybookFormat.assumptions
        var property: Property?
        for part in key.split(separator: ".").map(String.init) {
            guard case .object(let object) = shape, let next = object[part] else { return "" }
            property = next
            shape = next.shape
        }
        return property?.description ?? ""
    }
}
