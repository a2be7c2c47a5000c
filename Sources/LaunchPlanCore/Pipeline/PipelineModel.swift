import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// The one pipeline model. It sets up every seller (who sells,
/// where their touches go, how they convert, how much they divert to
/// hardware) and computes each seller's expected day-by-day touches and
/// appointments. The expectation model reads means off it in closed form; the
/// simulator draws from the same daily appointment rates.
public struct PipelineModel: Sendable {
    public let playbook: Playbook
    public let horizonDays: Int
    public let sellers: [Seller]
    /// Per seller (same order), per person.
    public let days: [SellerDays]

    /// A month is 30.4 days (the pipeline model).
    public static let daysPerMonth = 30.4

    public init(_ playbook: Playbook) {
        self.playbook = playbook
        horizonDays = playbook.launch.horizonDays
        sellers = Self.sellers(of: playbook)
        days = sellers.map { SellerDays($0, playbook: playbook) }
    }

    /// Day `d` is a selling day when `d mod 7 < selling_days_per_week` (day 0 starts a week).
    public static func isSellingDay(_ day: Int, _ assumptions: Assumptions) -> Bool {
        ((day % 7) + 7) % 7 < assumptions.sellingDaysPerWeek
    }

    /// The selling roles (specialist, inside-sales) with a rule that lets them sell a service.
    package static func sellers(of plan: Playbook) -> [Seller] {
        let a = plan.assumptions
        var sellers = plan.roles.compactMap { role -> Seller? in
            guard role.kind.sellsServices else { return nil }
            let sellable = plan.dealership.services.map(\.value).filter { plan.mayRole(role, sell: $0) }
            let quotaService = plan.compPlan(for: role.id.value)?.quota?.service?.value
            let focus = role.services.map(\.value)
            guard let service = [quotaService].compactMap({ $0 }).filter(sellable.contains).first
                    ?? focus.first(where: sellable.contains) ?? sellable.first else { return nil }
            var customerRules: [(TerritoryRule, Segment)] = []
            var prospects: [Segment] = []
            for grant in plan.grants(to: role.id.value, for: .service(service)) {
                guard let segment = grant.segment else { continue }
                if segment.kind == .customers { customerRules.append((grant.rule, segment)) } else { prospects.append(segment) }
            }
            let best = Access.allCases.first { access in customerRules.contains { $0.0.access == access } }
            var share = best == nil ? 0 : a.customerTouchPercent / 100
            var delay = 0
            if best == .permission {
                share *= a.permission.grantPercent / 100
                // Each permission rule's wait (its SLA, else wait_days); the quickest applies.
                delay = customerRules.filter { $0.0.access == .permission }
                    .map { $0.0.approvalSLADays ?? a.permission.waitDays }.min() ?? a.permission.waitDays
            }
            let customers = customerRules.map(\.1)
            let accounts = customers.reduce(0.0) { $0 + Double($1.accounts ?? 0) }
            let fc = a.customerFunnel, fp = a.prospectFunnel
            let introducers = Self.introducers(of: service, in: plan)
            // All introductions to the service for now; split among its sellers below.
            let introductions = introducers.reduce(0.0) { $0 + Double($1.headcount) } * a.introductionsPerMonth / daysPerMonth
                / Double(role.headcount)
            var seller = Seller(
                role: role, service: service, customerShare: share, customerAccess: best,
                customerSegments: customers, prospectSegments: prospects, permissionDelay: delay,
                customerTouchCap: accounts * a.touchesPerAccount / Double(role.headcount),
                customerAppointmentRate: fc.conversationPercent * fc.appointmentPercent / 10_000,
                prospectAppointmentRate: fp.conversationPercent * fp.appointmentPercent / 10_000,
                customerConversationRate: fc.conversationPercent / 100,
                prospectConversationRate: fp.conversationPercent / 100,
                referralsPerDay: a.referralsPerMonth / daysPerMonth, introductionsPerDay: introductions,
                introducers: introducers.map { rep in
                    (rep.id.value, plan.territory.segments.filter { $0.owner?.value == rep.id.value && $0.kind == .customers }.map(\.id.value))
                },
                diversion: .none,
                pay: PayPlan(plan.compPlan(for: role.id.value), service: service, sellingFrom: role.sellingFrom, horizonDays: plan.launch.horizonDays))
            seller.diversion = HardwareDiversion(seller, plan: plan)
            // The hardware lines the person is paid on are the ones that divert them.
            if !seller.diversion.lines.isEmpty {
                seller.pay = PayPlan(plan.compPlan(for: role.id.value), service: service, hardwareLines: seller.diversion.lines,
                                     sellingFrom: role.sellingFrom, horizonDays: plan.launch.horizonDays)
            }
            return seller
        }
        // Reps' introductions are split evenly among the roles that build pipeline for the service.
        for index in sellers.indices {
            let sharing = sellers.filter { $0.service == sellers[index].service }.count
            sellers[index].introductionsPerDay /= Double(max(1, sharing))
        }
        return sellers
    }

