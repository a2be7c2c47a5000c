import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// Turns a YAML tree into a `Playbook`, reporting every reading problem in one
/// pass: the structure check against `PlaybookFormat`, then what the shape
/// alone cannot say (references, the horizon, ordering of triangles, …).
public struct PlaybookDecoder: Sendable {
    public init() {}

    public func decode(_ root: YAMLNode?) -> (playbook: Playbook?, findings: [Finding]) {
        guard let root, root.scalar?.value != .null else {
            return (nil, [Finding(rule: .schemaVersion, message: "the file is empty; a playbook starts with `launchplan: 1`",
                                  at: .file, fix: "Add `launchplan: 1` and the required sections (`dealership`, `roles`, `objectives`, `milestones`); the README has a complete example.")])
        }
        var structure = StructureCheck()
        structure.check(root, against: PlaybookFormat.playbook, at: .root)
        guard root.mapping != nil else { return (nil, structure.findings) }
        var decoding = Decoding(root: root)
        var playbook = decoding.playbook()
        let findings = structure.findings + decoding.findings
        playbook.unreadable = findings.map(\.location.keyPath)
        return (playbook, findings)
    }
}

/// One decoding pass over one tree.
private struct Decoding {
    package let top: MappingReader
    package var findings: [Finding] = []

    package init(root: YAMLNode) {
        top = MappingReader(root, PlaybookFormat.playbook, at: .file)
    }

    package mutating func playbook() -> Playbook {
        let dealership = dealership()
        let launch = launch(dealership)
        let roles = roles()
        var playbook = Playbook(
            dealership: dealership, launch: launch, roles: roles,
            objectives: objectives(dealership, launch), compensation: compensation(dealership),
            territory: territory(), milestones: milestones(dealership),
            assumptions: assumptions(), waivers: waivers(),
            sections: Dictionary((top.node?.mapping ?? []).compactMap { pair in
                pair.key.scalar.map { ($0.text, SourceLocation(mark: pair.key.mark, keyPath: KeyPath.root.appending($0.text))) }
            }, uniquingKeysWith: { first, _ in first }))
        playbook.actuals = actuals(dealership, launch, roles)
        var references = ReferenceCheck(top: top, playbook: playbook)
        references.run()
        findings += references.findings
        return playbook
    }

    private mutating func dealership() -> Dealership {
        let r = top.reader("dealership")
        var seen: Set<String> = []
        return Dealership(name: r.string("name")?.value ?? "", currency: r.defaultedString("currency"),
                          services: r.texts("services").filter { TextShape.isID($0.value) && $0.value != hardwareLine && seen.insert($0.value).inserted }.map { $0.id() },
                          location: r.location)
    }

    private func launch(_ dealership: Dealership) -> Launch {
        let r = top.reader("launch")
        return Launch(title: r.string("title")?.value ?? dealership.name,
                      startDate: r.string("start_date").flatMap { CalendarDate($0.value) },
                      horizonDays: r.defaultedInt("horizon_days"), location: r.location)
    }

    private func roles() -> [Role] {
        top.entries("roles").compactMap { id, node in
            let r = MappingReader(node, PlaybookFormat.role, at: id.location)
            guard let kind = r.word("kind", as: RoleKind.self) else { return nil }
            let status = r.defaultedWord("status", as: RoleStatus.self)
            return Role(id: id.id(), kind: kind.value, title: r.string("title")?.value,
                        headcount: r.defaultedInt("headcount"), status: status,
                        startDay: status == .toHire ? r.defaultedInt("start_day") : 0,
                        services: r.texts("services").map { $0.id() }, location: r.location)
        }
    }

    private mutating func objectives(_ dealership: Dealership, _ launch: Launch) -> [Objective] {
        top.entries("objectives").compactMap { id, node in
            let r = MappingReader(node, PlaybookFormat.objective, at: id.location)
            guard let metric = r.word("metric", as: Metric.self), let target = r.double("target"),
                  let byDay = r.int("by_day"), let owner = r.string("owner") else { return nil }
            if byDay.value > launch.horizonDays {
                report(.schemaType, "objective `\(id.value)` is due on day \(byDay.value), after the plan's horizon of \(launch.horizonDays) days",
                       byDay.location, fix: "Set `by_day` to \(launch.horizonDays) or less, or raise `launch.horizon_days`.")
            }
            return Objective(id: id.id(), metric: metric, service: service(r, metric, dealership, what: "objective `\(id.value)`"),
                             target: target, byDay: byDay, owner: owner.id(),
                             description: r.string("description")?.value, location: r.location)
        }
    }

