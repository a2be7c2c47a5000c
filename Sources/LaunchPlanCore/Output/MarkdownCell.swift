import LaunchPlanSupport

/// Text from a playbook or a path in a Markdown table cell of `advise` and
/// `exercise grade`: control characters made visible (a newline would end the
/// row) and `|` escaped (it would end the cell).
enum MarkdownCell {
    static func text(_ text: String) -> String {
        text.displaySafe.replacingAll("|", with: "\\|")
    }
}
