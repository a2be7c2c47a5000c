import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Everything the simulator needs about one seller, computed once: the
/// expected appointments by source and day (to draw from), the queries that
/// count its events, its quota and review, and its pay lines. A class, so
/// that handing it to each run's loop retains one reference rather than
/// copying a few dozen arrays (that copy showed in profiles of large plans).
package final class SellerDraws: Sendable {
    /// Appointments by source (customers, prospects, referrals, introductions):
    /// how many (Poisson of the expected total) and on which day (in
    /// proportion to the expected appointments of each day), or, when one
    /// person expects more than `aggregatedAppointments`, in aggregate.
    package struct Source: Sendable {
        var kind: AppointmentSource
        var days: AliasTable
        /// Expected appointments per person over the horizon.
        var total: Double
        var count: Poisson
        /// Per own-sales service line: the share of this source's deals the line pays on.
        var lineShares: [Double]
        /// One person's appointments in aggregate, when they are too many to draw one by one.
        var bins: StageBins?
        /// Every person's appointments at once, for the dealership's counts when
        /// the role is not drawn person by person (`drawsEveryPerson`).
        var roleBins: StageBins?
    }

    /// Above this many expected appointments per person and source, they are drawn in aggregate (`StageBins`).
    package static let aggregatedAppointments = 300.0
    /// A role is drawn person by person (each person's events add up to the
    /// dealership's counts, each person's pay is a sample) only up to this
    /// many persons and `aggregatedAppointments` appointments among them all.
    /// Larger roles draw the dealership's counts in aggregate and one person
    /// per run for attainment and pay: persons of a role are independent and
    /// alike, so one person a run samples the same distribution, and the work
    /// and what is kept per run stay bounded whatever the headcount.
    package static let personByPersonLimit = 16

    package let index: Int
    package let persons: Int
    package let start: Int
    package let horizon: Int
    package let sources: [Source]
    package let drawsEveryPerson: Bool
    /// Persons whose attainment and pay each run records: all of a role drawn person by person, else one.
    package var personsSampled: Int { drawsEveryPerson ? persons : 1 }
    /// What a person's events are counted into: the dealership queries for this
    /// seller's service, then (in the last two slots) the person's quota metric
    /// by its `by_day` and by the review day. One mechanism for all of them.
    package struct Counter: Sendable {
        var slot: Int
        var day: Double
        /// 0 appointment, 1 assessment, 2 proposal, 3 agreement.
        var stage: Int
        /// Counts the deal's MRR rather than 1 (pipeline-mrr, new-mrr).
        var money: Bool

        init?(metric: Metric, slot: Int, day: Int) {
            guard let (stage, countsMRR) = metric.pipelineStage else { return nil }
            (self.stage, money) = (stage.rawValue, countsMRR)
            self.slot = slot
            self.day = Double(day)
        }
    }

    package let counters: [Counter]
    /// The counters of the dealership's queries (without the person's quota slots).
    package let dealershipCounters: [Counter]
    package let quota: Quota?
    package let review: PerformanceAdjustment?
    package let reviewTargetShare: Double
    /// How one person is paid: the seller's pay plan, shared with the expectation model.
    package let pay: PayPlan
    /// Hardware sales per pay range (`pay.ranges`): their draw and expected
    /// number with the planned rates, and the commission on each sale there:
    /// `perSale` at the planned gross profit, `perProfit` its change per unit
    /// of gross profit (the lines are affine in it), for a run that draws it.
    package let hardwareSales: [(sales: Poisson, mean: Double, perSale: Double, perProfit: Double, period: Int)]
    /// The index in `pay.ranges` of each day from the selling start to the horizon.
    package let rangeOfDay: [Int]
    package let stages: (assessment: Double, proposal: Double, agreement: Double)

    package init(seller index: Int, model: ExpectationModel, queries: [Query]) {
        let plan = model.model.playbook
        let seller = model.model.sellers[index]
        let days = model.model.days[index]
        let a = plan.assumptions
        self.index = index
        let persons = seller.role.headcount, start = seller.role.sellingFrom, horizon = plan.launch.horizonDays
        self.persons = persons
        self.start = start
        self.horizon = horizon
        let comp = plan.compPlan(for: seller.role.id.value)
        let pay = seller.pay
        self.pay = pay
        var counters = queries.enumerated().compactMap { q, query in
            query.counts(seller) ? Counter(metric: query.metric, slot: q, day: query.day) : nil
        }
        let quota = model.quotaAttainment(of: seller.role.id.value) == nil ? nil : comp?.quota
        let review = comp?.performanceAdjustment
        if let quota {
            counters += [Counter(metric: quota.metric.value, slot: queries.count, day: quota.byDay.value),
                         Counter(metric: quota.metric.value, slot: queries.count + 1,
                                 day: review.map { min($0.reviewDay.value, quota.byDay.value) } ?? -1)].compactMap { $0 }
        }
        let steps = a.stages.stepProbabilities
        let stages = (steps[Stage.assessment.rawValue], steps[Stage.proposal.rawValue], steps[Stage.agreement.rawValue])
        let allAppointments = days.appointments.reduce(0, +) * Double(persons)
        let drawsEveryPerson = persons <= Self.personByPersonLimit && !(allAppointments > Self.aggregatedAppointments)
        self.drawsEveryPerson = drawsEveryPerson
        // The dealership's counts only: a sampled person's own slots and pay are drawn with the person.
        let dealershipCounters = counters.filter { $0.slot < queries.count }
        func source(_ kind: AppointmentSource, _ values: [Double], share: (CommissionLine) -> Double) -> Source {
            let total = values.reduce(0, +)
            func bins(_ counters: [Counter], scale: Double, pays: Bool) -> StageBins {
                StageBins(appointments: values, scale: scale, stages: stages, cycle: a.cycleDays,
                          cuts: .init(counters: counters, pay: pays ? pay : nil))
            }
            return Source(kind: kind, days: AliasTable(weights: values), total: total, count: Poisson(total), lineShares: pay.serviceLines.map(share),
                          bins: total > Self.aggregatedAppointments ? bins(counters, scale: 1, pays: true) : nil,
                          roleBins: drawsEveryPerson || !(total > 0) ? nil : bins(dealershipCounters, scale: Double(persons), pays: false))
        }
        sources = AppointmentSource.allCases.map { from in source(from, days.appointments(from: from)) { seller.share(of: $0, from: from) } }
        self.quota = quota
        self.review = review
        self.counters = counters
        self.dealershipCounters = dealershipCounters
        reviewTargetShare = review.flatMap { review in
            comp?.quota.map { $0.byDay.value > review.reviewDay.value ? $0.rampShare(through: review.reviewDay.value) : 1 }
        } ?? 1
        // One draw of sales per range, paid by every hardware line in force there.
        hardwareSales = pay.ranges.compactMap { range in
            let perSale = pay.hardwareCommission(onSaleOf: a.hardware.grossProfit, in: range)
            guard perSale != 0 else { return nil }
            let sales = range.days.reduce(0.0) { $0 + (days.hardwareTouches.indices.contains($1) ? days.hardwareTouches[$1] : 0) }
                / a.hardware.touchesPerSale
            let perProfit = pay.hardwareCommission(onSaleOf: 1, in: range) - pay.hardwareCommission(onSaleOf: 0, in: range)
            return (Poisson(sales), sales, perSale, perProfit, range.period)
        }
        rangeOfDay = pay.ranges.indices.flatMap { r in Array(repeating: r, count: pay.ranges[r].days.count) }
        self.stages = stages
    }

    /// All persons' events at once, added to the dealership's counts in
    /// `values`, for a role not drawn person by person.
    /// - Parameter scale: the run's uncertain rates (`Seller.scale`); nil draws the planned ones.
    package func drawDealership(_ random: inout RandomSource, deal: Assumptions.Triangle, values: inout [Double], periods: inout [Double],
                                scale: ActivityScale? = nil) {
        dealershipCounters.withUnsafeBufferPointer { counters in
            sources.withUnsafeBufferPointer { sources in
                for s in sources.indices where sources[s].roleBins != nil {
                    _ = sources[s].roleBins?.draw(&random, deal: deal, counters: counters, pay: nil, lineShares: [], values: &values, periods: &periods,
                                                  scale: scale.map { ($0.appointments(from: sources[s].kind), $0) })
                }
            }
        }
    }

    /// One person's run: their events counted into `scratch.queryValues`,
    /// their attainment and pay returned.
    /// - Parameter scale: the run's uncertain rates (`Seller.scale`): each
    ///   source's Poisson mean, the stage chances and the hardware sales and
    ///   profit scaled by them. Nil draws the planned rates, with the Poisson
    ///   constants computed once.
    package func draw(_ random: inout RandomSource, assumptions a: Assumptions, scratch: inout PersonScratch,
                      scale: ActivityScale? = nil) -> PersonOutcome {
        start(&scratch)
        var service = 0.0
        let path = AppointmentPath(self, assumptions: a, scale: scale)
        counters.withUnsafeBufferPointer { counters in
            sources.withUnsafeBufferPointer { sources in
            for source in sources where source.total > 0 {
                let factor = scale?.appointments(from: source.kind)
                if let bins = source.bins {
                    service += bins.draw(&random, deal: a.dealMRR, counters: counters, pay: pay, lineShares: source.lineShares,
                                         values: &scratch.queryValues, periods: &scratch.periods, scale: scale.map { (factor ?? 1, $0) })
                    continue
                }
                let appointments = factor.map { random.draw(Poisson(source.total * $0)) } ?? random.draw(source.count)
                for _ in 0..<appointments {
                    let appointment = path.draw(&random, day: Double(source.days.index(random.uniform())))
                    service += count(appointment, lineShares: source.lineShares, counters: counters, scratch: &scratch)
                }
            }
            }
        }
        return finish(&random, assumptions: a, scratch: &scratch, service: service, scale: scale)
    }

    /// Clears a person's scratch before their run.
    package func start(_ scratch: inout PersonScratch) {
        for q in scratch.queryValues.indices { scratch.queryValues[q] = 0 }
        if scratch.periods.count != pay.periods { scratch.periods = Array(repeating: 0, count: pay.periods) }
        for p in scratch.periods.indices { scratch.periods[p] = 0 }
    }

    /// Counts one appointment's events into the counters' slots and its
    /// commission into the pay periods; returns the commission.
    @inline(__always)
    package func count(_ appointment: Appointment, lineShares: [Double], counters: UnsafeBufferPointer<Counter>, scratch: inout PersonScratch) -> Double {
        let times = appointment.times
        for counter in counters where counter.stage < appointment.reached {
            let time = counter.stage == 0 ? times.0 : counter.stage == 1 ? times.1 : counter.stage == 2 ? times.2 : times.3
            if time <= counter.day { scratch.queryValues[counter.slot] += counter.money ? appointment.mrr : 1 }
        }
        guard appointment.reached == 4 else { return 0 }
        let payDay = Int(saturating: times.3.rounded(.up))  // the deal's day: "by day D" counts t <= D
        guard payDay < horizon, payDay >= start else { return 0 }
        let range = pay.ranges[rangeOfDay[payDay - start]]
        let commission = pay.serviceCommission(onAgreementOf: appointment.mrr, in: range, shares: lineShares)
        scratch.periods[range.period] += commission
        return commission
    }

    /// The end of a person's run, once their appointments are counted: hardware
    /// sales, quota attainment, the performance adjustment and pay.
    package func finish(_ random: inout RandomSource, assumptions a: Assumptions, scratch: inout PersonScratch, service: Double,
                        scale: ActivityScale?) -> PersonOutcome {
        var hardware = 0.0
        for range in hardwareSales {
            let sales = scale.map { random.draw(Poisson(range.mean * $0.hardwareSales)) } ?? random.draw(range.sales)
            let perSale = scale.map { range.perSale + range.perProfit * a.hardware.grossProfit * ($0.grossProfit - 1) } ?? range.perSale
            let earned = Double(sales) * perSale
            scratch.periods[range.period] += earned
            hardware += earned
        }
        let quotaSlot = scratch.queryValues.count - 2
        let attainment = quota.map { scratch.queryValues[quotaSlot] / $0.target.value } ?? 0
        let reviewed = quota.map { scratch.queryValues[quotaSlot + 1] / ($0.target.value * reviewTargetShare) } ?? 0
        let adjusted = quota != nil && pay.isAdjusted(reviewedAttainment: reviewed)
        if scratch.keepsPayByPeriod { pay.payByPeriod(earned: scratch.periods, adjusted: adjusted, into: &scratch.payByPeriod) }
        return PersonOutcome(attainment: attainment, adjusted: adjusted, base: pay.base(adjusted: adjusted), serviceCommission: service,
                             hardwareCommission: hardware, draw: pay.drawPaid(earnedByPeriod: scratch.periods))
    }
}

