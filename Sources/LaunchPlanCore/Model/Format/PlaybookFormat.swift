import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// The playbook format (`launchplan: 1`) as one `Shape`: every
/// key, its type, range, default and description.
public enum PlaybookFormat {
    public static let version = 1

    package static let day = Shape.integer(min: -730, max: 730)
    package static let planDay = Shape.integer(min: 0, max: 730)
    // Every number has a range a real plan stays far inside, so that no
    // value the schema accepts can overflow the model or a conversion.
    package static let percent = Shape.number(.between(0, 100))
    /// An amount of money per person: a salary, a draw, a commission amount, a sale's profit.
    package static let money = Shape.number(.between(0, 10_000_000))
    /// A count or amount to reach; so small a target is meaningless (and
    /// would make any attainment infinite), so the floor is 0.01.
    package static let target = Shape.number(.between(0.01, 1_000_000_000))

    package static func vocabulary<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> Shape where T.RawValue == String {
        .text(.vocabulary(type.allCases.map(\.rawValue)))
    }

    package static func id(_ noun: String, reserved: [String] = []) -> Shape { .text(.id(noun, reserved: reserved)) }

    package static let metric = vocabulary(Metric.self)
    /// What each service metric counts, as the pipeline model counts it, and then every metric.
    package static let serviceMetricMeaning = "`touches` (service outreach touches) and `conversations` (touches that reach a decision maker), `appointments` (first meetings, from customers, prospects, referrals and reps' introductions), `assessments`, `proposals` and `agreements` (deals that reached that stage; `agreements` are signed), `new-mrr` (the MRR of signed agreements), `pipeline-mrr` (the MRR of every deal that has reached a proposal, signed or not: proposals times the mean `deal_mrr`), all for one service"
    package static let metricMeaning = serviceMetricMeaning + "; or `hardware-gp` (gross profit of hardware sales; no rule and no `simulate` projection estimates it, since the reps' hardware selling is outside the model)."
    package static let service = Property.optional("service", id("service"),
        "Which managed service (a `dealership.services` id); may be omitted when only one service is declared.")

    public static let playbook = Shape.object(ObjectShape("playbook",
        "How an office-equipment dealership launches managed services: who does what, how they are paid, who may sell what to which accounts, what the owner expects by day 30, 60 and 90, and the pipeline assumptions behind it.", [
        .required("launchplan", .version(version), "Format version; must be 1.", rule: .schemaVersion),
        .required("dealership", dealership, "Who is launching."),
        .optional("launch", launch, "Title, calendar date of day 0, and horizon."),
        .required("roles", .map(id: "role", value: role), "Map of role id to role. Exactly one role has kind `owner`."),
        .required("objectives", .map(id: "objective", value: objective), "Map of objective id to objective: what the owner commits the business to."),
        .optional("compensation", .map(id: "role", value: compPlan), "Map of role id (a declared role) to that role's comp plan; amounts are per person."),
        .optional("territory", territory, "Account segments, who owns them, and who may sell what where."),
        .required("milestones", .list(milestone), "Readiness steps before day 0 and 30/60/90-day checkpoints."),
        .optional("assumptions", assumptions, "Pipeline assumptions used by the expectation model and the simulator; every key has a documented default."),
        .optional("waivers", .list(waiver), "Findings the owner has knowingly accepted, each with a reason."),
        .optional("actuals", .list(actual), "What happened so far, recorded at the 30/60/90-day reviews: cumulative counts from day 0. `validate` flags an actual below the plan's 10th percentile for its day (`off-track`); `launchplan track` projects the rest of the plan from them."),
    ]))

    package static let dealership = Shape.object(ObjectShape("dealership", "Who is launching.", [
        .required("name", .text(.free), "Dealership name."),
        .optional("currency", .text(.currency), "ISO 4217 currency code of all amounts.", default: .string("USD")),
        .required("services", .list(id("service", reserved: [hardwareLine]), minItems: 1, unique: true),
                  "Managed-service ids launched: `managed-print`, `managed-it`, `managed-voice`, `document-management`, or any other kebab-case id. `hardware` is the reserved product line, always present, and may not be listed."),
    ]))

    package static let launch = Shape.object(ObjectShape("launch", "Title, calendar date of day 0, and horizon.", [
        .optional("title", .text(.free), "Free text; defaults to the dealership name."),
        .optional("start_date", .text(.date), "Calendar date of day 0 (YYYY-MM-DD); reports print dates when given."),
        .optional("horizon_days", .integer(min: 1, max: 730), "How many days the plan and the simulation run, 1 to 730.", default: .int(90)),
    ]))

