@testable import LaunchPlanCore

/// Every property of a format shape, depth first in the format's order, with
/// its path as a pattern: dots between keys, `*` for a map entry, `[]` for a
/// list item. The one walk (`PlaybookFormat.properties`), as tuples.
func formatProperties(_ shape: Shape = PlaybookFormat.playbook, under path: String = "") -> [(path: String, property: Property)] {
    PlaybookFormat.properties(shape, under: path).map { ($0.path, $0.property) }
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
