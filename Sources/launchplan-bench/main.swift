#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LaunchPlanCore

/// In-process timings that a process-level benchmark cannot separate: what the
/// plan rules and the expectation model add to reading a playbook.
/// Run: `swift run -c release launchplan-bench [playbook] [iterations]`.

func readAll(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else {
        print("launchplan-bench: cannot read \(path)")
        exit(2)
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = fread(&chunk, 1, chunk.count, file)
        if count == 0 { break }
        bytes += chunk[0..<count]
    }
    return bytes
}

let arguments = CommandLine.arguments
let path = arguments.count > 1 ? arguments[1] : "playbooks/lakeside-story.yaml"
let iterations = arguments.count > 2 ? Int(arguments[2]) ?? 2000 : 2000
let bytes = readAll(path)
let clock = ContinuousClock()

/// Best of five rounds, in microseconds per iteration.
func measure(_ label: String, iterations: Int = iterations, _ body: () -> Int) -> Double {
    var best = Double.infinity
    var sink = 0
    for _ in 0..<5 {
        let elapsed = clock.measure {
            for _ in 0..<iterations { sink &+= body() }
        }
        let micros = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
        best = min(best, micros / Double(iterations))
    }
    print("\(label): \(String(Int((best * 10).rounded()) / 10)).\(Int((best * 10).rounded()) % 10) µs (checksum \(sink % 10))")
    return best
}

let reading = measure("load + decode") {
    let loaded = YAMLLoader().load(bytes)
    return PlaybookDecoder().decode(loaded.root).findings.count
}
let plan = PlaybookDecoder().decode(YAMLLoader().load(bytes).root).playbook
let model = measure("expectation model alone") {
    guard let plan else { return 0 }
    return ExpectationModel(plan).model.sellers.count
}
let full = measure("validate (load, decode, all rules, model, waivers)") {
    Validator().validate(PlaybookSource(path: path, bytes: bytes)).findings.count
}
print("rules and model add: \(Int(full - reading)) µs per playbook (\(path))")

// The simulator on one core: µs per run of the plan itself (no counterfactual).
if let plan {
    let simulator = Simulator(plan)
    var block = 0
    let perRun = measure("simulator, one block of \(Simulator.blockSize) runs of the plan, one core", iterations: max(1, iterations / 100)) {
        block += 1
        return simulator.runBlock(block % 50, runs: 50 * Simulator.blockSize, seed: 1).runs
    } / Double(Simulator.blockSize)
    print("simulator: \(Int(perRun * 1000)) ns per run")
}
