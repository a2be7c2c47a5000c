import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension Draw {
    /// What the draw pays over the horizon, given the commission earned in each
    /// 30-day period from the start day: each period up to `until_day` is topped
    /// up to `monthly`; a recoverable draw is paid back out of later periods'
    /// commission. The expectation model passes mean commissions, the
    /// simulator each run's.
    public func paid(earnedByPeriod earned: [Double], startDay: Int) -> Double {
        var paid = 0.0
        payments(earnedByPeriod: earned, startDay: startDay) { paid += $1 }
        return paid
    }

    /// The same draw period by period: `payment(period, amount)` for each
    /// top-up (positive) and each repayment (negative), in period order.
    public func payments(earnedByPeriod earned: [Double], startDay: Int, _ payment: (Int, Double) -> Void) {
        var owed = 0.0
        for (period, commission) in earned.enumerated() {
            if startDay + period * 30 <= untilDay.value {
                let topUp = max(0, monthly - commission)
                if topUp > 0 { payment(period, topUp) }
                if recoverable { owed += topUp }
            } else if owed > 0 {
                let repaid = min(owed, commission)
                owed -= repaid
                if repaid > 0 { payment(period, -repaid) }
            }
        }
    }
}
