import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// The nearest value of one lever that clears one finding, on the
/// expectation model: bisection over the candidates where clearing is
/// monotone (the last candidate is tried first: if it does not clear, none
/// does), a scan in order where it is not.
enum LeverSearch {
    struct Result {
        var setting: Setting
        var plan: Playbook
        /// How many changed plans were checked.
        var checks: Int
    }

    static func nearest(_ trial: LeverTrial, clearing finding: Finding, in plan: Playbook) -> Result? {
        let candidates = trial.lever.candidates
        guard !candidates.isEmpty else { return nil }
        var checks = 0
        func clearing(_ index: Int) -> Playbook? {
            checks += 1
            let changed = trial.lever.apply(candidates[index], to: plan)
            return FindingCheck.clears(finding, in: changed) ? changed : nil
        }
        if trial.monotone {
            guard var found = clearing(candidates.count - 1) else { return nil }
            var low = 0, high = candidates.count - 1
            while low < high {
                let middle = (low + high) / 2
                if let changed = clearing(middle) { high = middle; found = changed } else { low = middle + 1 }
            }
            return Result(setting: candidates[high], plan: found, checks: checks)
        }
        for index in candidates.indices {
            if let changed = clearing(index) { return Result(setting: candidates[index], plan: changed, checks: checks) }
        }
        return nil
    }
}
