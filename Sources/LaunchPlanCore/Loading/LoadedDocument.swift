import LaunchPlanSupport
import LaunchPlanFindings

/// What the loader read: the tree (nil when the file could not be read as
/// YAML at all) and the reading findings met on the way.
public struct LoadedDocument: Sendable {
    public var root: YAMLNode?
    public var findings: [Finding]
}
