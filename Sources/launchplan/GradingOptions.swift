import ArgumentParser
import LaunchPlanCore

/// The simulation options of `exercise check` and `exercise grade`: those of
/// `simulate`, with 5,000 runs by default instead of 10,000. The chance of
/// the objective is compared before and after on one seed (common random
/// numbers), so half a forecast's runs still rank a class, and a check of the
/// slowest exercise stays near 0.3 s on a busy 2-core machine.
struct GradingOptions: ParsableArguments {
    static let defaultRuns = 5_000

    @Option(parsing: .unconditional, help: "Runs of each simulation, 1 to 1,000,000.")
    var runs = defaultRuns

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Threads to use (default: all cores).")
    var threads: Int?

    func validate() throws {
        try SimulationOptions.validate(runs: runs, threads: threads)
    }
}