    /// The service a metric is about: given, implied by a single declared
    /// service, or missing (reported when the metric needs one).
    private mutating func service(_ r: MappingReader, _ metric: Located<Metric>, _ dealership: Dealership, what: String) -> Located<ServiceID>? {
        let given = r.string("service")
        guard metric.value.isService else {
            if let given {
                report(.schemaType, "\(what) counts `hardware-gp`, which is not about a managed service, yet names the service `\(given.value)`",
                       given.location, fix: "Remove `service` here, or count a service metric.")
            }
            return nil
        }
        if let given { return given.id() }
        let declared = dealership.services
        if declared.count == 1 { return Located(declared[0].value, at: r.location) }
        if declared.count > 1, !r.has("service") {
            report(.schemaMissingKey, "\(what) counts `\(metric.value.rawValue)` but does not say for which service, and the dealership launches \(Suggestion.list(declared.map(\.value.rawValue), conjunction: "and"))",
                   r.location, fix: "Add `service: \(declared[0].value)` (or the service meant).")
        }
        return nil
    }

    private mutating func compensation(_ dealership: Dealership) -> [CompPlan] {
        top.entries("compensation").map { role, node in
            let r = MappingReader(node, PlaybookFormat.compPlan, at: role.location)
            return CompPlan(role: role.id(), baseSalary: r.double("base_salary"), quota: quota(r.reader("quota"), dealership, role: role.value),
                            commissions: r.items("commissions").compactMap { commissionLine($0.node, $0.location, dealership) },
                            draw: draw(r.reader("draw")), performanceAdjustment: performanceAdjustment(r.reader("performance_adjustment")),
                            location: r.location)
        }
    }

    private mutating func quota(_ r: MappingReader, _ dealership: Dealership, role: String) -> Quota? {
        guard r.node != nil, let metric = r.word("metric", as: Metric.self), let target = r.double("target"),
              let byDay = r.int("by_day") else { return nil }
        let ramp = r.items("ramp").compactMap { item -> RampStep? in
            let step = MappingReader(item.node, PlaybookFormat.rampStep, at: item.location)
            guard let day = step.int("through_day"), let percent = step.double("percent") else { return nil }
            return RampStep(throughDay: day.value, percent: percent.value, location: step.location)
        }
        return Quota(metric: metric, service: service(r, metric, dealership, what: "the quota of `\(role)`"),
                     target: target, byDay: byDay, ramp: ramp, location: r.location)
    }

    private mutating func commissionLine(_ node: YAMLNode, _ location: SourceLocation, _ dealership: Dealership) -> CommissionLine? {
        let r = MappingReader(node, PlaybookFormat.commissionLine, at: location)
        guard let metric = r.word("metric", as: Metric.self) else { return nil }
        let rates = [r.double("multiple").map { (CommissionLine.Rate.multiple($0.value), $0.location) },
                     r.double("percent").map { (.percent($0.value), $0.location) },
                     r.double("amount").map { (.amount($0.value), $0.location) }].compactMap { $0 }
        guard rates.count == 1 else { return nil }
        if case .multiple = rates[0].0, metric.value == .hardwareGP {
            report(.schemaType, "a `hardware-gp` line cannot pay a `multiple` of MRR; hardware pays a `percent` of gross profit or an `amount` per sale",
                   rates[0].1, fix: "Write `percent:` (of gross profit) or `amount:` (per sale) instead.")
        }
        let segments = r.has("segments") ? r.texts("segments").map { $0.id(SegmentIDKind.self) } : nil
        return CommissionLine(metric: metric, service: service(r, metric, dealership, what: "the commission line `\(location.keyPath)`"),
                              credit: r.defaultedWord("credit", as: CommissionCredit.self),
                              segments: segments, rate: rates[0].0,
                              fromDay: r.int("from_day")?.value, untilDay: r.int("until_day")?.value, location: r.location)
    }

