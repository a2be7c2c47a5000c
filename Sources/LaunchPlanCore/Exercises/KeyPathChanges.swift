import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// The key paths whose value differs between two versions of a playbook
/// (changed, added or removed scalars, and empty lists or mappings): the
/// size of a participant's change, which the leaderboard shows so that a fix
/// of three lines stands beside a rewrite of the plan. List items are paired
/// by their `id` when every item has one (milestones), so a milestone
/// inserted in the middle counts once, not once for every one after it;
/// other lists by position.
public enum KeyPathChanges {
    public static func between(_ before: YAMLNode?, _ after: YAMLNode?) -> [KeyPath] {
        var changed: [KeyPath] = []
        compare(before, after, at: .root, into: &changed)
        return changed
    }

    private static func compare(_ a: YAMLNode?, _ b: YAMLNode?, at path: KeyPath, into changed: inout [KeyPath]) {
        switch (a?.content, b?.content) {
        case (nil, nil):
            return
        case (.scalar(let x)?, .scalar(let y)?):
            if x.text != y.text { changed.append(path) }
        case (.mapping(let x)?, .mapping(let y)?) where !x.isEmpty || !y.isEmpty:
            let keys = x.map(\.key) + y.map(\.key).filter { key in !x.contains { $0.key.scalar?.text == key.scalar?.text } }
            for key in keys {
                let name = key.scalar?.text ?? key.kindDescription
                compare(a?[name], b?[name], at: path.appending(name), into: &changed)
            }
        case (.sequence(let x)?, .sequence(let y)?) where !x.isEmpty || !y.isEmpty:
            if let old = ids(x), let new = ids(y) {
                for (index, id) in old.enumerated() {
                    let match = new.firstIndex(of: id)
                    compare(x[index], match.map { y[$0] }, at: path.appending(index: match ?? index), into: &changed)
                }
                for (index, id) in new.enumerated() where !old.contains(id) {
                    compare(nil, y[index], at: path.appending(index: index), into: &changed)
                }
            } else {
                for index in 0..<max(x.count, y.count) {
                    compare(index < x.count ? x[index] : nil, index < y.count ? y[index] : nil, at: path.appending(index: index), into: &changed)
                }
            }
        case (.mapping(let x)?, .mapping(let y)?) where x.isEmpty && y.isEmpty:
            return
        case (.sequence(let x)?, .sequence(let y)?) where x.isEmpty && y.isEmpty:
            return
        default:
            // Added, removed, or one kind of node replaced by another: every leaf of either side.
            var seen = Set<KeyPath>()
            for leaf in (a?.leaves(at: path) ?? []) + (b?.leaves(at: path) ?? []) where seen.insert(leaf.path).inserted {
                changed.append(leaf.path)
            }
        }
    }

    /// Each item's `id` when every item is a mapping with a distinct scalar one.
    private static func ids(_ items: [YAMLNode]) -> [String]? {
        let ids = items.compactMap { $0["id"]?.scalar?.text }
        return ids.count == items.count && Set(ids).count == ids.count ? ids : nil
    }
}
