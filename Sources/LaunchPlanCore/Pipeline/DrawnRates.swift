import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// The assumptions a playbook may write as a range `{low, likely, high}`, and
/// how one run's draws of them change a seller's expected activity.
///
/// Why they and not the others: each enters the pipeline model as a factor.
/// A seller's expected appointments from a source on every day are a product
/// of these rates, so a run that draws other values scales the whole source,
/// day by day, by the ratio of the drawn to the planned values: exactly what
/// rebuilding the model with the drawn values would give, without rebuilding
/// it (about a millisecond, against well under a microsecond for a run).
/// Durations (`ramp_days`, `selling_days_per_week`, `permission.wait_days`)
/// move activity between days, `touches_per_account` caps it, and
/// `cycle_days` and `deal_mrr` are already distributions: they take one
/// number. `touches_per_day`, `customer_touch_percent` and
/// `permission.grant_percent` are factors only while a seller's customer
/// touches stay under the cap (accounts x touches_per_account), which
/// `PipelineModel.rangesReachingCustomerCap` checks at each range's high end.
public enum DrawnRate: Int, CaseIterable, Sendable {
    case touchesPerDay, customerTouchPercent, grantPercent
    case customerConversation, customerAppointment, prospectConversation, prospectAppointment
    case referrals, introductions
    case assessment, proposal, agreement
    case touchesPerSale, grossProfit

    /// The dotted key below `assumptions`.
    public var key: String {
        switch self {
        case .touchesPerDay: "touches_per_day"
        case .customerTouchPercent: "customer_touch_percent"
        case .grantPercent: "permission.grant_percent"
        case .customerConversation: "funnel.customers.conversation_percent"
        case .customerAppointment: "funnel.customers.appointment_percent"
        case .prospectConversation: "funnel.prospects.conversation_percent"
        case .prospectAppointment: "funnel.prospects.appointment_percent"
        case .referrals: "referrals_per_month"
        case .introductions: "introductions_per_month"
        case .assessment: "stages.assessment_percent"
        case .proposal: "stages.proposal_percent"
        case .agreement: "stages.agreement_percent"
        case .touchesPerSale: "hardware.touches_per_sale"
        case .grossProfit: "hardware.gross_profit"
        }
    }

    public init?(key: String) {
        guard let rate = Self.allCases.first(where: { $0.key == key }) else { return nil }
        self = rate
    }
}

/// One run's value of every drawn rate as a ratio to its planned value (1
/// for a rate the playbook gives as one number). Plain fields, so a run sets
/// them without allocating.
public struct RateRatios: Sendable {
    private var ratios: (Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double)
        = (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)

    public init() {}

    public subscript(rate: DrawnRate) -> Double {
        get {
            switch rate {
            case .touchesPerDay: ratios.0
            case .customerTouchPercent: ratios.1
            case .grantPercent: ratios.2
            case .customerConversation: ratios.3
            case .customerAppointment: ratios.4
            case .prospectConversation: ratios.5
            case .prospectAppointment: ratios.6
            case .referrals: ratios.7
            case .introductions: ratios.8
            case .assessment: ratios.9
            case .proposal: ratios.10
            case .agreement: ratios.11
            case .touchesPerSale: ratios.12
            case .grossProfit: ratios.13
            }
        }
        set {
            switch rate {
            case .touchesPerDay: ratios.0 = newValue
            case .customerTouchPercent: ratios.1 = newValue
            case .grantPercent: ratios.2 = newValue
            case .customerConversation: ratios.3 = newValue
            case .customerAppointment: ratios.4 = newValue
            case .prospectConversation: ratios.5 = newValue
            case .prospectAppointment: ratios.6 = newValue
            case .referrals: ratios.7 = newValue
            case .introductions: ratios.8 = newValue
            case .assessment: ratios.9 = newValue
            case .proposal: ratios.10 = newValue
            case .agreement: ratios.11 = newValue
            case .touchesPerSale: ratios.12 = newValue
            case .grossProfit: ratios.13 = newValue
            }
        }
    }
}

/// How much one seller's expected activity scales in a run, source by source:
/// the factor on the planned expected value of each.
public struct ActivityScale: Sendable {
    /// Appointments from customers, prospects, referrals, introductions (`AppointmentSource` order).
    public var appointments: (customers: Double, prospects: Double, referrals: Double, introductions: Double)
    public var customerTouches: Double
    public var prospectTouches: Double
    public var customerConversations: Double
    public var prospectConversations: Double
    /// Hardware sales: touches over touches per sale.
    public var hardwareSales: Double
    /// The drawn gross profit of a hardware sale over the planned one.
    public var grossProfit: Double
    /// The drawn stage percents over the planned ones (assessment, proposal, agreement).
    public var steps: (Double, Double, Double)

    public func appointments(from source: AppointmentSource) -> Double {
        switch source {
        case .customers: appointments.customers
        case .prospects: appointments.prospects
        case .referrals: appointments.referrals
        case .introductions: appointments.introductions
        }
    }

    /// The factor on the chance of reaching `stage` (0 appointment ... 3 agreement).
    public func reach(_ stage: Int) -> Double {
        switch stage {
        case 0: 1
        case 1: steps.0
        case 2: steps.0 * steps.1
        default: steps.0 * steps.1 * steps.2
        }
    }
}