    private func draw(_ r: MappingReader) -> Draw? {
        guard r.node != nil, let monthly = r.double("monthly"), let until = r.int("until_day") else { return nil }
        return Draw(monthly: monthly.value, untilDay: until, recoverable: r.defaultedBool("recoverable"), location: r.location)
    }

    private func performanceAdjustment(_ r: MappingReader) -> PerformanceAdjustment? {
        guard r.node != nil, let review = r.int("review_day"), let below = r.double("below_attainment_percent"),
              let change = r.double("base_salary_change_percent") else { return nil }
        return PerformanceAdjustment(reviewDay: review, belowAttainmentPercent: below.value,
                                     baseSalaryChangePercent: change.value, location: r.location)
    }

    private mutating func territory() -> Territory {
        let r = top.reader("territory")
        let segments = r.entries("segments").compactMap { id, node -> Segment? in
            let s = MappingReader(node, PlaybookFormat.segment, at: id.location)
            guard let kind = s.word("kind", as: SegmentKind.self) else { return nil }
            let accounts = s.int("accounts")?.value
            if kind.value == .customers, !s.has("accounts") {
                report(.schemaMissingKey, "the customers segment `\(id.value)` does not say how many accounts it holds",
                       s.location, fix: "Add `accounts:` with the number of accounts in the installed base.")
            }
            return Segment(id: id.id(), kind: kind.value, accounts: accounts, owner: s.string("owner")?.id(), location: s.location)
        }
        let rules = r.items("rules").compactMap { item -> TerritoryRule? in
            let t = MappingReader(item.node, PlaybookFormat.territoryRule, at: item.location)
            guard let role = t.string("role"), let segment = t.string("segment"),
                  let access = t.word("access", as: Access.self) else { return nil }
            return TerritoryRule(role: role.id(), segment: segment.id(), sells: t.texts("sells").map { Located(ProductLine($0.value), at: $0.location) }, access: access.value,
                                 approvalSLADays: t.int("approval_sla_days")?.value, location: t.location)
        }
        let e = r.reader("escalation")
        let escalation = e.string("role").flatMap { role in
            e.int("sla_days").map { Escalation(role: role.id(), slaDays: $0.value, location: e.location) }
        }
        return Territory(segments: segments, rules: rules, escalation: escalation, location: r.node == nil ? nil : r.location)
    }

    private mutating func milestones(_ dealership: Dealership) -> [Milestone] {
        top.items("milestones").compactMap { item in
            let r = MappingReader(item.node, PlaybookFormat.milestone, at: item.location)
            guard let id = r.string("id"), let day = r.int("day"), let owner = r.string("owner") else { return nil }
            let delivers = r.texts("delivers").compactMap { text in
                ReadinessItem(rawValue: text.value).map { Located($0, at: text.location) }
            }
            let expect = r.items("expect").compactMap { entry -> Expectation? in
                let e = MappingReader(entry.node, PlaybookFormat.expectation, at: entry.location)
                guard let metric = e.word("metric", as: Metric.self), let target = e.double("target") else { return nil }
                return Expectation(metric: metric, service: service(e, metric, dealership, what: "the expectation `\(entry.location.keyPath)`"),
                                   target: target, location: e.location)
            }
            return Milestone(id: id.id(), day: day, owner: owner.id(), title: r.string("title")?.value, delivers: delivers,
                             expect: expect, needs: r.texts("needs").map { $0.id() }, location: r.location)
        }
    }

    /// Every numeric assumption from `Assumptions.numeric`, its default from
    /// the format where the playbook is silent; a triangle out of order is
    /// reported and put in order, so the model still has a valid distribution.
    private mutating func assumptions() -> Assumptions {
        let r = MappingReader(top.node?["assumptions"], PlaybookFormat.assumptions,
                              at: top.locationOf("assumptions"), defaultsPrefix: "")
        var assumptions = Assumptions.zero
        // The list keeps a mapping's keys together: its reader is made once, not per key.
        var parent = (path: ArraySlice<String>(), reader: r)
        for numeric in Assumptions.numeric {
            let path = numeric.path.dropLast()
            if path != parent.path { parent = (path, path.reduce(r) { $0.reader($1) }) }
            let key = numeric.path[numeric.path.count - 1]
            if let range = parent.reader.range(key) {
                let uncertain = Assumptions.Uncertain(key: numeric.key, range: ordered(range), location: range.location)
                assumptions.uncertain.append(uncertain)
                assumptions[numeric: numeric] = uncertain.mean
            } else {
                assumptions[numeric: numeric] = parent.reader.defaulted(key)
            }
        }
        assumptions.cycleDays = ordered(assumptions.cycleDays, r.reader("cycle_days"))
        assumptions.dealMRR = ordered(assumptions.dealMRR, r.reader("deal_mrr"))
        assumptions.hardwareDiversion = r.double("hardware_diversion_percent").map { .percent($0.value) } ?? .auto
        assumptions.defaulted = r.defaultedKeys()
        return assumptions
    }

