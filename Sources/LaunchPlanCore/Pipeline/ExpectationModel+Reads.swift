import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension ExpectationModel {
    /// The keys the pipeline and expectation model read, in the notation of
    /// `RuleDescription.reads`: who sells, where their touches go, how they
    /// convert and divert to hardware, and quota attainment. Rules that ask
    /// the model (`RuleDescription.readsModel`) and `simulate` read them.
    public static let reads = [
        "dealership.services",
        "launch.horizon_days",
        "roles.*.kind",
        "roles.*.headcount",
        "roles.*.status",
        "roles.*.start_day",
        "roles.*.services",
        "compensation.*.quota.metric",
        "compensation.*.quota.service",
        "compensation.*.quota.target",
        "compensation.*.quota.by_day",
        // The hardware diversion weighs every line's rate, segments and days;
        // reps' lines with introduction credit make introductions.
        "compensation.*.commissions[].metric",
        "compensation.*.commissions[].service",
        "compensation.*.commissions[].credit",
        "compensation.*.commissions[].segments",
        "compensation.*.commissions[].multiple",
        "compensation.*.commissions[].percent",
        "compensation.*.commissions[].amount",
        "compensation.*.commissions[].from_day",
        "compensation.*.commissions[].until_day",
        "territory.segments.*.kind",
        "territory.segments.*.accounts",
        "territory.segments.*.owner",
        "territory.rules[].role",
        "territory.rules[].segment",
        "territory.rules[].sells",
        "territory.rules[].access",
        "territory.rules[].approval_sla_days",
        "assumptions",
    ]

    /// The keys that only pay reads (`PayPlan`, `ExpectedPay`): what `simulate`
    /// reports as pay and salary cuts, on top of `reads`.
    public static let payReads = [
        "compensation.*.base_salary",
        "compensation.*.quota.ramp",
        "compensation.*.draw",
        "compensation.*.performance_adjustment",
    ]
}