    package static let role = Shape.object(ObjectShape("role", "A role in the launch: one or more people of one kind.", [
        .required("kind", vocabulary(RoleKind.self),
                  "`owner` (dealer principal), `manager` (sales manager), `specialist` (managed-services overlay specialist), `account-rep` (hardware/MFP account rep), `technical` (presales engineer, vCIO), `inside-sales` (appointment setter). The selling kinds are `specialist` and `inside-sales`: one that a territory rule lets sell a service builds pipeline for it itself, with its own touches, funnel, stages, deals and quota; an `inside-sales` role is modelled exactly like a specialist (it closes the deals it books; there is no hand-off of appointments). An `account-rep` builds no service pipeline: paid on a service with `in-owned-accounts` or `introductions` credit, each rep hands `assumptions.introductions_per_month` introductions to that service's sellers. `owner`, `manager` and `technical` sell nothing in the model; a briefing counts when the owner or a manager owns it."),
        .optional("title", .text(.free), "Free text."),
        .optional("headcount", .integer(min: 1, max: 1000), "People in this role, 1 to 1000.", default: .int(1)),
        .optional("status", vocabulary(RoleStatus.self), "`in-seat` or `to-hire`.", default: .string(RoleStatus.inSeat.rawValue)),
        .optional("start_day", day, "First day of a `to-hire` role; `in-seat` roles are there throughout.", default: .int(0)),
        .optional("services", .list(id("service"), unique: true), "Services this role is focused on (specialists); a subset of `dealership.services`. A selling role builds pipeline for one service: its quota's, else the first of these a territory rule lets it sell, else the first service a rule lets it sell.", default: .array([])),
    ]))

    package static let objective = Shape.object(ObjectShape("objective", "What the owner commits the business to, cumulative from day 0 to `by_day`.", [
        .required("metric", metric, "What is counted, for the whole dealership: " + metricMeaning),
        service,
        .required("target", target, "The number to reach, above 0."),
        .required("by_day", .integer(min: 1, max: 730), "Day by which the target is reached, 1 to `launch.horizon_days`."),
        .required("owner", id("role"), "Role id accountable for it."),
        .optional("description", .text(.free), "Free text."),
    ]))

    package static let compPlan = Shape.object(ObjectShape("comp plan", "How one person in the role is paid.", [
        .optional("base_salary", money, "Annual base salary."),
        .optional("quota", quota, "The number the person is measured on."),
        .optional("commissions", .list(commissionLine), "Commission lines."),
        .optional("draw", draw, "A draw against commissions."),
        .optional("performance_adjustment", performanceAdjustment,
                  "The \"your salary goes down if you miss your numbers\" clause: at `review_day`, if quota attainment is below the threshold, base salary changes by the percent from then on."),
    ]))

    package static let quota = Shape.object(ObjectShape("quota", "The number one person is measured on, cumulative from day 0.", [
        .required("metric", metric, "What the quota counts, for one person: " + metricMeaning + " The model judges attainment only on a service metric of the service the role builds pipeline for."),
        service,
        .required("target", target, "The number to reach per person, above 0."),
        .required("by_day", .integer(min: 1, max: 730), "Day the quota is due."),
        .optional("ramp", .list(rampStep), "Share of `target` expected through given days while the person ramps up (e.g. 0 through day 30, 25 through day 60). It sets the bar at the performance adjustment's `review_day` when that falls before `by_day`: attainment there is judged against the share of the first step reaching that day (the full target when none does). The quota rules judge the full target at `by_day`. It changes what is expected, not what is done: how fast a `to-hire` person's activity ramps up is `assumptions.ramp_days`."),
    ]))

    package static let rampStep = Shape.object(ObjectShape("ramp step", "The share of the quota's target expected through a day.", [
        .required("through_day", planDay, "Last day of this step."),
        .required("percent", percent, "Share of the target expected through that day, 0 to 100."),
    ]))

