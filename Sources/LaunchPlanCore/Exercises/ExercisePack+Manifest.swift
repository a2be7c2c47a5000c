import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension ExercisePack {
    /// What the manifest says of one exercise: everything but its files.
    struct ManifestEntry {
        var id: ExerciseID
        var title: String
        var difficulty: Exercise.Difficulty
        var objective: ObjectiveID
        var targets: [RuleID]
        var invariants: [Invariant]
    }

    /// Reads `manifest.json` (JSON, read by the playbook's own YAML reader:
    /// JSON is YAML's flow style) into its entries, or says what is wrong and where.
    static func manifestEntries(_ text: String) throws(Problem) -> [ManifestEntry] {
        let loaded = YAMLLoader().load(Array(text.utf8))
        if let first = loaded.findings.first {
            throw Problem(message: "\(manifestFile):\(first.location.mark.line):\(first.location.mark.column): \(first.message)")
        }
        guard let list = loaded.root?["exercises"]?.sequence else { throw Problem(message: "\(manifestFile): no `exercises` list") }
        var entries: [ManifestEntry] = []
        for node in list {
            let reader = ManifestReader(node: node)
            let id = try reader.string("id")
            guard TextShape.isID(id) else { throw reader.problem("`\(id)` is not an exercise id (lowercase letters, digits and dashes)") }
            let difficulty = try reader.string("difficulty")
            guard let level = Exercise.Difficulty(rawValue: difficulty) else {
                throw reader.problem("difficulty `\(difficulty)`: expected one of \(Exercise.Difficulty.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", "))")
            }
            let invariants = try (node["invariants"]?.sequence ?? []).map { (item) throws(Problem) in try ManifestReader(node: item).invariant() }
            entries.append(ManifestEntry(id: ExerciseID(id), title: try reader.string("title"), difficulty: level,
                                         objective: ObjectiveID(try reader.string("objective")),
                                         targets: try reader.strings("targets").map { RuleID($0) }, invariants: invariants))
        }
        return entries
    }
}

/// Reads one mapping of the manifest, naming its line in every problem.
private struct ManifestReader {
    var node: YAMLNode

    func problem(_ message: String) -> ExercisePack.Problem {
        ExercisePack.Problem(message: "\(ExercisePack.manifestFile):\(node.mark.line):\(node.mark.column): \(message)")
    }

    func string(_ key: String) throws(ExercisePack.Problem) -> String {
        guard case .string(let text)? = node[key]?.scalar?.value else { throw problem("`\(key)` must be a string") }
        return text
    }

    func optionalString(_ key: String) throws(ExercisePack.Problem) -> String? {
        node[key] == nil ? nil : try string(key)
    }

    func number(_ key: String) throws(ExercisePack.Problem) -> Double {
        guard let number = node[key]?.scalar?.number, number.isFinite else { throw problem("`\(key)` must be a number") }
        return number
    }

    func strings(_ key: String) throws(ExercisePack.Problem) -> [String] {
        guard let items = node[key]?.sequence else { throw problem("`\(key)` must be a list of strings") }
        return try items.map { (item) throws(ExercisePack.Problem) -> String in
            guard case .string(let text)? = item.scalar?.value else { throw problem("`\(key)` must be a list of strings") }
            return text
        }
    }

    func optionalStrings(_ key: String) throws(ExercisePack.Problem) -> [String]? {
        node[key] == nil ? nil : try strings(key)
    }

    func invariant() throws(ExercisePack.Problem) -> Invariant {
        let kind = try string("kind")
        func metric() throws(ExercisePack.Problem) -> Metric {
            let text = try string("metric")
            guard let metric = Metric(rawValue: text) else { throw problem("metric `\(text)` is not a metric of the format") }
            return metric
        }
        switch kind {
        case "roles-kept":
            return .rolesKept(roles: try optionalStrings("roles")?.map { RoleID($0) }, kindMayChange: (try optionalStrings("kind_may_change") ?? []).map { RoleID($0) })
        case "quota-kept":
            return .quotaKept(role: RoleID(try string("role")), metric: try metric(), service: try optionalString("service").map { ServiceID($0) }, atLeast: try number("at_least"))
        case "objective-kept":
            return .objectiveKept(ObjectiveID(try string("objective")), atLeast: try number("at_least"))
        case "accounts-kept":
            return .accountsKept(role: RoleID(try string("role")))
        case "access-kept":
            return .accessKept(role: RoleID(try string("role")), segment: SegmentID(try string("segment")))
        case "draw-kept":
            return .drawKept(role: RoleID(try string("role")))
        case "milestones-kept":
            return .milestonesKept(try optionalStrings("milestones")?.map { MilestoneID($0) })
        case "services-kept":
            return .servicesKept
        case "assumptions-kept":
            return .assumptionsKept(except: try optionalStrings("except") ?? [])
        default:
            throw problem("invariant `\(kind)`: expected one of \(Invariant.names.filter { $0 != "no-new-waivers" }.map { "`\($0)`" }.joined(separator: ", ")) (every exercise has `no-new-waivers`)")
        }
    }
}
