import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a starter playbook to fill in: every section commented, no errors as written.",
            discussion: """
                Writes FILE (default: playbook.yaml), or standard output for `-`. An existing file is \
                replaced only with --force, and only once the new one is complete.
                """
        )

        @Argument(help: ArgumentHelp("Where to write the playbook; `-` for standard output.", valueName: "file"))
        var file: String = "playbook.yaml"

        @Option(help: ArgumentHelp("The dealership's name.", valueName: "name"))
        var dealership: String = "Your Dealership"

        @Option(help: ArgumentHelp("The managed services to launch, comma-separated ids (managed-print,managed-it).", valueName: "ids"))
        var services: String = "managed-print"

        @Option(help: ArgumentHelp("Specialists per service, 1 to \(StarterPlaybook.maximumSpecialists).", valueName: "n"))
        var specialists: Int = 1

        @Option(name: .customLong("start-date"), help: ArgumentHelp("The launch day, day 0.", valueName: "YYYY-MM-DD"))
        var startDate: String?

        @Flag(help: "Replace FILE if it exists.")
        var force = false

        func validate() throws {
            let ids = serviceIDs
            guard !ids.isEmpty else { throw ValidationError("--services needs at least one service id") }
            for id in ids where !TextShape.isServiceID(id) {
                throw ValidationError("--services: '\(id)' is not a service id (lowercase letters, digits and dashes, starting with a letter; not `hardware`)")
            }
            guard Set(ids).count == ids.count else { throw ValidationError("--services names a service twice") }
            guard (1...StarterPlaybook.maximumSpecialists).contains(specialists) else {
                throw ValidationError("--specialists must be 1 to \(StarterPlaybook.maximumSpecialists), not \(specialists)")
            }
            if let startDate, CalendarDate(startDate) == nil {
                throw ValidationError("--start-date must be a date written YYYY-MM-DD, not '\(startDate)'")
            }
        }

        private var serviceIDs: [String] {
            services.split(separator: ",").map { String($0.drop { $0 == " " }) }.filter { !$0.isEmpty }
        }

        func run() throws {
            let starter = StarterPlaybook(dealership: dealership, services: serviceIDs.map { ServiceID($0) },
                                          specialists: specialists, startDate: startDate.flatMap(CalendarDate.init))
            let text = starter.text()
            if file == "-" {
                Terminal.standardOutput.write(text)
                return
            }
            try AtomicFile.write(text, to: file, replacing: force ? .always : .never)
            Terminal.standardError.write("\(Tool.name): wrote \(file.displaySafe); next: \(Tool.name) validate \(file.displaySafe)\n")
        }
    }
}