    package static let commissionLine = Shape.object(ObjectShape("commission line",
        "What one person earns on a metric; exactly one of `multiple`, `percent`, `amount`.",
        exactlyOneOf: [["multiple", "percent", "amount"]], [
        .required("metric", .text(.vocabulary(Metric.commissionable.map(\.rawValue))), "What the line pays on: `new-mrr`, `agreements` or `hardware-gp`."),
        .optional("service", id("service"), "For `new-mrr` and `agreements` lines: which service; may be omitted when only one is declared."),
        .optional("credit", vocabulary(CommissionCredit.self),
                  "`own-sales`: deals this role closes; `in-owned-accounts`: any deal closed in accounts this role owns; `introductions`: deals this role introduced.",
                  default: .string(CommissionCredit.ownSales.rawValue)),
        .optional("segments", .list(id("segment"), unique: true), "Segment ids this line pays in; all segments when omitted."),
        .optional("multiple", .number(.between(0, 1000)), "Times the deal's MRR (new-mrr and agreements lines)."),
        .optional("percent", percent, "Percent of first-year contract value (12 x MRR) for new-mrr and agreements lines; percent of gross profit for hardware-gp."),
        .optional("amount", money, "Flat amount per agreement, or per hardware sale on a hardware-gp line."),
        .optional("from_day", day, "First day the line applies; the plan's first day when omitted."),
        .optional("until_day", day, "Last day the line applies; the end of the plan when omitted."),
    ]))

    package static let draw = Shape.object(ObjectShape("draw", "A draw against commissions.", [
        .required("monthly", money, "Each 30-day period is topped up to this amount."),
        .required("until_day", planDay, "Last day of the draw."),
        .optional("recoverable", .boolean, "`true`: paid back out of later commissions.", default: .bool(false)),
    ]))

    package static let performanceAdjustment = Shape.object(ObjectShape("performance adjustment",
        "At `review_day`, if quota attainment is below the threshold, base salary changes by the percent from then on.", [
        .required("review_day", planDay, "Day attainment is judged."),
        .required("below_attainment_percent", .number(.between(0, 1000)), "The attainment threshold, in percent of quota."),
        .required("base_salary_change_percent", .number(.between(-100, 100)), "Change of base salary, in percent (usually negative)."),
    ]))

    package static let territory = Shape.object(ObjectShape("territory", "Account segments, who owns them, and who may sell what where.", [
        .optional("segments", .map(id: "segment", value: segment), "Map of segment id to segment."),
        .optional("rules", .list(territoryRule),
                  "Who may sell what where. A role has no access to a segment no rule names it in, and may sell a product line there only through a rule that lists it in `sells`."),
        .optional("escalation", escalation, "Who settles territory disputes and how fast."),
    ]))

    package static let segment = Shape.object(ObjectShape("segment", "A group of accounts.", [
        .required("kind", vocabulary(SegmentKind.self), "`customers` (the installed base: warm) or `prospects` (no relationship: cold)."),
        .optional("accounts", .integer(min: 1, max: 10_000_000), "How many accounts; required for `customers`, unbounded for `prospects` when omitted."),
        .optional("owner", id("role"), "Role id that owns the accounts; omitted for open accounts."),
    ]))

    package static let territoryRule = Shape.object(ObjectShape("territory rule", "What one role may sell in one segment, and how freely.", [
        .required("role", id("role"), "Role id."),
        .required("segment", id("segment"), "Segment id."),
        .required("sells", .list(id("service"), minItems: 1, unique: true), "Service ids and/or `hardware`."),
        .required("access", vocabulary(Access.self),
                  "`open` (sell freely), `notify` (tell the owner first), `permission` (the owning role approves each account) or `none`."),
        .optional("approval_sla_days", .integer(min: 0, max: 365), "For `permission`: how many days the owner has to answer."),
    ]))

    package static let escalation = Shape.object(ObjectShape("escalation", "Who settles territory disputes and how fast.", [
        .required("role", id("role"), "Role id that settles disputes."),
        .required("sla_days", .integer(min: 0, max: 365), "Days to a decision."),
    ]))

    package static let milestone = Shape.object(ObjectShape("milestone", "A readiness step or a checkpoint (a milestone with `expect`).", [
        .required("id", id("milestone"), "Unique milestone id."),
        .required("day", day, "Plan day; negative for readiness before launch."),
        .required("owner", id("role"), "Role id."),
        .optional("title", .text(.free), "Free text."),
        .optional("delivers", .list(vocabulary(ReadinessItem.self), unique: true), "Readiness items this milestone completes. Two are checked: `team-briefed` (the sales team is told, by a milestone the owner or a manager owns, before each hire who sells starts) and `rules-of-engagement-published` (who may sell what where, published by the first hire's start day when roles share a segment). The others (`comp-plans-signed`, `crm-ready`, `account-plans-agreed`, `oem-partner-engaged`, `marketing-ready`, `training-complete`) record readiness for the people running the launch; no rule or model reads them."),
        .optional("expect", .list(expectation), "Checkpoint expectations, cumulative from day 0 to `day`, for the whole dealership."),
        .optional("needs", .list(id("milestone"), unique: true), "Ids of milestones that must come first (their `day` must not be later)."),
    ]))

