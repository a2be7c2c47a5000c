import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// The Monte Carlo simulator over the shared `PipelineModel`:
/// each run draws every person's appointments (Poisson, by source and day),
/// each appointment's stages, cycle and deal MRR, and hardware sales, then
/// computes checkpoints, objectives, quota attainment and pay. Runs come in
/// fixed blocks with their own seeds, so any number of threads gives the same
/// numbers; the command line decides which thread runs which block.
public struct Simulator: Sendable {
    public let plan: Playbook
    public let expectation: ExpectationModel
    package let sellers: [SellerDraws]
    package let queries: [Query]
    package let roles: [RoleDraws]
    /// Whether blocks keep every run's values for percentiles; sensitivity
    /// variants report only a probability and keep none.
    package let keepsDistributions: Bool

    /// Runs per block: blocks are the unit of seeding and of parallel work.
    public static let blockSize = 1000

    /// How runs draw their random numbers.
    public enum RandomStreams: Sendable {
        /// One stream per block of `blockSize` runs: what `simulate` and `report` use.
        case perBlock
        /// One stream per run and selling role (`RandomSource(seed:run:stream:)`):
        /// run i of two versions of a plan draws each role's pipeline from the
        /// same numbers, even where an earlier run or another role drew more or
        /// fewer, so that their per-run difference is the change and as little
        /// noise as possible (`diff`'s common random numbers).
        case perRunAndRole
    }

    public let streams: RandomStreams
    /// Per seller, its stream under `perRunAndRole` (from the role's id).
    private let sellerStreams: [UInt64]
    /// The stream of a run's uncertain assumptions under `perRunAndRole`
    /// (a name no role id can have: ids have no colon).
    static let assumptionStream = RandomSource.stream(named: "assumptions:")

    /// How many of `queries` are the outline's (checkpoint expectations, then
    /// objectives); the trajectory queries, if any, follow.
    package let outlineQueries: Int
    /// Where the observed actuals' queries are (`observing`), after the outline's and the trajectories'.
    package let observationQueries: Range<Int>

    /// Whether runs keep each role's pay period by period (the report's "would you take this job?").
    package let keepsPayByPeriod: Bool

    /// The plan's uncertain assumptions, drawn once a run; nil when it has none.
    package let uncertain: UncertainDraws?

    /// - Parameter reportDetail: also estimate what only the owner's report
    ///   shows: every service's cumulative new MRR at `Projection.trajectoryDays`
    ///   (the fan chart) and each role's pay period by period (one person a run).
    /// - Parameter streams: per block (`simulate`, `report`) or per run and role (`diff`).
    public init(_ plan: Playbook, keepsDistributions: Bool = true, reportDetail: Bool = false, streams: RandomStreams = .perBlock) {
        self.init(plan, keepsDistributions: keepsDistributions, reportDetail: reportDetail, streams: streams, observing: [])
    }

    /// - Parameter observing: more queries to count (`track`'s actuals), after all the others;
    ///   counting draws no random number, so every other number stays the same.
    package init(_ plan: Playbook, keepsDistributions: Bool = true, reportDetail: Bool = false, streams: RandomStreams = .perBlock,
                 observing: [Query]) {
        self.plan = plan
        self.streams = streams
        self.keepsDistributions = keepsDistributions
        keepsPayByPeriod = reportDetail && keepsDistributions
        expectation = ExpectationModel(plan)
        // The same order as Projection.outline: checkpoint expectations, then objectives.
        var queries: [Query] = []
        _ = Projection.outline(plan) { _, metric, service, day, target in
            queries.append(Query(metric: metric, service: service, day: day, target: target))
            return .expected(nil)
        }
        outlineQueries = queries.count
        if reportDetail {
            for service in plan.dealership.services.map(\.value) {
                for day in Projection.trajectoryDays(horizon: plan.launch.horizonDays) {
                    queries.append(Query(metric: .newMRR, service: service, day: day, target: .infinity))
                }
            }
        }
        observationQueries = queries.count..<(queries.count + observing.count)
        queries += observing
        self.queries = queries
        uncertain = UncertainDraws(expectation.model)
        let expectation = self.expectation
        sellers = expectation.model.sellers.indices.map { SellerDraws(seller: $0, model: expectation, queries: queries) }
        sellerStreams = expectation.model.sellers.map { RandomSource.stream(named: $0.role.id.value.rawValue) }
        roles = plan.compensation.filter { $0.quota != nil }.map { comp in
            RoleDraws(role: comp.role.value, seller: expectation.sellerIndex(of: comp.role.value).flatMap { index in
                expectation.quotaAttainment(of: comp.role.value) == nil ? nil : index
            })
        }
    }

