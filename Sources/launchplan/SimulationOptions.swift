import ArgumentParser
import LaunchPlanCore

/// The options of every command that simulates: `simulate` and `report`.
struct SimulationOptions: ParsableArguments {
    // Unconditional, so that `--runs -5` is read as a value and refused as
    // not positive, rather than as an unknown option `-5`.
    @Option(parsing: .unconditional, help: "Number of runs, 1 to 1,000,000.")
    var runs = 10_000

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Threads to use (default: all cores).")
    var threads: Int?

    func validate() throws {
        try Self.validate(runs: runs, threads: threads)
    }

    /// The bounds of `--runs` and `--threads`, for every command that takes them.
    static func validate(runs: Int, threads: Int?) throws {
        guard runs >= 1 else { throw ValidationError("--runs must be positive, not \(runs)") }
        guard runs <= SimulationBudget.maximumRuns else {
            throw ValidationError("--runs must be at most \(SimulationBudget.maximumRuns), not \(runs)")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, not \(threads)") }
    }
}
