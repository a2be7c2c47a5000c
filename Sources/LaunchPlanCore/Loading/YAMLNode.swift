import LaunchPlanSupport
import LaunchPlanFindings

/// A node of the YAML tree with the position of its first character.
/// Aliases are resolved: an aliased node appears again at every alias, sharing
/// its storage (the arrays are copy-on-write), so an alias costs no copy.
public struct YAMLNode: Sendable {
    public indirect enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// 1-based; for a collection, where it starts (its first key or `[`/`{`).
    public var mark: Mark

    public init(_ content: Content, at mark: Mark) {
        self.content = content
        self.mark = mark
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value of the first pair whose key is the scalar `key`.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// What a message calls this node's kind ("a list", "a mapping", "the number 12").
    public var kindDescription: String {
        switch content {
        case .scalar(let scalar): scalar.kindDescription
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}
