import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Comparison {
    /// One projection as it is; several, each under `== path`. With
    /// `showingDefaults`, each lists the assumptions that took their default.
    public func text(showingDefaults: Bool = false) -> String {
        guard entries.count != 1 else { return entries[0].projection.text(showingDefaults: showingDefaults) }
        return entries.map { "== \($0.path.displaySafe)\n" + $0.projection.text(showingDefaults: showingDefaults) }.joined(separator: "\n")
    }

    /// One projection in the documented shape; several as `{"compare": [{"path": …, …}]}`.
    public func json() -> JSONValue {
        guard entries.count != 1 else { return entries[0].projection.json() }
        return .object([("compare", .array(entries.map { entry in
            .object([("path", .string(entry.path))] + entry.projection.jsonMembers)
        }))])
    }

    /// One header, then every projection's rows, each row naming its playbook.
    public func csv() -> String {
        Projection.csvHeader + entries.map { $0.projection.csvRows(plan: $0.path) }.joined()
    }
}