/// How far one appointment goes and when: the stage it reached (1
/// appointment, 2 assessment, 3 proposal, 4 agreement), the day of each
/// stage, and the deal's MRR once it reaches a proposal.
package struct Appointment {
    package var times: (Double, Double, Double, Double)
    package var reached: Int
    package var mrr: Double
}

/// What draws an appointment's path for one seller in one run (the run's stage chances).
package struct AppointmentPath {
    let cycle: Assumptions.Triangle
    let deal: Assumptions.Triangle
    let stages: (assessment: Double, proposal: Double, agreement: Double)
    let assessmentAt: Double
    let proposalAt: Double

    package init(_ seller: SellerDraws, assumptions a: Assumptions, scale: ActivityScale?) {
        cycle = a.cycleDays
        deal = a.dealMRR
        stages = scale.map { (assessment: seller.stages.assessment * $0.steps.0, proposal: seller.stages.proposal * $0.steps.1,
                              agreement: seller.stages.agreement * $0.steps.2) } ?? seller.stages
        // Read once, outside the loop over appointments (a static's lazy check is not free there).
        assessmentAt = Stage.assessment.cycleFraction
        proposalAt = Stage.proposal.cycleFraction
    }

    /// The appointment held on day `x`: its draws in a fixed order.
    @inline(__always)
    package func draw(_ random: inout RandomSource, day x: Double) -> Appointment {
        let length = cycle.quantile(random.uniform())
        var reached = 1
        var mrr = 0.0
        if random.uniform() < stages.assessment {
            reached = 2
            if random.uniform() < stages.proposal {
                reached = 3
                mrr = deal.quantile(random.uniform())
                if random.uniform() < stages.agreement { reached = 4 }
            }
        }
        return Appointment(times: (x, x + assessmentAt * length, x + proposalAt * length, x + length), reached: reached, mrr: mrr)
    }
}
