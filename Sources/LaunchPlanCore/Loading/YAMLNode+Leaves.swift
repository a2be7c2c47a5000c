import LaunchPlanSupport
import LaunchPlanFindings

extension YAMLNode {
    /// Every scalar of the tree with its key path, and every empty list or
    /// mapping (as `[]` or `{}`), in document order: what two versions of a
    /// file are compared by, key path by key path. Mapping keys are taken as
    /// written; list items by position.
    public func leaves(at path: KeyPath = .root) -> [(path: KeyPath, text: String)] {
        switch content {
        case .scalar(let scalar):
            return [(path, scalar.text)]
        case .sequence(let items):
            return items.isEmpty ? [(path, "[]")] : items.enumerated().flatMap { $1.leaves(at: path.appending(index: $0)) }
        case .mapping(let pairs):
            return pairs.isEmpty ? [(path, "{}")] : pairs.flatMap { pair in
                pair.value.leaves(at: path.appending(pair.key.scalar?.text ?? pair.key.kindDescription))
            }
        }
    }
}
