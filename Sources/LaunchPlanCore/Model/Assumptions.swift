import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// The pipeline assumptions, with the defaults of PLAYBOOK.md applied where
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
        /// Derived from the pay per touch on hardware and on the service (SIMULATOR.md).
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
}
