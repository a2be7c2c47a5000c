import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// A briefing a week before the first hire starts (and before day 0), owned
/// by a manager (else the owner), that tells the sales team about the
/// specialist and publishes the rules of engagement: the two readiness
/// steps the article's launch skipped.
struct BriefingLever: Lever {
    let owner: RoleID
    let day: Int
    let id: MilestoneID
    let index: Int

    var kind: LeverKind { .briefing }
    var title: String { "briefing of the sales team" }
    var keyPath: KeyPath { KeyPath.root.appending("milestones").appending(index: index) }
    var current: Setting { .absent }
    var candidates: [Setting] { [.present] }

    var itemText: String {
        "{id: \(id), day: \(day), owner: \(owner), delivers: [team-briefed, rules-of-engagement-published]}"
    }

    /// The lever for a plan: the briefing a week before its first start.
    init(_ plan: Playbook) {
        owner = (plan.roles.first { $0.kind == .manager } ?? plan.roles.first { $0.kind == .owner })?.id.value ?? "owner"
        // Before every hire who sells starts (team-not-briefed) and on or before the first hire's start (rules-not-published).
        let firstStart = plan.roles.filter { $0.status == .toHire }.map(\.startDay).min() ?? 0
        day = max(-730, min(firstStart, 0) - 7)
        let taken = Set(plan.milestones.map(\.id.value))
        var id = MilestoneID("team-briefing")
        var number = 1
        while taken.contains(id) {
            number += 1
            id = MilestoneID("team-briefing-\(number)")
        }
        self.id = id
        index = plan.milestones.count
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard setting == .present else { return plan }
        var plan = plan
        let at = SourceLocation.added(keyPath)
        plan.milestones.append(Milestone(id: Located(id, at: at), day: Located(day, at: at), owner: Located(owner, at: at), title: nil,
                                         delivers: [Located(.teamBriefed, at: at), Located(.rulesOfEngagementPublished, at: at)],
                                         expect: [], needs: [], location: at))
        return plan
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        setting == .present ? text.append(itemText, to: keyPath.parent) : nil
    }
}