    /// A range out of order is reported and put in order, like a triangle.
    private mutating func ordered(_ range: Located<Assumptions.Triangle>) -> Assumptions.Triangle {
        let values = [range.value.min, range.value.likely, range.value.max]
        if !(values[0] <= values[1] && values[1] <= values[2]) {
            let shown = zip(["low", "likely", "high"], values).map { "\($0) \(NumberText.amount($1))" }.joined(separator: ", ")
            report(.schemaType, "the range `\(range.location.keyPath)` must have low <= likely <= high, but has \(shown)",
                   range.location, fix: "Order the three values so that low <= likely <= high.")
        }
        let sorted = values.sorted()
        return Assumptions.Triangle(min: sorted[0], likely: sorted[1], max: sorted[2])
    }

    private mutating func ordered(_ triangle: Assumptions.Triangle, _ r: MappingReader) -> Assumptions.Triangle {
        let values = [triangle.min, triangle.likely, triangle.max]
        if !(values[0] <= values[1] && values[1] <= values[2]) {
            let shown = zip(["min", "likely", "max"], values).map { "\($0) \(NumberText.amount($1))" }.joined(separator: ", ")
            report(.schemaType, "`\(r.location.keyPath)` must have min <= likely <= max, but has \(shown)",
                   r.location, fix: "Order the three values so that min <= likely <= max.")
        }
        let sorted = values.sorted()
        return Assumptions.Triangle(min: sorted[0], likely: sorted[1], max: sorted[2])
    }

    /// The recorded actuals, each checked on its own (its day inside the
    /// horizon, a whole number for a count, a selling role) and against the
    /// others of its stream (one value per day and metric, cumulative counts
    /// that never go down, the funnel's order on one day, one stream per
    /// service: the dealership's or its roles').
    private mutating func actuals(_ dealership: Dealership, _ launch: Launch, _ roles: [Role]) -> [Actual] {
        let actuals = top.items("actuals").compactMap { item -> Actual? in
            let r = MappingReader(item.node, PlaybookFormat.actual, at: item.location)
            guard let day = r.int("day"), let metric = r.word("metric", as: Metric.self), let value = r.double("value") else { return nil }
            let what = "the actual `\(item.location.keyPath)`"
            if day.value > launch.horizonDays {
                report(.schemaType, "\(what) is recorded on day \(day.value), after the plan's horizon of \(launch.horizonDays) days",
                       day.location, fix: "Record it on day \(launch.horizonDays) or earlier, or raise `launch.horizon_days`.")
                return nil
            }
            if !metric.value.isMoney, value.value.rounded(.down) != value.value {
                report(.schemaType, "\(what) counts `\(metric.value.rawValue)`, a whole number, but has \(NumberText.amount(value.value))",
                       value.location, fix: "Record the whole number counted.")
                return nil
            }
            let role = r.string("role").map { $0.id(RoleIDKind.self) }
            if let role, let declared = roles.first(where: { $0.id.value == role.value }), !declared.kind.sellsServices {
                report(.schemaType, "\(what) is recorded for `\(role.value)`, a role of kind `\(declared.kind.rawValue)`, which builds no pipeline in the model",
                       role.location, fix: "Record it for a `specialist` or `inside-sales` role, or for the whole dealership (no `role`).")
                return nil
            }
            return Actual(day: day, metric: metric, service: service(r, metric, dealership, what: what), role: role, value: value, location: r.location)
        }
        checkStreams(actuals)
        return actuals
    }

