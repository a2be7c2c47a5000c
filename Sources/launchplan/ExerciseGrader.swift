import LaunchPlanCore

/// Grades participants' files against one exercise: the flawed playbook is
/// validated and simulated once, each file then the same way with the same
/// seed, and the core compares the two (`ExerciseGrade`). Files are read by
/// the caller; the simulation's threads run here, at the edge.
struct ExerciseGrader {
    let exercise: Exercise
    /// Default rule levels, no project config: every class is graded alike.
    let validator = Validator()
    let simulation: GradingOptions
    private let flawed: FileReport
    private let flawedTree: YAMLNode?
    private let before: Projection?

    init(_ exercise: Exercise, simulation: GradingOptions) async throws {
        self.exercise = exercise
        self.simulation = simulation
        let source = PlaybookSource(path: "\(exercise.id)/\(Exercise.playbookFile)", bytes: Array(exercise.playbook.utf8))
        flawed = validator.validate(source)
        flawedTree = YAMLLoader(limits: validator.limits).load(source.bytes).root
        before = await Self.project(flawed, simulation)
    }

    func grade(_ source: PlaybookSource) async -> ExerciseGrade {
        let fixed = validator.validate(source)
        let tree = YAMLLoader(limits: validator.limits).load(source.bytes, byteCount: source.byteCount).root
        return ExerciseGrade(exercise, flawed: flawed, fixed: fixed, flawedTree: flawedTree, fixedTree: tree,
                             before: before, after: await Self.project(fixed, simulation))
    }

    /// The plan's own projection (no counterfactual, no sensitivity); nil for
    /// a file with reading findings, as `simulate` refuses those, or one over
    /// the simulation budget.
    private static func project(_ report: FileReport, _ options: GradingOptions) async -> Projection? {
        guard let plan = report.playbook, !report.findings.contains(where: \.rule.isReading),
              SimulationBudget.standard.admits(SimulationSet.cost(of: plan, sensitivity: false, runs: options.runs)) else { return nil }
        let simulator = Simulator(plan, keepsDistributions: false)
        let blocks = await BlockRunner(threads: options.threads ?? LaunchPlan.Simulate.cores, seed: options.seed)
            .run([simulator], runs: [options.runs], progress: Progress(enabled: false))
        return simulator.projection(blocks[0], seed: options.seed)
    }
}
