import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// What an edit does to a plan's numbers: the base and head plans simulated
/// with the same seed and common random numbers (`RandomStreams.perRunAndRole`),
/// and for every checkpoint expectation, objective and role with a quota,
/// the change paired run by run with its Monte Carlo standard error.
///
/// Quantities are matched by what they are, not where they are written: a
/// checkpoint expectation by its milestone, metric and service (and its rank
/// among equal ones), an objective by its id, a role by its id. One only in
/// the base is listed as removed, one only in the head as added.
public struct ProjectionChange: Sendable {
    /// A checkpoint expectation or an objective in either plan.
    public struct Quantity: Sendable {
        public enum Kind: Sendable, Equatable {
            case checkpoint(MilestoneID)
            case objective(ObjectiveID)
        }

        public var kind: Kind
        public var metric: Metric
        public var service: ServiceID?
        /// The day it is judged on and its target in each plan (nil where it is absent).
        public var baseDay: Int?
        public var headDay: Int?
        public var baseTarget: Double?
        public var headTarget: Double?
        /// The chance of reaching the target (nil for what the model does not project: `hardware-gp`).
        public var probability: MeasuredChange
        /// The expected value (the mean over the runs).
        public var mean: MeasuredChange
        /// The head's first objective: the one `--fail-on worse` watches.
        public var isPrimary: Bool
    }

    /// A role with a quota in either plan.
    public struct RoleChange: Sendable {
        public var role: RoleID
        /// The median total pay over the horizon, per person (standard error by batch means).
        public var payMedian: MeasuredChange
        /// The chance that the performance adjustment (the salary cut) is triggered;
        /// nil on a side whose comp plan has no such clause.
        public var adjustmentProbability: MeasuredChange
    }

    public var runs: Int
    public var seed: UInt64
    public var base: Projection
    public var head: Projection
    /// In the head's order, then what only the base has.
    public var checkpoints: [Quantity]
    public var objectives: [Quantity]
    public var roles: [RoleChange]

    /// Batches for the standard error of a median: a median is not a mean of
    /// runs, so its paired standard error comes from the spread of the batch
    /// medians' differences (batch means) over this many batches of runs.
    public static let medianBatches = 10

    /// The head's first objective when the base has it too.
    public var primaryObjective: Quantity? {
        objectives.first { $0.isPrimary && $0.baseDay != nil }
    }

    /// Both simulators ran the same runs with `seed` and `perRunAndRole`
    /// streams; their blocks in block order.
    public init(base: Simulator, blocks baseBlocks: [BlockResult], head: Simulator, blocks headBlocks: [BlockResult], seed: UInt64) {
        let baseSide = Side(simulator: base, blocks: baseBlocks, seed: seed)
        let headSide = Side(simulator: head, blocks: headBlocks, seed: seed)
        self.seed = seed
        runs = headSide.projection.mode.runs ?? 0
        self.base = baseSide.projection
        self.head = headSide.projection
        let (baseItems, headItems) = (Item.list(baseSide.projection), Item.list(headSide.projection))
        let primary = head.plan.objectives.first?.id.value
        func quantities(objectives: Bool) -> [Quantity] {
            let keys = headItems.map(\.key).filter { $0.isObjective == objectives }
                + baseItems.map(\.key).filter { key in key.isObjective == objectives && !headItems.contains { $0.key == key } }
            return keys.map { key in
                Self.quantity(key: key, base: baseItems.first { $0.key == key }.map { ($0, baseSide) },
                              head: headItems.first { $0.key == key }.map { ($0, headSide) },
                              isPrimary: key.objective != nil && key.objective == primary)
            }
        }
        checkpoints = quantities(objectives: false)
        objectives = quantities(objectives: true)
        let (baseRoles, headRoles) = (base.roles.map(\.role), head.roles.map(\.role))
        roles = (headRoles + baseRoles.filter { !headRoles.contains($0) }).map { role in
            Self.roleChange(base: baseRoles.firstIndex(of: role).map { (baseSide, $0) },
                            head: headRoles.firstIndex(of: role).map { (headSide, $0) }, role: role)
        }
    }

    /// One plan's simulator, blocks and projection.
    struct Side {
        var simulator: Simulator
        var blocks: [BlockResult]
        var projection: Projection

        init(simulator: Simulator, blocks: [BlockResult], seed: UInt64) {
            self.simulator = simulator
            self.blocks = blocks
            projection = simulator.projection(blocks, seed: seed)
        }

        var runs: Int { blocks.reduce(0) { $0 + $1.runs } }

        /// Each run's value of a query, in run order.
        func values(ofQuery query: Int) -> [Double] { blocks.flatMap { $0.queryValues[query] } }

        /// The persons each run records for a role (0 when it builds no pipeline for its quota).
        func personsPerRun(role: Int) -> Int {
            simulator.roles[role].seller.map { simulator.sellers[$0].personsSampled } ?? 0
        }
    }

    /// What identifies a checkpoint expectation or objective across versions.
    struct Key: Equatable {
        var kind: Quantity.Kind
        var metric: Metric
        var service: ServiceID?
        /// Among expectations of the same milestone, metric and service.
        var rank = 0

