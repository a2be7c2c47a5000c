/// What one block of runs produced: per-run values (kept as Float, enough for
/// percentiles, half the memory) and exact sums and counts for means and
/// probabilities. Blocks are combined in block order, so the totals do not
/// depend on which thread ran which block.
public struct BlockResult: Sendable {
    public internal(set) var runs = 0
    var queryValues: [[Float]]
    var querySums: [Double]
    var queryHits: [Int]
    var attainment: [[Float]]
    var pay: [[Float]]
    var attainmentSums: [Double]
    var paySums: [Double]
    var baseSums: [Double]
    var serviceSums: [Double]
    var hardwareSums: [Double]
    var adjustments: [Int]

    init(queries: Int, roles: Int, capacity: Int = 0) {
        var reserved: [Float] = []
        reserved.reserveCapacity(capacity)
        queryValues = Array(repeating: reserved, count: queries)
        querySums = Array(repeating: 0, count: queries)
        queryHits = Array(repeating: 0, count: queries)
        attainment = Array(repeating: reserved, count: roles)
        pay = Array(repeating: reserved, count: roles)
        attainmentSums = Array(repeating: 0, count: roles)
        paySums = attainmentSums
        baseSums = attainmentSums
        serviceSums = attainmentSums
        hardwareSums = attainmentSums
        adjustments = Array(repeating: 0, count: roles)
    }

    mutating func record(query: Int, value: Double, target: Double) {
        queryValues[query].append(Float(value))
        querySums[query] += value
        // A small tolerance: money sums of Floats must not miss a target they meet.
        if value >= target * (1 - 1e-9) { queryHits[query] += 1 }
    }

    mutating func record(role: Int, _ person: PersonOutcome) {
        attainment[role].append(Float(person.attainment))
        pay[role].append(Float(person.pay))
        attainmentSums[role] += person.attainment
        paySums[role] += person.pay
        baseSums[role] += person.base
        serviceSums[role] += person.serviceCommission
        hardwareSums[role] += person.hardwareCommission
        if person.adjusted { adjustments[role] += 1 }
    }
}
