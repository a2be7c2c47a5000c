import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// A key of the format named by its place: dots between keys, `*` for a map
/// entry (any id), `[]` for a list item, as in `compensation.*.commissions[].metric`.
/// Rules declare what they read in this notation, and the format docs and the
/// tests walk the format in it.
public struct FormatProperty: Sendable {
    public var path: String
    public var property: Property
}

extension PlaybookFormat {
    /// Every property of `shape`, depth first in the format's order.
    public static func properties(_ shape: Shape = playbook, under path: String = "") -> [FormatProperty] {
        switch shape {
        case .object(let object):
            object.properties.flatMap { property -> [FormatProperty] in
                let key = path.isEmpty ? property.key : path + "." + property.key
                return [FormatProperty(path: key, property: property)] + properties(property.shape, under: key)
            }
        case .map(_, let value): properties(value, under: path + ".*")
        case .list(let item, _, _): properties(item, under: path + "[]")
        default: []
        }
    }

    /// The pattern of a concrete key path (`compensation.mps-specialist.quota`
    /// -> `compensation.*.quota`, `territory.rules[1]` -> `territory.rules[]`),
    /// walking the format; nil where the path leaves the format.
    public static func pattern(of keyPath: KeyPath) -> String? {
        var shape = playbook
        var text = ""
        for component in keyPath.components {
            switch (shape, component) {
            case (.object(let object), .key(let key)):
                guard let property = object[key] else { return nil }
                text += (text.isEmpty ? "" : ".") + key
                shape = property.shape
            case (.map(_, let value), .key):
                text += ".*"
                shape = value
            case (.list(let item, _, _), .index):
                text += "[]"
                shape = item
            default:
                return nil
            }
        }
        return text
    }
}
