import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every rule: id, default severity and summary.",
            discussion: "`--format markdown` prints the full rule docs (docs/rules.md): rationale, fix and examples."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown
        }

        @Option(help: "Output format: text (a table) or markdown (the rule docs).")
        var format: Format = .text

        func run() throws {
            Terminal.standardOutput.write(format == .text ? Catalogue.table() : Catalogue.markdown())
        }
    }
}
