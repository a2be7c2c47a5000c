import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// What one `simulate` reports: the projection of each playbook it was given,
/// by path, all with the same seed (one for a plain run, two for `--compare`).
/// The writers in Output turn it into text, JSON and CSV.
public struct Comparison: Sendable {
    public struct Entry: Sendable {
        public var path: String
        public var projection: Projection

        public init(path: String, projection: Projection) {
            self.path = path
            self.projection = projection
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }
}
