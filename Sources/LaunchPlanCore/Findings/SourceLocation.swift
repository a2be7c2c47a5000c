import LaunchPlanSupport

/// A node's place in a playbook: where it is in the text and where in the tree.
public struct SourceLocation: Hashable, Sendable {
    public var mark: Mark
    public var keyPath: KeyPath

    public init(mark: Mark, keyPath: KeyPath) {
        self.mark = mark
        self.keyPath = keyPath
    }

    /// The whole file: the first character, the empty key path.
    public static let file = SourceLocation(mark: .start, keyPath: .root)
}

/// A value read from a playbook together with the place it was read from, so
/// that every finding about it can point at the node responsible.
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
