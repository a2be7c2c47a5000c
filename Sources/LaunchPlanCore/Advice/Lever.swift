import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// One thing in the plan the owner can change, and the values it can take:
/// a quota's target, a review day, a rule's access, a commission line… A
/// lever changes a `Playbook` value (so that the rules and the expectation
/// model, the one answer, say whether a finding clears) and the playbook's
/// text at the same node (so that the change can be written as a patch).
public protocol Lever: Sendable {
    var kind: LeverKind { get }
    /// What it changes, in the owner's words ("quota target of `mps-specialist`").
    var title: String { get }
    /// The node it changes: two levers on one node are one lever.
    var keyPath: KeyPath { get }
    var current: Setting { get }
    /// The values to try, nearest to `current` first, every one inside the
    /// format's range (and the horizon, for days).
    var candidates: [Setting] { get }
    func apply(_ setting: Setting, to plan: Playbook) -> Playbook
    /// The same change made to the text; nil when it cannot be made in place.
    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]?
}

/// A value a lever takes.
public enum Setting: Sendable, Equatable {
    case number(Double)
    case day(Int)
    /// A number of days (an approval SLA), not a plan day.
    case days(Int)
    case access(Access)
    /// A line or clause that is there, or not.
    case present, absent
    /// No value written (a rule without `approval_sla_days`, a line without `until_day`), with what that means.
    case unset(String)

    /// As the owner reads it.
    public var text: String {
        switch self {
        case .number(let value): NumberText.amount(value)
        case .day(let day): "day \(day)"
        case .days(let days): days == 1 ? "1 day" : "\(days) days"
        case .access(let access): access.rawValue
        case .present: "present"
        case .absent: "none"
        case .unset(let meaning): meaning
        }
    }

    /// As the JSON output writes it.
    public var json: JSONValue {
        switch self {
        case .number(let value): .number(value)
        case .day(let day), .days(let day): .int(day)
        case .access(let access): .string(access.rawValue)
        case .present: .bool(true)
        case .absent: .bool(false)
        case .unset: .null
        }
    }

    var number: Double? { if case .number(let value) = self { value } else { nil } }
    var day: Int? { if case .day(let day) = self { day } else { nil } }
}

extension Lever {
    /// How big the change is, for choosing among levers (0 none; 1 doubles a
    /// number or moves a day by the whole horizon): the relative change of a
    /// number, days over the horizon, and a fixed weight below 1 for a change
    /// of kind (access, a line added or removed).
    func size(of setting: Setting, horizon: Int) -> Double {
        switch (current, setting) {
        case (.number(let old), .number(let new)): return abs(new - old) / max(abs(old), 1e-9)
        case (.day(let old), .day(let new)): return min(1, Double(abs(new - old)) / Double(max(1, horizon)))
        case (.days(let old), .days(let new)): return min(1, Double(abs(new - old)) / Double(max(1, old)))
        case (.unset, .day), (.unset, .days): return 0.05
        default: return kind.weight
        }
    }
}
