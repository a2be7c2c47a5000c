import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema (draft-07) of the playbook format.",
            discussion: "The same schema is in schemas/playbook.schema.json, for editors (yaml-language-server) and other validators. `--format markdown` prints the format reference (docs/playbook-format.md): every key's type, range, default, meaning and the rules that read it."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, markdown
        }

        @Option(help: "Output format: json (the JSON Schema) or markdown (the format reference).")
        var format: Format = .json

        func run() throws {
            Terminal.standardOutput.write(format == .json ? PlaybookFormat.jsonSchema().rendered() : PlaybookFormat.markdown())
        }
    }
}
