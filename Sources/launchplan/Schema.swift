import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema (draft 2020-12) of the playbook format.",
            discussion: "The same schema is in schemas/playbook.schema.json, for editors (yaml-language-server) and other validators."
        )

        func run() throws {
            Terminal.standardOutput.write(PlaybookFormat.jsonSchema().rendered())
        }
    }
}