    /// Blocks for `runs` runs (written so that no run count overflows it).
    public static func blockCount(runs: Int) -> Int { max(0, runs / blockSize + (runs % blockSize > 0 ? 1 : 0)) }

    /// One block of runs: block `block` of `runs` in all, with the run seed.
    public func runBlock(_ block: Int, runs: Int, seed: UInt64) -> BlockResult {
        let count = min(Self.blockSize, runs - block * Self.blockSize)
        var random = RandomSource(seed: seed, block: block)
        var result = BlockResult(queries: queries.count, roles: roles.count, keepsValues: keepsDistributions,
                                 capacity: count, personsPerRun: roles.map { role in role.seller.map { sellers[$0].personsSampled } ?? 0 },
                                 payPeriods: keepsPayByPeriod ? roles.map { role in role.seller.map { sellers[$0].pay.periods } ?? 0 } : nil,
                                 assumptionDraws: uncertain?.entries.count ?? 0)
        var queryValues = [Double](repeating: 0, count: queries.count)
        var scratch = PersonScratch(queries: queries.count + 2, keepsPayByPeriod: keepsPayByPeriod)
        let deterministic = queries.map(deterministicPart)
        let roleOfSeller = sellers.map { seller in roles.firstIndex { $0.seller == seller.index } }
        // With uncertain assumptions: each run's draws, and each seller's activity scaled by them.
        let activity = uncertain.map { _ in DeterministicActivity(self) }
        let bases = uncertain == nil ? [] : expectation.model.sellers.map(\.activityBasis)
        var draws = [Double](repeating: 0, count: uncertain?.entries.count ?? 0)
        var scales: [ActivityScale?] = Array(repeating: nil, count: sellers.count)
        for run in 0..<count {
            if let uncertain {
                // Under per-run streams the assumptions have a stream of their own, so two
                // versions of a plan draw a run's assumptions from the same numbers.
                if streams == .perRunAndRole {
                    random = RandomSource(seed: seed, run: block * Self.blockSize + run, stream: Self.assumptionStream)
                }
                let ratios = uncertain.draw(&random, values: &draws)
                for s in bases.indices { scales[s] = bases[s].scale(ratios) }
                result.record(assumptionDraws: draws)
                activity?.values(scales, into: &queryValues)
            } else {
                for q in queryValues.indices { queryValues[q] = deterministic[q] }  // the last two scratch slots stay personal
            }
            for s in sellers.indices {
                if streams == .perRunAndRole {
                    random = RandomSource(seed: seed, run: block * Self.blockSize + run, stream: sellerStreams[s])
                }
                play(seller: s, &random, scale: scales[s], role: roleOfSeller[s], values: &queryValues, scratch: &scratch, into: &result)
            }
            for (q, query) in queries.enumerated() {
                result.record(query: q, value: queryValues[q], target: query.target)
            }
        }
        result.runs = count
        return result
    }

    /// One seller's part of a run: each person drawn and counted into
    /// `values` (or, for a large role, the dealership's counts at once and one
    /// person sampled), each sampled person recorded for `role`.
    @inline(__always)
    package func play(seller s: Int, _ random: inout RandomSource, scale: ActivityScale?, role: Int?, values: inout [Double],
                      scratch: inout PersonScratch, into result: inout BlockResult) {
        let seller = sellers[s]
        let a = plan.assumptions
        guard seller.drawsEveryPerson else {
            seller.drawDealership(&random, deal: a.dealMRR, values: &values, periods: &scratch.periods, scale: scale)
            if let role {
                result.record(role: role, seller.draw(&random, assumptions: a, scratch: &scratch, scale: scale), payByPeriod: scratch.payByPeriod)
            }
            return
        }
        for p in 0..<seller.persons {
            let person = seller.draw(&random, assumptions: a, scratch: &scratch, scale: scale)
            for q in values.indices { values[q] += scratch.queryValues[q] }
            // Pay by period is kept for the first person of a run: the others are alike.
            if let role { result.record(role: role, person, payByPeriod: p == 0 ? scratch.payByPeriod : nil) }
        }
    }