    package static let expectation = Shape.object(ObjectShape("expectation", "What a checkpoint expects by its day.", [
        .required("metric", metric, "What is counted, for the whole dealership: " + metricMeaning),
        service,
        .required("target", target, "The number expected, above 0."),
    ]))

    package static let rangeNoun = "range"

    /// A rate or count the owner may be unsure of: one number, or a range
    /// `{low, likely, high}` (triangular) that each simulated run draws once;
    /// the expectation model and the rules use its mean, (low + likely + high) / 3.
    package static func uncertain(_ value: Shape) -> Shape {
        .either([value, .object(ObjectShape(rangeNoun, "An uncertain value: each simulated run draws one from the triangle low-likely-high; the expectation model and the rules use its mean, (low + likely + high) / 3.", [
            .required("low", value, "The lowest value you find believable."),
            .required("likely", value, "Your best estimate."),
            .required("high", value, "The highest value you find believable."),
        ]))])
    }

    package static let funnel = Shape.object(ObjectShape("funnel", "Conversion per touch.", [
        .optional("conversation_percent", uncertain(percent), "Touches that reach a decision maker, in percent."),
        .optional("appointment_percent", uncertain(percent), "Conversations that become a first appointment, in percent."),
    ]))

    package static func funnel(conversation: Int, appointment: Int, _ description: String) -> Shape {
        guard case .object(var object) = funnel else { return funnel }
        object.description = description
        object.properties[0].defaultValue = .int(conversation)
        object.properties[1].defaultValue = .int(appointment)
        return .object(object)
    }

    package static func triangle(_ noun: String, _ description: String, integer: Bool, _ defaults: (Int, Int, Int)) -> Shape {
        let value: Shape = integer ? .integer(min: 0, max: 730) : .number(.above(0, max: 1_000_000))
        let reason = "`\(noun == "cycle" ? "cycle_days" : "deal_mrr")` is already a distribution, drawn deal by deal from min, likely and max"
        return .object(ObjectShape(noun, description, [
            Property.optional("min", value, "Smallest value.", default: .int(defaults.0)).oneNumber(because: reason),
            Property.optional("likely", value, "Most likely value.", default: .int(defaults.1)).oneNumber(because: reason),
            Property.optional("max", value, "Largest value.", default: .int(defaults.2)).oneNumber(because: reason),
        ]))
    }

