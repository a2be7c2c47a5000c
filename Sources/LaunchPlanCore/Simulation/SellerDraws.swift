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
            switch metric {
            case .appointments: (stage, money) = (0, false)
            case .assessments: (stage, money) = (1, false)
            case .proposals: (stage, money) = (2, false)
            case .pipelineMRR: (stage, money) = (2, true)
            case .agreements: (stage, money) = (3, false)
            case .newMRR: (stage, money) = (3, true)
            case .touches, .conversations, .hardwareGP: return nil
            }
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
    package let baseSalary: Double
    package let serviceLines: [CommissionLine]
    /// Hardware sales per hardware line and 30-day pay period.
    package let hardwareSales: [[Poisson]]
    package let hardwareLines: [CommissionLine]
    package let draw: Draw?
    package let periods: Int
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
        let serviceLines = (comp?.commissions ?? []).filter {
            $0.metric.value.isService && $0.credit == .ownSales && $0.service?.value == seller.service
        }
        self.serviceLines = serviceLines
        var counters = queries.enumerated().compactMap { q, query in
            query.service == seller.service ? Counter(metric: query.metric, slot: q, day: query.day) : nil
        }
        let quota = model.quotaAttainment(of: seller.role.id.value) == nil ? nil : comp?.quota
        let review = comp?.performanceAdjustment
        if let quota {
            counters += [Counter(metric: quota.metric.value, slot: queries.count, day: quota.byDay.value),
                         Counter(metric: quota.metric.value, slot: queries.count + 1,
                                 day: review.map { min($0.reviewDay.value, quota.byDay.value) } ?? -1)].compactMap { $0 }
        }
        let stages = (a.stages.assessmentPercent / 100, a.stages.proposalPercent / 100, a.stages.agreementPercent / 100)
        let allAppointments = days.appointments.reduce(0, +) * Double(persons)
        let drawsEveryPerson = persons <= Self.personByPersonLimit && !(allAppointments > Self.aggregatedAppointments)
        self.drawsEveryPerson = drawsEveryPerson
        // The dealership's counts only: a sampled person's own slots and pay are drawn with the person.
        let dealershipCounters = counters.filter { $0.slot < queries.count }
        func source(_ values: [Double], share: (CommissionLine) -> Double) -> Source {
            let total = values.reduce(0, +)
            func bins(_ counters: [Counter], scale: Double, pays: Bool) -> StageBins {
                StageBins(appointments: values, scale: scale, stages: stages, cycle: a.cycleDays,
                          cuts: .init(counters: counters, start: start, horizon: horizon, lines: pays ? serviceLines : [], pays: pays))
            }
            return Source(days: AliasTable(weights: values), total: total, count: Poisson(total), lineShares: serviceLines.map(share),
                          bins: total > Self.aggregatedAppointments ? bins(counters, scale: 1, pays: true) : nil,
                          roleBins: drawsEveryPerson || !(total > 0) ? nil : bins(dealershipCounters, scale: Double(persons), pays: false))
        }
        func fraction(_ segments: [Segment], of line: CommissionLine) -> Double {
            guard let named = line.segments?.map(\.value) else { return 1 }
            let accounts = segments.reduce(0.0) { $0 + Double($1.accounts ?? 0) }
            guard !segments.isEmpty else { return 0 }
            return segments.filter { named.contains($0.id.value) }.reduce(0.0) {
                $0 + (accounts > 0 ? Double($1.accounts ?? 0) / accounts : 1 / Double(segments.count))
            }
        }
        sources = [
            source(days.customerAppointments) { fraction(seller.customerSegments, of: $0) },
            source(days.prospectAppointments) { fraction(seller.prospectSegments, of: $0) },
            source(days.referralAppointments) { $0.segments == nil ? 1 : 0 },
            source(days.introductionAppointments) { line in
                guard let named = line.segments?.map(\.value) else { return 1 }
                return seller.introducers.contains { $0.segments.contains(where: named.contains) } ? 1 : 0
            },
        ]
        self.quota = quota
        self.review = review
        self.counters = counters
        self.dealershipCounters = dealershipCounters
        reviewTargetShare = review.flatMap { review in
            comp?.quota.map { $0.byDay.value > review.reviewDay.value ? $0.rampShare(through: review.reviewDay.value) : 1 }
        } ?? 1
        baseSalary = comp?.baseSalary?.value ?? 0
        hardwareLines = seller.diversion.lines
        let periods = max(1, (horizon - start + 29) / 30)
        self.periods = periods
        hardwareSales = seller.diversion.lines.map { line in
            (0..<periods).map { period in
                let first = start + period * 30, last = min(plan.launch.horizonDays - 1, first + 29)
                guard last >= first else { return Poisson(0) }
                return Poisson((first...last).reduce(0.0) { total, day in
                    line.isInForce(on: day) && day < days.hardwareTouches.count ? total + days.hardwareTouches[day] : total
                } / a.hardware.touchesPerSale)
            }
        }
        draw = comp?.draw
        self.stages = stages
    }

    /// All persons' events at once, added to the dealership's counts in
    /// `values`, for a role not drawn person by person.
    package func drawDealership(_ random: inout RandomSource, deal: Assumptions.Triangle, values: inout [Double], periods: inout [Double]) {
        dealershipCounters.withUnsafeBufferPointer { counters in
            sources.withUnsafeBufferPointer { sources in
                for s in sources.indices where sources[s].roleBins != nil {
                    _ = sources[s].roleBins?.draw(&random, deal: deal, counters: counters, lines: [], lineShares: [], values: &values, periods: &periods)
                }
            }
        }
    }

    /// One person's run: their events counted into `scratch.queryValues`,
    /// their attainment and pay returned.
    package func draw(_ random: inout RandomSource, assumptions a: Assumptions, scratch: inout PersonScratch) -> PersonOutcome {
        for q in scratch.queryValues.indices { scratch.queryValues[q] = 0 }
        if scratch.periods.count != periods { scratch.periods = Array(repeating: 0, count: periods) }
        for p in 0..<periods { scratch.periods[p] = 0 }
        var service = 0.0
        let cycle = a.cycleDays
        let deal = a.dealMRR
        let stages = self.stages
        counters.withUnsafeBufferPointer { counters in
            sources.withUnsafeBufferPointer { sources in
            for source in sources where source.total > 0 {
                if let bins = source.bins {
                    service += bins.draw(&random, deal: deal, counters: counters, lines: serviceLines, lineShares: source.lineShares,
                                         values: &scratch.queryValues, periods: &scratch.periods)
                    continue
                }
                let appointments = random.draw(source.count)
                for _ in 0..<appointments {
                    // How far this appointment goes, and when: draws in a fixed order.
                    let x = Double(source.days.index(random.uniform()))
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
                    let times = (x, x + 0.25 * length, x + 0.6 * length, x + length)
                    for counter in counters where counter.stage < reached {
                        let time = counter.stage == 0 ? times.0 : counter.stage == 1 ? times.1 : counter.stage == 2 ? times.2 : times.3
                        if time <= counter.day { scratch.queryValues[counter.slot] += counter.money ? mrr : 1 }
                    }
                    guard reached == 4 else { continue }
                    let payDay = Int(saturating: times.3.rounded(.up))  // the deal's day: "by day D" counts t <= D
                    guard payDay < horizon, payDay >= start else { continue }
                    for (l, line) in serviceLines.enumerated() where line.isInForce(on: payDay) {
                        let commission = line.commission(onAgreementOf: mrr) * source.lineShares[l]
                        scratch.periods[(payDay - start) / 30] += commission
                        service += commission
                    }
                }
            }
            }
        }
        var hardware = 0.0
        for (l, line) in hardwareLines.enumerated() {
            let perSale = line.commission(onHardwareSaleOf: a.hardware.grossProfit)
            for p in 0..<periods {
                let earned = Double(random.draw(hardwareSales[l][p])) * perSale
                scratch.periods[p] += earned
                hardware += earned
            }
        }
        let quotaSlot = scratch.queryValues.count - 2
        let attainment = quota.map { scratch.queryValues[quotaSlot] / $0.target.value } ?? 0
        let reviewed = quota.map { scratch.queryValues[quotaSlot + 1] / ($0.target.value * reviewTargetShare) } ?? 0
        var base = baseSalary * Double(max(0, horizon - start)) / 365
        var adjusted = false
        if let review, quota != nil, reviewed * 100 < review.belowAttainmentPercent {
            adjusted = true
            base += baseSalary * Double(max(0, horizon - max(start, review.reviewDay.value + 1))) / 365 * review.baseSalaryChangePercent / 100
        }
        return PersonOutcome(attainment: attainment, adjusted: adjusted, base: base, serviceCommission: service,
                             hardwareCommission: hardware, draw: draw?.paid(earnedByPeriod: scratch.periods, startDay: start) ?? 0)
    }
}
