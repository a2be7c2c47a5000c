import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// The plan conditioned on its actuals (`track`): runs of the plan's own
/// model, each weighted by how likely it makes what was recorded.
///
/// The method (self-normalised importance sampling, exact as the runs grow):
/// 1. A run draws its uncertain assumptions θ from their ranges, as `simulate` does.
/// 2. Touches and conversations are not random in the model; a recorded
///    count is read as a Poisson count around the run's expected one, which
///    weighs the run by its Poisson probability.
/// 3. Appointments are a Poisson process. Their counts between the days
///    appointments were recorded are independent Poissons: the run is
///    weighed by their probability under θ, and exactly that many are drawn
///    in each interval, on days in proportion to the plan's daily rates (the
///    process conditioned on its counts). Days after the last recorded
///    appointments and up to the stream's last actual are drawn as usual.
/// 4. The stages, cycles and deal sizes of those appointments are drawn
///    `replicates` times; each replicate matches the recorded assessments,
///    proposals and agreements exactly or not (MRR within a Gaussian
///    tolerance of a quarter of the mean deal). The share that matches is an
///    unbiased estimate of their probability given θ and the appointments,
///    and multiplies the weight; one matching replicate is kept, at random.
/// 5. The rest of the horizon is drawn from there: the kept appointments'
///    later stages, and every appointment after the last actual.
/// Weighted means and shares over the runs are then the plan's numbers
/// conditioned on the actuals; a test holds them to brute-force rejection
/// sampling (keeping only the runs whose own counts equal the actuals).
package struct Tracker: Sendable {
    package let simulator: Simulator
    package let actuals: [Actual]
    /// Per actual (same order), its query in `simulator.queries`.
    package let slots: [Int]
    let activity: [(slot: Int, value: Double)]
    let groups: [Group]
    let observed: Set<Int>
    package let replicates: Int

    /// Tolerance of an MRR actual, as a share of the mean deal.
    package static let moneyTolerance = 0.25
    /// Replicates of a stream's past per run.
    package static let defaultReplicates = 16
    /// Draws of the uncertain assumptions a run tries, one kept in proportion
    /// to its likelihood (`logLikelihood`): the run's weight is their mean
    /// likelihood, which keeps the estimate unbiased and lets far more runs
    /// count when the actuals pin a rate down (recorded touches nearly fix
    /// `touches_per_day`).
    package static let candidates = 32

    /// The sellers one stream of actuals counts, and what was recorded of them.
    struct Group: Sendable {
        var sellers: [Int]
        /// Cumulative appointments recorded, by day (increasing days).
        var appointments: [(day: Int, count: Int)]
        /// The other recorded counts and MRR: matched replicate by replicate.
        var matched: [(slot: Int, value: Double, money: Bool)]
        /// The stream's last recorded day: its past ends there.
        var lastDay: Int
        /// Per seller of the group, per source: prefix sums of one person's expected appointments by day.
        var prefix: [[[Double]]]
    }

    package struct Problem: Error, Sendable {
        package var message: String
        package var location: SourceLocation
    }

    package init(_ plan: Playbook, replicates: Int = Tracker.defaultReplicates) throws(Problem) {
        guard !plan.actuals.isEmpty else {
            throw Problem(message: "the playbook records no actuals; add `actuals:` with what the reviews counted, e.g. `- {day: 30, metric: appointments, value: 4}`",
                          location: plan.sections["milestones"] ?? .file)
        }
        let queries = plan.actuals.map { actual in
            Query(metric: actual.metric.value, service: actual.service?.value, day: actual.day.value, target: .infinity, role: actual.role?.value)
        }
        let simulator = Simulator(plan, observing: queries)
        let model = simulator.expectation.model
        self.simulator = simulator
        actuals = plan.actuals
        self.replicates = max(1, replicates)
        slots = Array(simulator.observationQueries)
        var activity: [(slot: Int, value: Double)] = []
        var groups: [Actual.Stream: Group] = [:]
        var order: [Actual.Stream] = []
        for (actual, slot) in zip(plan.actuals, slots) {
            guard let stream = actual.stream else { continue }
            let query = simulator.queries[slot]
            let sellers = model.sellers.indices.filter { query.counts(model.sellers[$0]) }
            guard !sellers.isEmpty else {
                let who = stream.role.map { "`\($0)` builds no pipeline for `\(stream.service)`" } ?? "no role builds pipeline for `\(stream.service)`"
                throw Problem(message: "the actual `\(actual.location.keyPath)` cannot be tracked: \(who) in this plan", location: actual.location)
            }
            if let large = sellers.first(where: { !simulator.sellers[$0].drawsEveryPerson }) {
                throw Problem(message: "the actual `\(actual.location.keyPath)` cannot be tracked: `\(model.sellers[large].role.id.value)` is simulated in aggregate (more than \(SellerDraws.personByPersonLimit) persons or \(Int(SellerDraws.aggregatedAppointments)) appointments), and tracking draws each person's appointments",
                              location: actual.location)
            }
            let metric = actual.metric.value
            if metric == .touches || metric == .conversations {
                activity.append((slot, actual.value.value))
                continue
            }
            if groups[stream] == nil {
                order.append(stream)
                groups[stream] = Group(sellers: sellers, appointments: [], matched: [], lastDay: 0, prefix: sellers.map { s in
                    AppointmentSource.allCases.map { source in
                        var prefix = [0.0]
                        for weight in model.days[s].appointments(from: source) { prefix.append(prefix[prefix.count - 1] + weight) }
                        return prefix
                    }
                })
            }
            let lastDay = max(groups[stream]?.lastDay ?? 0, actual.day.value)
            groups[stream]?.lastDay = lastDay
            if metric == .appointments {
                groups[stream]?.appointments.append((actual.day.value, Int(actual.value.value)))
            } else {
                groups[stream]?.matched.append((slot, actual.value.value, metric.isMoney))
            }
        }
        self.activity = activity
        self.groups = order.compactMap { stream in
            groups[stream].map { group in
                var group = group
                group.appointments.sort { $0.day < $1.day }
                return group
            }
        }
        observed = Set(self.groups.flatMap(\.sellers))
    }

    /// Random draws of the conditioned runs, in `SimulationBudget`'s units:
    /// per run, the candidates' draws and, per stream, every replicate's
    /// appointments up to its last actual (the recorded ones and those drawn as
    /// planned), each with its stages and a look at each counter; then the
    /// plan's own draws for the rest. Recorded counts enter as written, so a
    /// playbook claiming a billion appointments is refused, not drawn.
    package func draws(runs: Int) -> Double {
        let plan = simulator.drawsPerRun
        let candidates = Double(simulator.uncertain == nil ? 1 : Self.candidates) * Double((simulator.uncertain?.entries.count ?? 0) + simulator.queries.count)
        let past = groups.reduce(0.0) { total, group in
            let recorded = Double(group.appointments.last?.count ?? 0)
            let planned = group.sellers.reduce(0.0) { sum, s in
                sum + simulator.expectation.model.days[s].appointments.prefix(group.lastDay + 1).reduce(0, +) * Double(simulator.sellers[s].persons)
            }
            let counters = Double(group.sellers.map { simulator.sellers[$0].counters.count }.max() ?? 0)
            // Each recorded interval is visited per seller and source by every candidate and replicate, whatever its count.
            let intervals = Double(group.appointments.count + 1) * Double(group.sellers.count * AppointmentSource.allCases.count)
                * Double((simulator.uncertain == nil ? 1 : Self.candidates) + replicates + 1)
            return total + Double(replicates + 1) * (recorded + planned) * (6 + counters) + intervals
        }
        return Double(runs) * (plan + candidates + past)
    }

    /// One block of conditioned runs, and each run's log weight.
    package func runBlock(_ block: Int, runs: Int, seed: UInt64) -> (result: BlockResult, logWeights: [Double]) {
        let sim = simulator
        let count = min(Simulator.blockSize, runs - block * Simulator.blockSize)
        var random = RandomSource(seed: seed, run: block, stream: Self.stream)
        var result = BlockResult(queries: sim.queries.count, roles: sim.roles.count, capacity: count,
                                 personsPerRun: sim.roles.map { role in role.seller.map { sim.sellers[$0].personsSampled } ?? 0 },
                                 assumptionDraws: sim.uncertain?.entries.count ?? 0)
        var logWeights: [Double] = []
        logWeights.reserveCapacity(count)
        let a = sim.plan.assumptions
        let deterministic = sim.queries.map(sim.deterministicPart)
        let roleOfSeller = sim.sellers.map { seller in sim.roles.firstIndex { $0.seller == seller.index } }
        let activityValues = sim.uncertain.map { _ in DeterministicActivity(sim) }
        let bases = sim.uncertain == nil ? [] : sim.expectation.model.sellers.map(\.activityBasis)
        var draws = [Double](repeating: 0, count: sim.uncertain?.entries.count ?? 0)
        var scales: [ActivityScale?] = Array(repeating: nil, count: sim.sellers.count)
        var values = [Double](repeating: 0, count: sim.queries.count)
        var scratch = PersonScratch(queries: sim.queries.count + 2)
        var pasts = groups.map { group in group.sellers.map { s in
            (0..<sim.sellers[s].persons).map { _ in PersonScratch(queries: sim.queries.count + 2) }
        } }
        var commissions = pasts.map { $0.map { $0.map { _ in 0.0 } } }
        let plannedPaths = sim.sellers.map { AppointmentPath($0, assumptions: a, scale: nil) }
        // Candidate draws of the uncertain assumptions, one kept a run (`candidates`).
        let tries = sim.uncertain == nil ? 1 : Self.candidates
        var candidateDraws = Array(repeating: draws, count: tries)
        var candidateScales = Array(repeating: scales, count: tries)
        var candidateValues = Array(repeating: values, count: tries)
        var candidateLogs = [Double](repeating: 0, count: tries)
        for _ in 0..<count {
            var logWeight: Double
            if let uncertain = sim.uncertain {
                for k in 0..<tries {
                    let ratios = uncertain.draw(&random, values: &candidateDraws[k])
                    for s in bases.indices { candidateScales[k][s] = bases[s].scale(ratios) }
                    activityValues?.values(candidateScales[k], into: &candidateValues[k])
                    candidateLogs[k] = logLikelihood(values: candidateValues[k], scales: candidateScales[k])
                }
                let top = candidateLogs.max() ?? -.infinity
                var kept = 0
                if top > -.infinity {
                    let weights = candidateLogs.map { $0 - top < -700 ? 0 : exp($0 - top) }
                    let total = weights.reduce(0, +)
                    logWeight = top + log(total / Double(tries))
                    kept = random.pick(weights, total: total)
                } else {
                    logWeight = -.infinity
                }
                draws = candidateDraws[kept]
                scales = candidateScales[kept]
                values = candidateValues[kept]
                result.record(assumptionDraws: draws)
            } else {
                for q in values.indices { values[q] = deterministic[q] }
                logWeight = logLikelihood(values: values, scales: scales)
            }
            // The planned rates' paths are built once; a run with drawn rates builds its own.
            let paths = sim.uncertain == nil ? plannedPaths : sim.sellers.indices.map { AppointmentPath(sim.sellers[$0], assumptions: a, scale: scales[$0]) }
            for g in groups.indices {
                // A run that cannot produce the actuals (weight 0) draws no past: there may be no appointment to draw it from.
                guard logWeight > -.infinity else {
                    clear(groups[g], persons: &pasts[g], commissions: &commissions[g])
                    continue
                }
                logWeight += play(groups[g], &random, scales: scales, paths: paths, persons: &pasts[g], commissions: &commissions[g])
            }
            for s in sim.sellers.indices where !observed.contains(s) {
                sim.play(seller: s, &random, scale: scales[s], role: roleOfSeller[s], values: &values, scratch: &scratch, into: &result)
            }
            for (g, group) in groups.enumerated() {
                for (i, s) in group.sellers.enumerated() {
                    for p in pasts[g][i].indices {
                        let person = sim.sellers[s].finish(&random, assumptions: a, scratch: &pasts[g][i][p], service: commissions[g][i][p], scale: scales[s])
                        for q in values.indices { values[q] += pasts[g][i][p].queryValues[q] }
                        if let role = roleOfSeller[s] { result.record(role: role, person) }
                    }
                }
            }
            for (q, query) in sim.queries.enumerated() { result.record(query: q, value: values[q], target: query.target) }
            logWeights.append(logWeight)
        }
        result.runs = count
        return (result, logWeights)
    }

    /// The stream of the conditioned runs (per block), apart from the plan's own.
    static let stream = RandomSource.stream(named: "track:")

    /// One stream's run: its past drawn `replicates` times conditioned on the
    /// recorded appointments, one replicate kept by how it matches the other
    /// actuals, then the rest of the horizon. Leaves each person's counts and
    /// commission so far in `persons` and `commissions`; returns the log weight.
    private func play(_ group: Group, _ random: inout RandomSource, scales: [ActivityScale?], paths: [AppointmentPath],
                      persons: inout [[PersonScratch]], commissions: inout [[Double]]) -> Double {
        let past = intervals(group, scales)
        var states: [RandomSource] = []
        var kernels: [Double] = []
        for _ in 0..<replicates {
            states.append(random)
            playPast(group, past, &random, scales: scales, paths: paths, persons: &persons, commissions: &commissions)
            kernels.append(kernel(group, persons))
        }
        let total = kernels.reduce(0, +)
        guard total > 0 else { return -.infinity }
        // One replicate kept in proportion to its kernel, then drawn again from its saved state.
        var replay = states[random.pick(kernels, total: total)]
        playPast(group, past, &replay, scales: scales, paths: paths, persons: &persons, commissions: &commissions)
        // The rest of the horizon: appointments after the stream's last actual.
        drawAsPlanned(group, &random, scales: scales, paths: paths, from: group.lastDay + 1, through: Int.max, persons: &persons, commissions: &commissions)
        return log(total / Double(replicates))
    }

    /// ln of the probability of the recorded touches and conversations (a
    /// Poisson count around the run's expected one) and of the recorded
    /// appointments between their days (a Poisson count of the run's expected
    /// appointments there): everything the actuals say that depends on the
    /// run's rates alone, before anything is drawn.
    private func logLikelihood(values: [Double], scales: [ActivityScale?]) -> Double {
        var total = activity.reduce(0.0) { $0 + Self.logPoisson($1.value, mean: values[$1.slot]) }
        for group in groups {
            var previous = (day: -1, count: 0)
            for recorded in group.appointments {
                total += Self.logPoisson(Double(recorded.count - previous.count), mean: mass(group, scales, from: previous.day + 1, through: recorded.day))
                previous = recorded
            }
        }
        return total
    }

    /// Every person's appointments up to the stream's last actual, into cleared scratches.
    /// One recorded interval of a stream in a run: where its appointments may
    /// fall (seller of the group, source, days clamped to the seller's) and each
    /// place's expected appointments, every person together. The same for every
    /// replicate of the run, so it is worked out once.
    private struct Interval {
        var count: Int
        var atoms: [(i: Int, source: Int, first: Int, last: Int)] = []
        var masses: [Double] = []
        var total = 0.0
    }

    private func intervals(_ group: Group, _ scales: [ActivityScale?]) -> [Interval] {
        var previous = (day: -1, count: 0)
        return group.appointments.map { recorded in
            var interval = Interval(count: recorded.count - previous.count)
            // The days run to the horizon, or past it under a permission wait: each atom's are clamped to its seller's.
            forEachAtom(group, scales, from: previous.day + 1, through: recorded.day) { i, source, mass, low, high in
                interval.atoms.append((i, source, low, high))
                interval.masses.append(mass * Double(simulator.sellers[group.sellers[i]].persons))
            }
            interval.total = interval.masses.reduce(0, +)
            previous = recorded
            return interval
        }
    }

    /// Every person's appointments up to the stream's last actual, into cleared scratches.
    private func playPast(_ group: Group, _ intervals: [Interval], _ random: inout RandomSource, scales: [ActivityScale?], paths: [AppointmentPath],
                          persons: inout [[PersonScratch]], commissions: inout [[Double]]) {
        let sim = simulator
        clear(group, persons: &persons, commissions: &commissions)
        // Exactly the recorded number in each interval: each on an atom (seller,
        // source, person) in proportion to its expected appointments there.
        for interval in intervals {
            for _ in 0..<interval.count {
                let atom = interval.atoms[random.pick(interval.masses, total: interval.total)]
                let p = min(persons[atom.i].count - 1, Int(random.uniform() * Double(persons[atom.i].count)))
                drawAppointment(sim.sellers[group.sellers[atom.i]], source: atom.source, prefix: group.prefix[atom.i][atom.source],
                                first: atom.first, last: atom.last, &random, path: paths[group.sellers[atom.i]],
                                scratch: &persons[atom.i][p], commission: &commissions[atom.i][p])
            }
        }
        // After the last recorded appointments, up to the stream's last actual: as planned.
        drawAsPlanned(group, &random, scales: scales, paths: paths, from: (group.appointments.last?.day ?? -1) + 1, through: group.lastDay, persons: &persons, commissions: &commissions)
    }

    /// Every person of the group with nothing counted yet.
    private func clear(_ group: Group, persons: inout [[PersonScratch]], commissions: inout [[Double]]) {
        for (i, s) in group.sellers.enumerated() {
            for p in persons[i].indices {
                simulator.sellers[s].start(&persons[i][p])
                commissions[i][p] = 0
            }
        }
    }

    /// Every person's appointments on days `first...last` as the plan draws
    /// them: a Poisson number per seller, source and person, each on a day in
    /// proportion to the daily rate.
    private func drawAsPlanned(_ group: Group, _ random: inout RandomSource, scales: [ActivityScale?], paths: [AppointmentPath],
                               from first: Int, through last: Int, persons: inout [[PersonScratch]], commissions: inout [[Double]]) {
        forEachAtom(group, scales, from: first, through: last) { i, source, mass, first, last in
            let seller = simulator.sellers[group.sellers[i]]
            for p in persons[i].indices {
                for _ in 0..<random.poisson(mass) {
                    drawAppointment(seller, source: source, prefix: group.prefix[i][source], first: first, last: last, &random,
                                    path: paths[group.sellers[i]], scratch: &persons[i][p], commission: &commissions[i][p])
                }
            }
        }
    }

    /// How well a replicate matches the stream's recorded stages and MRR: 1
    /// or 0 for counts, a Gaussian kernel for MRR, multiplied.
    private func kernel(_ group: Group, _ persons: [[PersonScratch]]) -> Double {
        var k = 1.0
        let tolerance = Self.moneyTolerance * simulator.plan.assumptions.dealMRR.mean
        for matched in group.matched {
            let value = persons.reduce(0.0) { total, scratches in scratches.reduce(total) { $0 + $1.queryValues[matched.slot] } }
            if matched.money {
                let z = (value - matched.value) / tolerance
                k *= z * z > 1400 ? 0 : exp(-0.5 * z * z)
            } else if value != matched.value {
                return 0
            }
        }
        return k
    }

    /// Each (seller of the group, source) with expected appointments on days
    /// `first...last` (clamped to the seller's days): one person's mass there under the run's rates.
    private func forEachAtom(_ group: Group, _ scales: [ActivityScale?], from first: Int, through last: Int,
                             _ body: (_ i: Int, _ source: Int, _ mass: Double, _ first: Int, _ last: Int) -> Void) {
        for i in group.sellers.indices {
            let scale = scales[group.sellers[i]]
            for source in AppointmentSource.allCases {
                let prefix = group.prefix[i][source.rawValue]
                let days = prefix.count - 1
                let low = max(0, first), high = min(days - 1, last)
                guard high >= low else { continue }
                let mass = (prefix[high + 1] - prefix[low]) * (scale?.appointments(from: source) ?? 1)
                if mass > 0 { body(i, source.rawValue, mass, low, high) }
            }
        }
    }

    /// The group's expected appointments on days `first...last`, every person together.
    private func mass(_ group: Group, _ scales: [ActivityScale?], from first: Int, through last: Int) -> Double {
        var total = 0.0
        forEachAtom(group, scales, from: first, through: last) { i, _, mass, _, _ in
            total += mass * Double(simulator.sellers[group.sellers[i]].persons)
        }
        return total
    }

    /// One appointment of `source` on a day in `first...last` (in proportion
    /// to the plan's expected appointments there), counted like the simulator's.
    private func drawAppointment(_ seller: SellerDraws, source: Int, prefix: [Double], first: Int, last: Int, _ random: inout RandomSource,
                                 path: AppointmentPath, scratch: inout PersonScratch, commission: inout Double) {
        let target = prefix[first] + random.uniform() * (prefix[last + 1] - prefix[first])
        // The day d with prefix[d] <= target < prefix[d + 1].
        var low = first, high = last
        while low < high {
            let middle = (low + high + 1) / 2
            if prefix[middle] <= target { low = middle } else { high = middle - 1 }
        }
        let appointment = path.draw(&random, day: Double(low))
        let shares = seller.sources[source].lineShares
        seller.counters.withUnsafeBufferPointer { counters in
            commission += seller.count(appointment, lineShares: shares, counters: counters, scratch: &scratch)
        }
    }

    /// ln P(N = n) for N Poisson with `mean`.
    package static func logPoisson(_ n: Double, mean: Double) -> Double {
        guard mean > 0 else { return n == 0 ? 0 : -.infinity }
        return n * log(mean) - mean - logFactorial(n)
    }
}

extension RandomSource {
    /// An index drawn in proportion to `weights` (summing to `total`, some positive).
    mutating func pick(_ weights: [Double], total: Double) -> Int {
        var u = uniform() * total
        var last = weights.count - 1
        for (index, weight) in weights.enumerated() where weight > 0 {
            if u < weight { return index }
            u -= weight
            last = index
        }
        return last
    }
}
