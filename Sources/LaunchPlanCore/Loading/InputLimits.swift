import LaunchPlanSupport
import LaunchPlanFindings

/// What the loader refuses before it can hurt (rule `yaml-limits`): a playbook
/// is a few kilobytes, so these leave room for any real plan while keeping a
/// hostile file from costing more than milliseconds.
public struct InputLimits: Sendable {
    /// Bytes in the file (4 MiB).
    public var maxBytes: Int
    /// Collections nested inside one another (64).
    public var maxDepth: Int
    /// Scalars and collections after alias expansion (10,000): an alias counts
    /// every node it stands for, so a "billion laughs" bomb stops early.
    public var maxNodes: Int
    /// Bytes of scalar text after alias expansion (8 MiB): the node limit alone
    /// lets a 4 MiB anchored scalar be repeated thousands of times, and every
    /// later step pays for each copy.
    public var maxExpandedBytes: Int

    public init(maxBytes: Int = 4 << 20, maxDepth: Int = 64, maxNodes: Int = 10_000, maxExpandedBytes: Int = 8 << 20) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxExpandedBytes = maxExpandedBytes
    }

    public static let standard = InputLimits()
}
