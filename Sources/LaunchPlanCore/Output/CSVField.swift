import LaunchPlanSupport

/// A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line
/// break, with quotes doubled.
package enum CSVField {
    package static func quoted(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + text.replacingAll("\"", with: "\"\"") + "\"" : text
    }

    /// A number cell: up to six decimals, as JSON writes numbers; empty for nil.
    package static func number(_ value: Double?) -> String {
        value.map { JSONValue.format(($0 * 1_000_000).rounded() / 1_000_000) } ?? ""
    }
}
