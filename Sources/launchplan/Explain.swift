import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain one rule: rationale, fix and examples; with --plan, the calculation behind its findings in a playbook."
        )

        @Argument(help: "A rule id (see `launchplan rules`).")
        var id: String

        @Option(help: ArgumentHelp("A playbook: show each finding of the rule in it with the steps of the model.", valueName: "file"))
        var plan: String?

        @OptionGroup var check: CheckOptions

        func run() throws {
            guard let text = Explanation.text(for: id) else {
                let known = Catalogue.descriptions.map(\.id.id)
                let prefixed = known.filter { $0.hasPrefix(id) }
                let guess = Suggestion.closest(to: id, among: known) ?? (prefixed.count == 1 && id.count >= 4 ? prefixed.first : nil)
                let hint = guess.map { "; did you mean `\($0)`?" } ?? "; see `launchplan rules`"
                throw UsageError(message: "unknown rule `\(Suggestion.echo(id))`\(hint)")
            }
            guard let plan else {
                Terminal.standardOutput.write(text)
                return
            }
            let validator = try check.validator(config: try check.projectConfig())
            let report = validator.validate(try PlaybookFiles.read(plan, limits: validator.limits))
            Terminal.standardOutput.write(Explanation.text(for: id, in: report))
        }
    }
}