        var isObjective: Bool { objective != nil }

        var objective: ObjectiveID? {
            if case .objective(let id) = kind { id } else { nil }
        }
    }

    /// One outline entry of a projection with its simulator query index.
    struct Item {
        var key: Key
        var query: Int
        var day: Int
        var target: Double
        var estimate: Projection.Estimate

        /// In the simulator's query order, which is `Projection.outline`'s:
        /// checkpoint expectations in milestone order, then objectives.
        static func list(_ projection: Projection) -> [Item] {
            var items: [Item] = []
            for checkpoint in projection.checkpoints {
                for expectation in checkpoint.expectations {
                    var key = Key(kind: .checkpoint(checkpoint.milestone), metric: expectation.metric, service: expectation.service)
                    key.rank = items.filter { $0.key.kind == key.kind && $0.key.metric == key.metric && $0.key.service == key.service }.count
                    items.append(Item(key: key,
                                      query: items.count, day: checkpoint.day, target: expectation.target, estimate: expectation.estimate))
                }
            }
            for objective in projection.objectives {
                items.append(Item(key: Key(kind: .objective(objective.objective), metric: objective.metric, service: objective.service),
                                  query: items.count, day: objective.byDay, target: objective.target, estimate: objective.estimate))
            }
            return items
        }
    }

    private static func quantity(key: Key, base: (Item, Side)?, head: (Item, Side)?, isPrimary: Bool) -> Quantity {
        var probability = MeasuredChange(base: base?.0.estimate.probability, head: head?.0.estimate.probability, standardError: nil)
        var mean = MeasuredChange(base: base?.0.estimate.mean, head: head?.0.estimate.mean, standardError: nil)
        if let (b, baseSide) = base, let (h, headSide) = head, baseSide.runs == headSide.runs, mean.change != nil {
            let (baseValues, headValues) = (baseSide.values(ofQuery: b.query), headSide.values(ofQuery: h.query))
            if baseValues.count == headValues.count {
                mean.measure(zip(baseValues, headValues).map { $1 - $0 })
                let (baseTarget, headTarget) = (baseSide.simulator.queries[b.query].target, headSide.simulator.queries[h.query].target)
                func hit(_ value: Double, _ target: Double) -> Double { Query.reaches(value, target) ? 1 : 0 }
                if probability.change != nil {
                    probability.measure(zip(baseValues, headValues).map { hit($1, headTarget) - hit($0, baseTarget) })
                }
            }
        }
        return Quantity(kind: key.kind, metric: key.metric, service: key.service,
                        baseDay: base?.0.day, headDay: head?.0.day, baseTarget: base?.0.target, headTarget: head?.0.target,
                        probability: probability, mean: mean, isPrimary: isPrimary)
    }

    /// A role's pay median and chance of a salary cut in both plans (`r`: its index in each simulator's roles).
    private static func roleChange(base: (Side, Int)?, head: (Side, Int)?, role: RoleID) -> RoleChange {
        let (baseOutcome, headOutcome) = (base.map { $0.projection.roles[$1] }, head.map { $0.projection.roles[$1] })
        var pay = MeasuredChange(base: baseOutcome?.pay.p50, head: headOutcome?.pay.p50, standardError: nil)
        var adjustment = MeasuredChange(base: baseOutcome?.adjustmentProbability, head: headOutcome?.adjustmentProbability, standardError: nil)
        if let (baseSide, b) = base, let (headSide, h) = head, baseSide.runs == headSide.runs {
            let runs = baseSide.runs
            let (baseCount, headCount) = (baseSide.personsPerRun(role: b), headSide.personsPerRun(role: h))
            let basePay = baseSide.blocks.flatMap { $0.pay[b] }, headPay = headSide.blocks.flatMap { $0.pay[h] }
            if pay.change != nil, basePay.count == runs * baseCount, headPay.count == runs * headCount, runs >= 10 * medianBatches {
                let differences = (0..<medianBatches).map { batch in
                    let (from, to) = (batch * runs / medianBatches, (batch + 1) * runs / medianBatches)
                    var baseBatch = Array(basePay[(from * baseCount)..<(to * baseCount)])
                    var headBatch = Array(headPay[(from * headCount)..<(to * headCount)])
                    return (Simulator.percentiles(&headBatch).1 ?? 0) - (Simulator.percentiles(&baseBatch).1 ?? 0)
                }
                pay.standardError = MeasuredChange.standardError(ofMeanOf: differences)
            }
            let baseFlags = baseSide.blocks.flatMap { $0.adjusted[b] }, headFlags = headSide.blocks.flatMap { $0.adjusted[h] }
            if adjustment.change != nil, baseFlags.count == runs * baseCount, headFlags.count == runs * headCount {
                func share(_ flags: [Bool], _ count: Int, run: Int) -> Double {
                    Double(flags[(run * count)..<((run + 1) * count)].filter { $0 }.count) / Double(count)
                }
                adjustment.measure((0..<runs).map { run in
                    share(headFlags, headCount, run: run) - share(baseFlags, baseCount, run: run)
                })
            }
        }
        return RoleChange(role: role, payMedian: pay, adjustmentProbability: adjustment)
    }
}