    package static let assumptions = Shape.object(ObjectShape("assumptions", plural: "assumptions",
        "Pipeline assumptions. Cold-outreach defaults are the industry funnel: 100 dials, 10 conversations, 1 appointment; 10 appointments, 1 close.", [
        .optional("touches_per_day", uncertain(.number(.above(0, max: 1000))), "Outreach touches per selling day per person, fully ramped.", default: .int(40)),
        Property.optional("selling_days_per_week", .integer(min: 1, max: 7), "Selling days in each 7-day week.", default: .int(5)).oneNumber(because: "it counts days, which moves touches between days rather than scaling them"),
        Property.optional("ramp_days", .integer(min: 0, max: 730), "A `to-hire` role works at 50 % of `touches_per_day` on its start day, rising linearly to 100 % after this many days (0: full speed at once); `in-seat` roles work at 100 % from day 0. It changes what is done, not what is expected: a quota's `ramp` sets the expected share of its target.", default: .int(30)).oneNumber(because: "it is a duration, which moves touches between days rather than scaling them"),
        .optional("customer_touch_percent", uncertain(percent), "Share of a role's touches aimed at `customers` segments when it has access there.", default: .int(50)),
        Property.optional("touches_per_account", .number(.above(0, max: 10_000)), "The most touches one account gets; caps a role's customer touches at accounts x this.", default: .int(8)).oneNumber(because: "it is a cap on customer touches, not a factor on them"),
        .optional("funnel", .object(ObjectShape("funnels", plural: "funnels", "Conversion per touch by segment kind.", [
            .optional("customers", funnel(conversation: 20, appointment: 20, "Per touch into customer accounts."), "Per touch into customer accounts."),
            .optional("prospects", funnel(conversation: 10, appointment: 10, "Per touch into prospect accounts (100 -> 10 -> 1)."), "Per touch into prospect accounts (100 -> 10 -> 1)."),
        ])), "Conversion per touch by segment kind."),
        .optional("referrals_per_month", uncertain(.number(.between(0, 500))), "Inbound referrals that become appointments directly, per selling person and month (30.4 days), from the role's first selling day.", default: .int(0)),
        .optional("introductions_per_month", uncertain(.number(.between(0, 500))), "Introductions a month from each account rep paid on the service with `in-owned-accounts` or `introductions` credit.", default: .number(0.5)),
        .optional("stages", .object(ObjectShape("stages", plural: "stages", "Appointment -> assessment -> proposal -> agreement; the defaults multiply to about 10 %.", [
            .optional("assessment_percent", uncertain(percent), "Appointments that become assessments.", default: .int(60)),
            .optional("proposal_percent", uncertain(percent), "Assessments that become proposals.", default: .int(70)),
            .optional("agreement_percent", uncertain(percent), "Proposals that become signed agreements.", default: .int(25)),
        ])), "Appointment -> assessment -> proposal -> agreement."),
        .optional("cycle_days", triangle("cycle", "Days from appointment to signed agreement, triangular; assessment at 25 % and proposal at 60 % of the cycle.", integer: true, (30, 60, 120)),
                  "Days from appointment to signed agreement, triangular."),
        .optional("deal_mrr", triangle("deal size", "MRR of a signed agreement, triangular.", integer: false, (300, 900, 4000)), "MRR of a signed agreement, triangular."),
        .optional("permission", .object(ObjectShape("permission", plural: "permission", "Under `access: permission`.", [
            .optional("grant_percent", uncertain(percent), "Share of account requests granted.", default: .int(50)),
            Property.optional("wait_days", .integer(min: 0, max: 365), "Days each request waits when the rule has no `approval_sla_days`.", default: .int(10)).oneNumber(because: "it is a duration, which moves appointments later rather than scaling them"),
        ])), "Under `access: permission`: share of requests granted and days each waits."),
        .optional("hardware", .object(ObjectShape("hardware", plural: "hardware", "Hardware selling.", [
            .optional("touches_per_sale", uncertain(.number(.between(1, 100_000))), "Touches per hardware sale, at least 1.", default: .int(150)),
            .optional("gross_profit", uncertain(money), "Gross profit of one hardware sale.", default: .int(2500)),
        ])), "Hardware selling: touches per sale and gross profit per sale."),
        Property.optional("hardware_diversion_percent", .either([.text(.vocabulary(["auto"])), .number(.between(0, 90))]),
                  "Share of a selling role's touches spent on hardware when its comp plan pays on hardware where it may sell it; `auto` derives it from the pay per touch on each: min(0.9, hardware commission per touch / (that + expected service commission per touch)).",
                  default: .string("auto")).oneNumber(because: "it is the seller's choice of effort; `auto` derives it from the planned rates"),
    ]))

    package static let actual = Shape.object(ObjectShape("actual", "One number recorded at a review, cumulative from day 0 to `day`.", [
        .required("day", .integer(min: 1, max: 730), "The day it was recorded, 1 to `launch.horizon_days`; the count runs from day 0 through this day."),
        .required("metric", .text(.vocabulary(Actual.metrics.map(\.rawValue))), "What was counted: " + serviceMetricMeaning + "."),
        service,
        .optional("role", id("role"), "A selling role (`specialist` or `inside-sales`) whose count this is, all its persons together; the whole dealership's sellers of the service when omitted."),
        .required("value", .number(.between(0, 1_000_000_000)), "The count (a whole number) or the MRR recorded."),
    ]))

    package static let waiver = Shape.object(ObjectShape("waiver", "A finding the owner has knowingly accepted.", [
        .required("rule", id("rule"), "The rule id of the finding."),
        .optional("at", .text(.free), "Key path of the finding, e.g. `compensation.mps-specialist.commissions[1]`; anywhere below it matches; anywhere when omitted."),
        .required("reason", .text(.free), "Why the finding is accepted; must not be empty."),
        .optional("until_day", planDay, "Last plan day the waiver holds, counted from `launch.start_date`."),
    ]))

    /// The range the format gives a numeric assumption (a dotted key below
    /// `assumptions`); open ends where the format sets none.
    public static func assumptionRange(_ key: String) -> (minimum: Double?, maximum: Double?) {
        var shape = assumptions
        for part in key.split(separator: ".") {
            guard case .object(let object) = shape, let property = object[String(part)] else { return (nil, nil) }
            shape = property.shape
        }
        switch shape.uncertainValue ?? shape {
        case .integer(let min, let max): return (Double(min), Double(max))
        case .number(let range): return (range.minimum, range.maximum)
        default: return (nil, nil)
        }
    }
}