/// What of a seller a run's rates act on, as plain values (a `Seller` holds
/// arrays and its pay plan: too much to copy run after run).
public struct ActivityBasis: Sendable {
    /// The planned share of service touches aimed at customers (c x g).
    public var customerShare: Double
    public var reachesCustomers: Bool
    public var underPermission: Bool

    /// This seller's activity when the rates are `ratios` of their planned
    /// values. Exact while customer touches stay under the cap: touches scale
    /// with `touches_per_day`; the customer share c x g (g only under
    /// permission) with its parts; prospect touches, the rest of the service
    /// touches, with (1 - drawn share) / (1 - planned share); appointments
    /// and conversations with the funnel; referrals and introductions with
    /// their rates. The hardware diversion stays what the planned rates make
    /// it: the seller chooses on what they expect, not on the unknown truth.
    public func scale(_ ratios: RateRatios) -> ActivityScale {
        let touches = ratios[.touchesPerDay]
        let drawnShare = reachesCustomers ? customerShare * ratios[.customerTouchPercent] * (underPermission ? ratios[.grantPercent] : 1) : 0
        let customerTouches = customerShare > 0 ? touches * drawnShare / customerShare : touches
        let prospectTouches = customerShare < 1 ? touches * (1 - drawnShare) / (1 - customerShare) : touches
        return ActivityScale(
            appointments: (customerTouches * ratios[.customerConversation] * ratios[.customerAppointment],
                           prospectTouches * ratios[.prospectConversation] * ratios[.prospectAppointment],
                           ratios[.referrals], ratios[.introductions]),
            customerTouches: customerTouches, prospectTouches: prospectTouches,
            customerConversations: customerTouches * ratios[.customerConversation],
            prospectConversations: prospectTouches * ratios[.prospectConversation],
            hardwareSales: touches / ratios[.touchesPerSale], grossProfit: ratios[.grossProfit],
            steps: (ratios[.assessment], ratios[.proposal], ratios[.agreement]))
    }
}

extension Seller {
    /// What a run's uncertain rates act on (`ActivityBasis.scale`).
    public var activityBasis: ActivityBasis {
        ActivityBasis(customerShare: customerShare, reachesCustomers: customerAccess != nil, underPermission: customerAccess == .permission)
    }

    /// This seller's activity when the rates are `ratios` of their planned values (`ActivityBasis.scale`).
    public func scale(_ ratios: RateRatios) -> ActivityScale { activityBasis.scale(ratios) }
}

extension PipelineModel {
    /// The ranges of `touches_per_day`, `customer_touch_percent` and
    /// `permission.grant_percent` whose high end would take a seller's
    /// customer touches past the cap (accounts x touches_per_account): there
    /// the extra touches go to prospects or are lost, the rates stop being
    /// factors, and the simulator could not play the draw exactly. Reported
    /// as reading findings, so `simulate` refuses such a plan rather than
    /// approximate it.
    public func rangesReachingCustomerCap() -> [Finding] {
        let a = playbook.assumptions
        let touchRates: [DrawnRate] = [.touchesPerDay, .customerTouchPercent, .grantPercent]
        let ranges = touchRates.compactMap { rate in a.uncertain(rate.key).flatMap { $0.isUncertain ? ($0, rate) : nil } }
        guard !ranges.isEmpty else { return [] }
        var findings: [Finding] = []
        for (seller, days) in zip(sellers, days) where seller.customerShare > 0 {
            let applying = ranges.filter { $0.1 != .grantPercent || seller.customerAccess == .permission }
            let highest = applying.reduce(1.0) { $0 * ($1.0.mean > 0 ? $1.0.range.max / $1.0.mean : 1) }
            let customerTouches = days.customerTouches.reduce(0, +)
            guard customerTouches * highest > seller.customerTouchCap * (1 + 1e-12) else { continue }
            for (uncertain, _) in applying where !findings.contains(where: { $0.location == uncertain.location }) {
                findings.append(Finding(
                    rule: .schemaType,
                    message: "`\(uncertain.location.keyPath)` may be as high as \(NumberText.amount(uncertain.range.max)), and then one person of `\(seller.role.id.value)` would make more customer touches than the \(NumberText.amount(seller.customerTouchCap)) its accounts allow (accounts x `touches_per_account`); past that cap the rate no longer scales the pipeline, so the simulator cannot draw it run by run",
                    at: uncertain.location,
                    fix: "Give one number, or lower the range's `high` so the customer touches stay under the cap."))
            }
        }
        return findings
    }
}

extension Playbook {
    /// The ranges the simulator cannot draw exactly in this plan or in its
    /// counterfactual (which, without the undermining hardware lines, makes
    /// more service touches): `PipelineModel.rangesReachingCustomerCap`.
    /// Empty, and nothing built, when no assumption is uncertain.
    public var rangesTheSimulatorCannotDraw: [Finding] {
        guard assumptions.uncertain.contains(where: \.isUncertain) else { return [] }
        let model = ExpectationModel(self)
        var findings = model.model.rangesReachingCustomerCap()
        let offending = model.underminingHardwareLinePaths
        if !offending.isEmpty {
            for finding in PipelineModel(removingCommissionLines(offending)).rangesReachingCustomerCap()
            where !findings.contains(where: { $0.location == finding.location }) {
                findings.append(finding)
            }
        }
        return findings
    }
}
