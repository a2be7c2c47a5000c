@testable import LaunchPlanCore

/// Every property of a format shape, depth first in the format's order, with
/// its path as a pattern: dots between keys, `*` for a map entry, `[]` for a
/// list item. The one walk the tests that derive their cases from the format use.
func formatProperties(_ shape: Shape = PlaybookFormat.playbook, under path: String = "") -> [(path: String, property: Property)] {
    switch shape {
    case .object(let object):
        object.properties.flatMap { property -> [(path: String, property: Property)] in
            let key = path.isEmpty ? property.key : path + "." + property.key
            return [(key, property)] + formatProperties(property.shape, under: key)
        }
    case .map(_, let value): formatProperties(value, under: path + ".*")
    case .list(let item, _, _): formatProperties(item, under: path + "[]")
    default: []
    }
}

extension Shape {
    /// A number, a whole number, or a choice that may be a number (`auto` or a percent).
    var isNumeric: Bool {
        switch self {
        case .integer, .number: true
        case .either(let shapes): shapes.contains(where: \.isNumeric)
        default: false
        }
    }
}