    private mutating func checkStreams(_ actuals: [Actual]) {
        var first: [String: Actual] = [:]
        var byService: [ServiceID: Actual] = [:]
        for actual in actuals {
            guard let stream = actual.stream else { continue }
            let who = stream.role.map { "`\($0)`" } ?? "the dealership"
            if let other = byService[stream.service], (other.role == nil) != (stream.role == nil) {
                report(.schemaType, "actuals for `\(stream.service)` are recorded both for the whole dealership and for a role; `track` needs one or the other",
                       actual.location, related: [.init(other.location, note: "recorded \(other.role == nil ? "for the dealership" : "for a role") here")],
                       fix: "Record every actual of `\(stream.service)` for the dealership (no `role`), or each for its role.")
            } else if byService[stream.service] == nil {
                byService[stream.service] = actual
            }
            let key = "\(stream.service)|\(stream.role?.rawValue ?? "")|\(actual.metric.value.rawValue)|\(actual.day.value)"
            if let earlier = first[key] {
                report(.schemaType, "\(actual.metric.value.rawValue) of \(who) on day \(actual.day.value) is recorded twice",
                       actual.location, related: [.init(earlier.location, note: "first recorded here")], fix: "Keep one of the two.")
                continue
            }
            first[key] = actual
        }
        let unique = Array(first.values)
        for actual in unique {
            guard let stream = actual.stream else { continue }
            let who = stream.role.map { "`\($0)`" } ?? "the dealership"
            let metric = actual.metric.value
            // A cumulative count recorded lower on a later day.
            if let earlier = unique.filter({ $0.stream == stream && $0.metric.value == metric && $0.day.value < actual.day.value && $0.value.value > actual.value.value })
                .min(by: { $0.day.value < $1.day.value }) {
                report(.schemaType, "\(metric.rawValue) of \(who) are counted from day 0, so they cannot fall from \(NumberText.amount(earlier.value.value)) on day \(earlier.day.value) to \(NumberText.amount(actual.value.value)) on day \(actual.day.value)",
                       actual.value.location, related: [.init(earlier.value.location, note: "day \(earlier.day.value)")],
                       fix: "Record the total since day 0 (not the count since the last review), or correct one of the two.")
            }
            // More of a later stage than of the one before it, on one day.
            if let before = metric.funnelPredecessor,
               let earlier = unique.first(where: { $0.stream == stream && $0.metric.value == before && $0.day.value == actual.day.value }),
               earlier.value.value < actual.value.value {
                report(.schemaType, "by day \(actual.day.value), \(who) records \(NumberText.amount(actual.value.value)) \(metric.rawValue) but only \(NumberText.amount(earlier.value.value)) \(before.rawValue); every deal passes through \(before.rawValue) first",
                       actual.value.location, related: [.init(earlier.value.location, note: "\(before.rawValue) on day \(actual.day.value)")],
                       fix: "Correct one of the two: \(metric.rawValue) cannot exceed \(before.rawValue) on the same day.")
            }
        }
    }

    private mutating func waivers() -> [Waiver] {
        top.items("waivers").compactMap { item in
            let r = MappingReader(item.node, PlaybookFormat.waiver, at: item.location)
            guard let rule = r.string("rule"), let reason = r.string("reason") else { return nil }
            if reason.value.allSatisfy(\.isWhitespace) {
                report(.schemaType, "waiver `\(item.location.keyPath)` has an empty reason; a waiver records why the owner accepts the finding",
                       reason.location, fix: "Write the reason the finding is accepted.")
            }
            var at: KeyPath?
            if let text = r.string("at") {
                at = KeyPath(parsing: text.value)
                if at == nil {
                    report(.schemaType, "`\(text.value)` is not a key path; write it like `compensation.mps-specialist.commissions[1]`",
                           text.location, fix: "Use dots between keys and `[i]` for list items.")
                }
            }
            return Waiver(rule: rule, at: at, reason: reason.value, untilDay: r.int("until_day")?.value, location: r.location)
        }
    }

    private mutating func report(_ rule: RuleID, _ message: String, _ location: SourceLocation, related: [Finding.Related] = [], fix: String) {
        findings.append(Finding(rule: rule, message: message, at: location, related: related, fix: fix))
    }
}
