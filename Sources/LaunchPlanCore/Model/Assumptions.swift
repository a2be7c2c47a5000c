import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// The pipeline assumptions, with the format's defaults applied where
/// the playbook is silent. `defaulted` names those, so reports can say which
/// defaults a run used.
public struct Assumptions: Sendable, Equatable {
    public struct Funnel: Sendable, Equatable {
        public var conversationPercent: Double
        public var appointmentPercent: Double
    }

    public struct Stages: Sendable, Equatable {
        public var assessmentPercent: Double
        public var proposalPercent: Double
        public var agreementPercent: Double
    }

    /// A triangular distribution's smallest, most likely and largest value.
    public struct Triangle: Sendable, Equatable {
        public var min: Double
        public var likely: Double
        public var max: Double

        public init(min: Double, likely: Double, max: Double) {
            self.min = min
            self.likely = likely
            self.max = max
        }
    }

    public struct Permission: Sendable, Equatable {
        public var grantPercent: Double
        public var waitDays: Int
    }

    public struct Hardware: Sendable, Equatable {
        public var touchesPerSale: Double
        public var grossProfit: Double
    }

    public enum Diversion: Sendable, Equatable {
        /// Derived from the pay per touch on hardware and on the service (the pipeline model).
        case auto
        case percent(Double)
    }

    public var touchesPerDay: Double
    public var sellingDaysPerWeek: Int
    public var rampDays: Int
    public var customerTouchPercent: Double
    public var touchesPerAccount: Double
    public var customerFunnel: Funnel
    public var prospectFunnel: Funnel
    public var referralsPerMonth: Double
    public var introductionsPerMonth: Double
    public var stages: Stages
    public var cycleDays: Triangle
    public var dealMRR: Triangle
    public var permission: Permission
    public var hardware: Hardware
    public var hardwareDiversion: Diversion
    /// Dotted keys (`funnel.customers.conversation_percent`) that took their default.
    public var defaulted: [String]
    /// The assumptions written as a range, in `Assumptions.numeric` order. Each
    /// one's field above holds the range's mean, which is what the expectation
    /// model and the rules use; the simulator draws a value per run.
    public var uncertain: [Uncertain] = []

    /// An assumption the owner is unsure of: "we believe 4 %, could be 2 to 5",
    /// written `{low: 2, likely: 4, high: 5}` and drawn from that triangle.
    public struct Uncertain: Sendable, Equatable {
        /// The dotted key below `assumptions`, as in `Assumptions.numeric`.
        public var key: String
        /// low, likely, high as the triangle's min, likely, max.
        public var range: Triangle
        public var location: SourceLocation

        public init(key: String, range: Triangle, location: SourceLocation) {
            self.key = key
            self.range = range
            self.location = location
        }

        /// The mean the expectation model uses: (low + likely + high) / 3,
        /// exactly the value itself when the three are one (a range of one
        /// value is that value, to the last bit).
        public var mean: Double {
            range.min == range.max ? range.min : (range.min + range.likely + range.max) / 3
        }

        /// Whether runs differ: a range of one value is certain.
        public var isUncertain: Bool { range.min < range.max }
    }

    /// The range of an assumption, when it is written as one.
    public func uncertain(_ key: String) -> Uncertain? {
        uncertain.first { $0.key == key }
    }
}

/// One numeric assumption: its key as the playbook writes it (dotted below
/// `assumptions`), and its field. The list `Assumptions.numeric` is the one
/// place they are named: the decoder, the JSON echo and the sensitivity
/// analysis read it, and their defaults and ranges come from the format.
public struct NumericAssumption: Sendable {
    public enum Field: Sendable {
        case number(WritableKeyPath<Assumptions, Double> & Sendable)
        case whole(WritableKeyPath<Assumptions, Int> & Sendable)
    }

    public let key: String
    public let field: Field
    /// Keys the sensitivity analysis scales together, so a triangle stays
    /// ordered: its name (`cycle_days`).
    public let group: String?

    /// The dotted key's parts: `funnel`, `customers`, `conversation_percent`
    /// (split once: the decoder reads them for every playbook).
    public let path: [String]

    public init(_ key: String, _ field: Field, group: String? = nil) {
        self.key = key
        self.field = field
        self.group = group
        path = key.split(separator: ".").map(String.init)
    }
}

