import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// What one block of runs produced: exact sums and counts for means and
/// probabilities, and, for percentiles, every run's value of each query and
/// every sampled person's attainment and pay (Double, so percentiles print
/// the value a run produced, not Float noise such as `16360.796875`).
///
/// Why the stored values are bounded: a run keeps one value per query, and
/// per role at most `SellerDraws.personByPersonLimit` persons (one person
/// for larger roles), so storage is runs x (queries + roles x 16) Doubles,
/// never proportional to headcount; `SimulationBudget` refuses run counts
/// that would make it large. The percentiles are then exact nearest-rank
/// percentiles of those values; for a role of more than 16 persons they are
/// those of one person a run, which has the same distribution as any of its
/// persons (independent and alike), estimated from `runs` samples.
/// Sensitivity variants keep no values (`keepsValues` false): they report a
/// probability only.
///
/// Blocks are combined in block order, so the totals do not depend on which
/// thread ran which block.
public struct BlockResult: Sendable {
    public internal(set) var runs = 0
    package let keepsValues: Bool
    package var queryValues: [[Double]]
    package var querySums: [Double]
    package var queryHits: [Int]
    package var attainment: [[Double]]
    package var pay: [[Double]]
    /// Whether each sampled person's performance adjustment was triggered (kept with the values, for paired runs).
    package var adjusted: [[Bool]]
    /// Persons recorded per role (for means, whether or not values are kept).
    package var samples: [Int]
    package var attainmentSums: [Double]
    package var paySums: [Double]
    package var baseSums: [Double]
    package var serviceSums: [Double]
    package var hardwareSums: [Double]
    package var drawSums: [Double]
    package var adjustments: [Int]
    /// Per role and pay period, every kept run's pay of one person in it
    /// (only for the owner's report: `Simulator.keepsPayByPeriod`).
    package var payByPeriod: [[[Double]]]
    /// Per uncertain assumption (`UncertainDraws.entries`), every kept run's
    /// drawn value, in run order beside `queryValues`: what ranks the
    /// assumptions by their importance, and what a run's weight given
    /// actuals would be computed from.
    package var assumptionDraws: [[Double]]

    /// - Parameter personsPerRun: per role, the persons each run records (to reserve room for them).
    /// - Parameter payPeriods: per role, the pay periods kept run by run; nil keeps none.
    /// - Parameter assumptionDraws: how many uncertain assumptions each run draws.
    package init(queries: Int, roles: Int, keepsValues: Bool = true, capacity: Int = 0, personsPerRun: [Int] = [], payPeriods: [Int]? = nil,
                 assumptionDraws: Int = 0) {
        self.keepsValues = keepsValues
        func reserved(_ count: Int) -> [Double] {
            var values: [Double] = []
            if keepsValues { values.reserveCapacity(count) }
            return values
        }
        queryValues = Array(repeating: reserved(capacity), count: queries)
        querySums = Array(repeating: 0, count: queries)
        queryHits = Array(repeating: 0, count: queries)
        attainment = (0..<roles).map { r in reserved(capacity * (r < personsPerRun.count ? personsPerRun[r] : 0)) }
        pay = attainment
        adjusted = attainment.map { values in
            var flags: [Bool] = []
            flags.reserveCapacity(values.capacity)
            return flags
        }
        samples = Array(repeating: 0, count: roles)
        attainmentSums = Array(repeating: 0, count: roles)
        paySums = attainmentSums
        baseSums = attainmentSums
        serviceSums = attainmentSums
        hardwareSums = attainmentSums
        drawSums = attainmentSums
        adjustments = samples
        payByPeriod = (0..<roles).map { r in
            let periods = payPeriods.map { r < $0.count ? $0[r] : 0 } ?? 0
            return Array(repeating: reserved(capacity), count: periods)
        }
        self.assumptionDraws = keepsValues ? Array(repeating: reserved(capacity), count: assumptionDraws) : []
    }

    package mutating func record(assumptionDraws draws: [Double]) {
        for index in assumptionDraws.indices { assumptionDraws[index].append(draws[index]) }
    }

    package mutating func record(query: Int, value: Double, target: Double) {
        if keepsValues { queryValues[query].append(value) }
        querySums[query] += value
        if Query.reaches(value, target) { queryHits[query] += 1 }
    }

    package mutating func record(role: Int, _ person: PersonOutcome, payByPeriod periods: [Double]? = nil) {
        if let periods, !payByPeriod[role].isEmpty {
            for (period, pay) in periods.enumerated() where period < payByPeriod[role].count { payByPeriod[role][period].append(pay) }
        }
        if keepsValues {
            attainment[role].append(person.attainment)
            pay[role].append(person.pay)
            adjusted[role].append(person.adjusted)
        }
        samples[role] += 1
        attainmentSums[role] += person.attainment
        paySums[role] += person.pay
        baseSums[role] += person.base
        serviceSums[role] += person.serviceCommission
        hardwareSums[role] += person.hardwareCommission
        drawSums[role] += person.draw
        if person.adjusted { adjustments[role] += 1 }
    }
}
