import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Assumptions {
    /// The values a run used, defaults included, keyed as the playbook writes them.
    public var json: JSONValue {
        func funnel(_ f: Funnel) -> JSONValue {
            .object([("conversation_percent", .number(f.conversationPercent)), ("appointment_percent", .number(f.appointmentPercent))])
        }
        func triangle(_ t: Triangle) -> JSONValue {
            .object([("min", .number(t.min)), ("likely", .number(t.likely)), ("max", .number(t.max))])
        }
        let diversion: JSONValue = switch hardwareDiversion {
        case .auto: .string("auto")
        case .percent(let percent): .number(percent)
        }
        return .object([
            ("touches_per_day", .number(touchesPerDay)),
            ("selling_days_per_week", .int(sellingDaysPerWeek)),
            ("ramp_days", .int(rampDays)),
            ("customer_touch_percent", .number(customerTouchPercent)),
            ("touches_per_account", .number(touchesPerAccount)),
            ("funnel", .object([("customers", funnel(customerFunnel)), ("prospects", funnel(prospectFunnel))])),
            ("referrals_per_month", .number(referralsPerMonth)),
            ("introductions_per_month", .number(introductionsPerMonth)),
            ("stages", .object([("assessment_percent", .number(stages.assessmentPercent)),
                                ("proposal_percent", .number(stages.proposalPercent)),
                                ("agreement_percent", .number(stages.agreementPercent))])),
            ("cycle_days", triangle(cycleDays)),
            ("deal_mrr", triangle(dealMRR)),
            ("permission", .object([("grant_percent", .number(permission.grantPercent)), ("wait_days", .int(permission.waitDays))])),
            ("hardware", .object([("touches_per_sale", .number(hardware.touchesPerSale)), ("gross_profit", .number(hardware.grossProfit))])),
            ("hardware_diversion_percent", diversion),
        ])
    }
}