extension Assumptions {
    /// Every numeric assumption, in the format's order (`hardware_diversion_percent`,
    /// which may also be `auto`, is read beside them).
    public static let numeric: [NumericAssumption] = [
        .init("touches_per_day", .number(\.touchesPerDay)),
        .init("selling_days_per_week", .whole(\.sellingDaysPerWeek)),
        .init("ramp_days", .whole(\.rampDays)),
        .init("customer_touch_percent", .number(\.customerTouchPercent)),
        .init("touches_per_account", .number(\.touchesPerAccount)),
        .init("funnel.customers.conversation_percent", .number(\.customerFunnel.conversationPercent)),
        .init("funnel.customers.appointment_percent", .number(\.customerFunnel.appointmentPercent)),
        .init("funnel.prospects.conversation_percent", .number(\.prospectFunnel.conversationPercent)),
        .init("funnel.prospects.appointment_percent", .number(\.prospectFunnel.appointmentPercent)),
        .init("referrals_per_month", .number(\.referralsPerMonth)),
        .init("introductions_per_month", .number(\.introductionsPerMonth)),
        .init("stages.assessment_percent", .number(\.stages.assessmentPercent)),
        .init("stages.proposal_percent", .number(\.stages.proposalPercent)),
        .init("stages.agreement_percent", .number(\.stages.agreementPercent)),
        .init("cycle_days.min", .number(\.cycleDays.min), group: "cycle_days"),
        .init("cycle_days.likely", .number(\.cycleDays.likely), group: "cycle_days"),
        .init("cycle_days.max", .number(\.cycleDays.max), group: "cycle_days"),
        .init("deal_mrr.min", .number(\.dealMRR.min), group: "deal_mrr"),
        .init("deal_mrr.likely", .number(\.dealMRR.likely), group: "deal_mrr"),
        .init("deal_mrr.max", .number(\.dealMRR.max), group: "deal_mrr"),
        .init("permission.grant_percent", .number(\.permission.grantPercent)),
        .init("permission.wait_days", .whole(\.permission.waitDays)),
        .init("hardware.touches_per_sale", .number(\.hardware.touchesPerSale)),
        .init("hardware.gross_profit", .number(\.hardware.grossProfit)),
    ]

    /// A numeric assumption's value, whole ones as Doubles.
    public subscript(numeric assumption: NumericAssumption) -> Double {
        get {
            switch assumption.field {
            case .number(let path): self[keyPath: path]
            case .whole(let path): Double(self[keyPath: path])
            }
        }
        set {
            switch assumption.field {
            case .number(let path): self[keyPath: path] = newValue
            case .whole(let path): self[keyPath: path] = Int(saturating: newValue.rounded())
            }
        }
    }

    /// Every value zero, `auto` diversion, nothing defaulted: what the decoder fills in.
    static let zero = Assumptions(
        touchesPerDay: 0, sellingDaysPerWeek: 0, rampDays: 0, customerTouchPercent: 0, touchesPerAccount: 0,
        customerFunnel: Funnel(conversationPercent: 0, appointmentPercent: 0), prospectFunnel: Funnel(conversationPercent: 0, appointmentPercent: 0),
        referralsPerMonth: 0, introductionsPerMonth: 0, stages: Stages(assessmentPercent: 0, proposalPercent: 0, agreementPercent: 0),
        cycleDays: Triangle(min: 0, likely: 0, max: 0), dealMRR: Triangle(min: 0, likely: 0, max: 0),
        permission: Permission(grantPercent: 0, waitDays: 0), hardware: Hardware(touchesPerSale: 0, grossProfit: 0),
        hardwareDiversion: .auto, defaulted: [])
}

extension Assumptions {
    /// Every assumption's dotted key and value, in the format's order: the
    /// numeric ones, then `hardware_diversion_percent` (nil when `auto`).
    public var keyedValues: [(key: String, value: Double?)] {
        let diversion: Double? = switch hardwareDiversion {
        case .auto: nil
        case .percent(let percent): percent
        }
        return Self.numeric.map { ($0.key, self[numeric: $0]) } + [("hardware_diversion_percent", diversion)]
    }
}