    /// Touches and conversations are not random: their expected value is added to every run.
    package func deterministicPart(_ query: Query) -> Double {
        guard query.isModeled, query.metric == .touches || query.metric == .conversations else { return 0 }
        return query.expected(in: expectation)
    }
}

/// Touches and conversations with uncertain rates: per query and seller,
/// the expected customer and prospect parts with the planned rates, which a
/// run scales by its draws (`ActivityScale`), so they stay not random within a run.
package struct DeterministicActivity {
    /// Per query: (seller, customer part, prospect part), the dealership's (times headcount).
    let parts: [[(seller: Int, customers: Double, prospects: Double, conversations: Bool)]]

    init(_ simulator: Simulator) {
        let model = simulator.expectation.model
        parts = simulator.queries.map { query in
            guard query.isModeled, query.metric == .touches || query.metric == .conversations else { return [] }
            let conversations = query.metric == .conversations
            return model.sellers.indices.compactMap { index in
                let seller = model.sellers[index]
                let days = model.days[index]
                guard query.counts(seller) else { return nil }
                let last = min(query.day, days.serviceTouches.count - 1)
                guard last >= 0 else { return nil }
                let persons = Double(seller.role.headcount)
                let customers = days.customerTouches[0...last].reduce(0, +) * persons
                let prospects = days.prospectTouches[0...last].reduce(0, +) * persons
                return conversations
                    ? (index, customers * seller.customerConversationRate, prospects * seller.prospectConversationRate, true)
                    : (index, customers, prospects, false)
            }
        }
    }

    /// Every query's value in a run with sellers' activity `scales` (0 for the queries that are drawn).
    func values(_ scales: [ActivityScale?], into values: inout [Double]) {
        for q in parts.indices {
            var total = 0.0
            for part in parts[q] {
                guard let scale = scales[part.seller] else { continue }
                total += part.conversations
                    ? part.customers * scale.customerConversations + part.prospects * scale.prospectConversations
                    : part.customers * scale.customerTouches + part.prospects * scale.prospectTouches
            }
            values[q] = total
        }
    }
}

/// A checkpoint expectation or objective the simulator counts.
package struct Query: Sendable {
    package var metric: Metric
    package var service: ServiceID?
    package var day: Int
    package var target: Double
    /// Counts only this selling role's events (an actual recorded for a role); nil counts every seller of the service.
    package var role: RoleID? = nil

    /// Whether the query counts `seller`'s events.
    package func counts(_ seller: Seller) -> Bool {
        seller.service == service && (role == nil || role == seller.role.id.value)
    }

    /// The expectation model's mean of what the query counts: every seller it counts, times headcount.
    package func expected(in model: ExpectationModel) -> Double {
        model.model.sellers.indices.reduce(0.0) { total, index in
            let seller = model.model.sellers[index]
            return counts(seller) ? total + model.perPerson(metric, seller: index, byDay: day) * Double(seller.role.headcount) : total
        }
    }

    /// Hardware gross profit is the reps' business, outside the model: no verdict.
    package var isModeled: Bool { metric != .hardwareGP }

    /// Whether a run's value reaches the target: the one test behind every
    /// probability. A small tolerance: money sums must not miss a target they meet by rounding.
    package static func reaches(_ value: Double, _ target: Double) -> Bool {
        value >= target * (1 - 1e-9)
    }
}

package struct RoleDraws: Sendable {
    package var role: RoleID
    /// The seller index when the role builds pipeline for its quota.
    package var seller: Int?
}

/// One person's results in one run.
package struct PersonOutcome: Sendable {
    package var attainment: Double
    package var adjusted: Bool
    package var base: Double
    package var serviceCommission: Double
    package var hardwareCommission: Double
    package var draw: Double

    package var pay: Double { base + serviceCommission + hardwareCommission + draw }
}

/// Buffers reused across runs, so that a run allocates nothing.
package struct PersonScratch {
    package var queryValues: [Double]
    /// Commission earned in each pay period, for the draw.
    package var periods: [Double] = []
    /// Pay in each pay period (base, commission, draw), when the run keeps it.
    package var payByPeriod: [Double] = []
    package let keepsPayByPeriod: Bool

    package init(queries: Int, keepsPayByPeriod: Bool = false) {
        queryValues = Array(repeating: 0, count: queries)
        self.keepsPayByPeriod = keepsPayByPeriod
    }
}
