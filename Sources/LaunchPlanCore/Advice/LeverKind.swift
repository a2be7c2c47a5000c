/// The kinds of lever, as `--keep` names them: the owner may hold any kind fixed.
public enum LeverKind: String, CaseIterable, Sendable {
    /// A quota's target or due day.
    case quota
    /// A checkpoint expectation's target or the checkpoint's day.
    case checkpoint
    /// The performance review's day.
    case review
    /// A permission rule's approval SLA.
    case sla
    /// A territory rule's access (`permission` -> `notify`).
    case access
    /// A commission line's end day, or the line itself.
    case commission
    /// A credit line paying account reps on the service sold in their accounts.
    case coSell = "co-sell"
    /// How many people a selling role has.
    case headcount
    /// A draw's end day.
    case draw
    /// The briefing of the sales team before the first hire starts.
    case briefing
    /// Who settles territory disputes.
    case escalation

    /// How big a change of this kind is when it is not a number moved: loosening
    /// access or briefing the team is smaller than removing pay or adding a co-sell credit.
    var weight: Double {
        switch self {
        case .briefing, .escalation, .sla: 0.1
        case .access: 0.3
        case .review, .draw, .checkpoint, .quota: 0.4
        case .commission: 0.5
        case .coSell: 0.6
        case .headcount: 0.8
        }
    }
}