    /// Account-rep roles paid on `service` with `in-owned-accounts` or `introductions` credit.
    package static func introducers(of service: ServiceID, in plan: Playbook) -> [Role] {
        plan.roles.filter { role in
            role.kind == .accountRep && (plan.compPlan(for: role.id.value)?.commissions ?? []).contains { line in
                line.metric.value.isService && line.service?.value == service
                    && (line.credit == .inOwnedAccounts || line.credit == .introductions)
            }
        }
    }
}

/// One seller's expected day-by-day activity, per person, over the horizon
/// (index = day). Appointments include the permission wait, so arrays run a
/// little past the horizon.
public struct SellerDays: Sendable {
    public var serviceTouches: [Double]
    public var customerTouches: [Double]
    public var prospectTouches: [Double]
    public var hardwareTouches: [Double]
    public var customerAppointments: [Double]
    public var prospectAppointments: [Double]
    /// Referrals and introductions: appointments directly.
    public var referralAppointments: [Double]
    public var introductionAppointments: [Double]

    /// All appointments held on each day: summed once, when the days are
    /// built, since every staged metric of the expectation model reads it.
    public private(set) var appointments: [Double] = []

    /// The appointments from one source on each day.
    public func appointments(from source: AppointmentSource) -> [Double] {
        switch source {
        case .customers: customerAppointments
        case .prospects: prospectAppointments
        case .referrals: referralAppointments
        case .introductions: introductionAppointments
        }
    }

    package init(_ seller: Seller, playbook: Playbook) {
        let a = playbook.assumptions
        let horizon = playbook.launch.horizonDays
        let length = horizon + seller.permissionDelay
        serviceTouches = Array(repeating: 0, count: length)
        customerTouches = serviceTouches
        prospectTouches = serviceTouches
        hardwareTouches = serviceTouches
        customerAppointments = serviceTouches
        prospectAppointments = serviceTouches
        referralAppointments = serviceTouches
        introductionAppointments = serviceTouches
        let role = seller.role
        var customerSoFar = 0.0
        for day in role.sellingFrom..<max(role.sellingFrom, horizon) {
            referralAppointments[day] = seller.referralsPerDay
            introductionAppointments[day] = seller.introductionsPerDay
            guard PipelineModel.isSellingDay(day, a) else { continue }
            let ramp = a.rampDays == 0 ? 1 : min(1, Double(day - role.startDay) / Double(a.rampDays))
            let productivity = role.status == .toHire ? 0.5 + 0.5 * ramp : 1
            let touches = a.touchesPerDay * productivity
            let hardware = seller.diversion.applies(on: day) ? touches * seller.diversion.share : 0
            let service = touches - hardware
            let wanted = service * seller.customerShare
            let customer = min(wanted, max(0, seller.customerTouchCap - customerSoFar))
            customerSoFar += customer
            let prospect = seller.prospectSegments.isEmpty ? 0 : service - customer
            serviceTouches[day] = customer + prospect
            hardwareTouches[day] = hardware
            customerTouches[day] = customer
            prospectTouches[day] = prospect
            customerAppointments[day + seller.permissionDelay] += customer * seller.customerAppointmentRate
            prospectAppointments[day] = prospect * seller.prospectAppointmentRate
        }
        appointments = (0..<length).map {
            customerAppointments[$0] + prospectAppointments[$0] + referralAppointments[$0] + introductionAppointments[$0]
        }
    }
}
