import LaunchPlanCore

/// Runs the blocks of several simulations over `threads` concurrent tasks
/// (structured concurrency: one task group, no locks; each task returns its
/// block and the results are put back in block order).
struct BlockRunner {
    var threads: Int
    var seed: UInt64

    /// Runs `runs[s]` runs of each simulator `s`, its blocks spread over the threads.
    func run(_ simulators: [Simulator], runs: [Int], progress: Progress) async -> [[BlockResult]] {
        let jobs = simulators.indices.flatMap { s in (0..<Simulator.blockCount(runs: runs[s])).map { (s, $0) } }
        var results = simulators.indices.map { [BlockResult?](repeating: nil, count: Simulator.blockCount(runs: runs[$0])) }
        let seed = seed
        await withTaskGroup(of: (Int, Int, BlockResult).self) { group in
            var next = 0
            func start() {
                guard next < jobs.count else { return }
                let (s, b) = jobs[next]
                next += 1
                let simulator = simulators[s]
                let count = runs[s]
                group.addTask { (s, b, simulator.runBlock(b, runs: count, seed: seed)) }
            }
            for _ in 0..<min(threads, jobs.count) { start() }
            var done = 0
            while let (s, b, result) = await group.next() {
                results[s][b] = result
                done += 1
                progress.update(done: done, of: jobs.count)
                start()
            }
        }
        return results.map { $0.compactMap { $0 } }
    }
}
