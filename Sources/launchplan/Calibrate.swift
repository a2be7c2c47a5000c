import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Calibrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Past launches against their plans: how well the day-0 chances held up, and which assumptions were off.",
            discussion: """
                Reads every playbook in DIR (searched as `validate` searches a folder) that records \
                `actuals:`, simulates each plan as `simulate --no-sensitivity` does, and pairs every \
                checkpoint, objective and quota chance with its outcome as the actuals decide it: \
                the Brier score and a reliability table by band of chance. Then, per assumption of \
                the funnel (touches, appointments per touch, the three stages, MRR per agreement), \
                the actual ratio against the expectation model's at the latest day both counts were \
                recorded, and its geometric mean across the launches; an assumption is consistently \
                off when at least 3 launches inform it, all on the same side of the plan, and the \
                mean is more than 15 % away. A playbook that cannot be read is listed as skipped, \
                with the reason. Exit status: 0; 2 for a usage error, a folder that does not exist \
                or one with no playbook that records actuals.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, markdown
        }

        @Argument(help: ArgumentHelp("The folder of past launches: playbooks with `actuals:`.", valueName: "dir"))
        var folder: String

        @OptionGroup var simulation: SimulationOptions

        @Option(help: "Output format: text, json or markdown.")
        var format: Format = .text

        func run() async throws {
            let validator = Validator()
            var plans: [(path: String, plan: Playbook)] = []
            var skipped: [Calibration.Skipped] = []
            for found in PlaybookFiles.find([PlaybookPath(argument: folder)]) {
                let path: PlaybookPath
                switch found {
                case .success(let file): path = file
                case .failure(let problem) where problem.path.shown == PlaybookPath(argument: folder).shown:
                    // The folder itself: missing, unsearchable or without playbooks.
                    throw UsageError(message: "calibrate: \(problem.message)")
                case .failure(let problem):
                    skipped.append(Calibration.Skipped(path: problem.path.shown, mark: nil, reason: problem.message))
                    continue
                }
                let report: FileReport
                do {
                    report = validator.read(try PlaybookFiles.read(path, limits: validator.limits))
                } catch {
                    skipped.append(Calibration.Skipped(path: path.shown, mark: nil, reason: error.message))
                    continue
                }
                if let finding = report.findings.first {
                    let more = report.findings.count > 1 ? " (and \(report.findings.count - 1) more; `launchplan validate` lists them)" : ""
                    skipped.append(Calibration.Skipped(path: path.shown, mark: finding.location.mark, reason: "\(finding.rule.id): \(finding.message)\(more)"))
                } else if let plan = report.playbook, !plan.actuals.isEmpty {
                    if let refusal = SimulationBudget.standard.refusal(of: SimulationSet.cost(of: plan, sensitivity: false, runs: simulation.runs)) {
                        skipped.append(Calibration.Skipped(path: path.shown, mark: nil, reason: refusal))
                    } else {
                        plans.append((path.shown, plan))
                    }
                } else {
                    skipped.append(Calibration.Skipped(path: path.shown, mark: nil, reason: "records no actuals"))
                }
            }
            guard !plans.isEmpty else {
                throw UsageError(message: "calibrate: no playbook in '\(folder)' records actuals (`actuals:`) that can be simulated; "
                    + "a past launch records what its reviews counted, e.g. `- {day: 30, metric: appointments, value: 4}`")
            }
            let simulators = plans.map { Simulator($0.plan) }
            let runs = Array(repeating: simulation.runs, count: simulators.count)
            let progress = Progress(enabled: Terminal.standardError.isTerminal)
            let blocks = await BlockRunner(threads: simulation.threads ?? Simulate.cores, seed: simulation.seed).run(simulators, runs: runs, progress: progress)
            progress.finish()
            let launches = plans.indices.map { Calibration.Launch(path: plans[$0].path, simulator: simulators[$0], blocks: blocks[$0], seed: simulation.seed) }
            let calibration = Calibration(folder: folder, launches: launches, skipped: skipped, runs: simulation.runs, seed: simulation.seed)
            let output = switch format {
            case .text: calibration.text()
            case .json: calibration.json().rendered()
            case .markdown: calibration.markdown()
            }
            Terminal.standardOutput.write(output)
        }
    }
}
