import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// `off-track`: not a `PlanRule`, since it needs the simulator's band for each
/// actual's day (Validation runs it after the rules), but described here so the
/// one registry lists it with the others.
public enum OffTrack {
    public static let description = RuleDescription(
        id: .offTrack, severity: .warning,
        summary: "An actual recorded at a review is below the plan's 10th percentile for that day.",
        rationale: """
            At day 30 and day 60 the numbers already say whether the plan is working; \
            an owner who reads them as opinions extends the plan another 30 days and \
            loses them. An actual below what nine runs in ten of the plan's own model \
            produce by that day means the plan's assumptions are not what is happening: \
            the review is the time to change the plan, not to wait.
            """,
        fix: "Run `launchplan track` on the playbook: it projects the rest of the plan from the actuals and says which assumptions they contradict; then change the plan (territory, comp plan, targets) or the assumptions before the next review.",
        reads: [
            "actuals[].day",
            "actuals[].metric",
            "actuals[].service",
            "actuals[].role",
            "actuals[].value",
        ],
        readsModel: true,
        triggering: [
            .quota("{metric: new-mrr, target: 1000, by_day: 90}", milestones: """
                milestones:
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 8}]}
                actuals:
                  - {day: 30, metric: appointments, value: ↓1}
                """),
        ],
        passing: [
            .quota("{metric: new-mrr, target: 1000, by_day: 90}", milestones: """
                milestones:
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 8}]}
                actuals:
                  - {day: 30, metric: appointments, value: 9}
                """),
        ])

    /// The runs and seed of the band `validate` judges against: `track`'s defaults, so both say the same.
    public static let runs = 10_000
    public static let seed: UInt64 = 1
}

extension RuleID {
    public static let offTrack = RuleID("off-track")
}
