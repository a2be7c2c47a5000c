import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// The share of a seller's touches spent selling hardware because its comp plan
/// pays on hardware where it may sell it (the pipeline model, "Hardware diversion"),
/// with the steps of the `auto` rule kept for `explain --plan`.
public struct HardwareDiversion: Sendable {
    /// The hardware-gp lines that cause it (none: no diversion).
    public var lines: [CommissionLine]
    /// `h`, 0 to 0.9, on days when one of `lines` is in force.
    public var share: Double
    /// True when derived by `auto`; false when `hardware_diversion_percent` set it.
    public var isAuto: Bool
    /// `E_hw`: commission per hardware touch, paid now.
    public var commissionPerHardwareTouch: Double
    /// `E_ms`: expected commission per service touch, closing inside the horizon.
    public var commissionPerServiceTouch: Double
    /// `a`, `p_close`, `V`, `w` of the `auto` rule.
    public var appointmentsPerTouch: Double
    public var closeRate: Double
    public var commissionPerAgreement: Double
    public var closingShare: Double

    public static let none = HardwareDiversion(lines: [], share: 0, isAuto: false, commissionPerHardwareTouch: 0,
                                               commissionPerServiceTouch: 0, appointmentsPerTouch: 0, closeRate: 0,
                                               commissionPerAgreement: 0, closingShare: 0)

    /// Whether a hardware line is in force on `day`.
    public func applies(on day: Int) -> Bool {
        lines.contains { $0.isInForce(on: day) }
    }
}

extension CommissionLine {
    /// From `from_day` through `until_day`, both included; open ends when omitted.
    public func isInForce(on day: Int) -> Bool {
        (fromDay ?? .min) <= day && day <= (untilDay ?? .max)
    }

    /// Whether the line pays in `segment` (all segments when it names none).
    public func pays(in segment: SegmentID) -> Bool {
        segments?.contains { $0.value == segment } ?? true
    }

    /// Commission on one agreement of `mrr` (a service line).
    public func commission(onAgreementOf mrr: Double) -> Double {
        switch rate {
        case .multiple(let multiple): multiple * mrr
        case .percent(let percent): percent / 100 * 12 * mrr
        case .amount(let amount): amount
        }
    }

    /// Commission on one hardware sale of `grossProfit` (a hardware-gp line).
    public func commission(onHardwareSaleOf grossProfit: Double) -> Double {
        switch rate {
        case .multiple: 0
        case .percent(let percent): percent / 100 * grossProfit
        case .amount(let amount): amount
        }
    }
}
