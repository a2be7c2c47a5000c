import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// A run of days inside one 30-day pay period over which the same commission
/// lines are in force: the one way pay is split into periods and lines. The
/// expectation model multiplies each range's expected agreements and hardware
/// sales by what its lines pay; the simulator draws them, deal by deal or in
/// aggregate, and pays them through the same range.
public struct PayRange: Sendable, Equatable {
    /// The 30-day pay period from the selling start (0 is the first).
    public var period: Int
    public var days: ClosedRange<Int>
    /// Indices of the `PayPlan.serviceLines` and `hardwareLines` in force on every day of the range.
    public var serviceLines: [Int]
    public var hardwareLines: [Int]

    /// The ranges from `start` to the day before `horizon`: cut at every pay
    /// period's end and at every day a line starts or stops.
    static func ranges(start: Int, horizon: Int, service: [CommissionLine], hardware: [CommissionLine]) -> [PayRange] {
        guard horizon > start else { return [] }
        var lastDays: Set<Int> = [horizon - 1]
        for day in stride(from: start + 29, to: horizon - 1, by: 30) { lastDays.insert(day) }
        for line in service + hardware {
            if let from = line.fromDay, from > start, from < horizon { lastDays.insert(from - 1) }
            if let until = line.untilDay, until >= start, until < horizon - 1 { lastDays.insert(until) }
        }
        var first = start
        return lastDays.sorted().map { last in
            defer { first = last + 1 }
            return PayRange(period: (first - start) / 30, days: first...last,
                            serviceLines: service.indices.filter { service[$0].isInForce(on: last) },
                            hardwareLines: hardware.indices.filter { hardware[$0].isInForce(on: last) })
        }
    }
}

extension PayPlan {
    /// The range holding `day`; nil before the selling start or from the horizon on (nothing is paid there).
    public func range(containing day: Int) -> PayRange? {
        guard day >= sellingFrom, day < horizonDays else { return nil }
        var low = 0, high = ranges.count - 1
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].days.upperBound < day { low = middle + 1 } else { high = middle }
        }
        return ranges[low]
    }

    /// Commission on one agreement of `mrr` closed in `range`: each own-sales
    /// line in force on its share of the deal (`shares[l]` for `serviceLines[l]`).
    public func serviceCommission(onAgreementOf mrr: Double, in range: PayRange, shares: [Double]) -> Double {
        range.serviceLines.reduce(0.0) { $0 + serviceLines[$1].commission(onAgreementOf: mrr) * shares[$1] }
    }

    /// Commission on one hardware sale of `grossProfit` made in `range`.
    public func hardwareCommission(onSaleOf grossProfit: Double, in range: PayRange) -> Double {
        range.hardwareLines.reduce(0.0) { $0 + hardwareLines[$1].commission(onHardwareSaleOf: grossProfit) }
    }
}
