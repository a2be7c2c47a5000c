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

    public init(maxBytes: Int = 4 << 20, maxDepth: Int = 64, maxNodes: Int = 10_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let standard = InputLimits()
}
