import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// Every id the playbook refers to must be declared (`unknown-reference`,
/// with "did you mean"); milestone ids must be unique (`duplicate-id`).
package struct ReferenceCheck {
    package let top: MappingReader
    package let playbook: Playbook
    private(set) var findings: [Finding] = []

    /// Declared ids, taken from the raw keys so that an entry with other
    /// problems still counts as declared.
    private let roles: Declared
    private let services: Declared
    private let segments: Declared
    private let milestones: Declared
    private let productLines: Declared
    private var suggestionsLeft = 100

    package init(top: MappingReader, playbook: Playbook) {
        self.top = top
        self.playbook = playbook
        roles = Declared(top.entries("roles").map(\.id.value))
        let services = top.reader("dealership").texts("services").map(\.value)
        self.services = Declared(services)
        productLines = Declared(services + [hardwareLine])
        segments = Declared(top.reader("territory").entries("segments").map(\.id.value))
        milestones = Declared(top.items("milestones").compactMap { $0.node["id"]?.scalar?.text })
    }

    package mutating func run() {
        checkReferences()
        checkMilestoneIDs()
    }

    private mutating func checkReferences() {
        for role in playbook.roles {
            for service in role.services { refer(service, to: "service", among: services, declaredIn: "dealership.services") }
        }
        for objective in playbook.objectives {
            refer(objective.owner, to: "role", among: roles, declaredIn: "roles")
            refer(objective.service, to: "service", among: services, declaredIn: "dealership.services")
        }
        for plan in playbook.compensation {
            refer(plan.role, to: "role", among: roles, declaredIn: "roles")
            refer(plan.quota?.service, to: "service", among: services, declaredIn: "dealership.services")
            for line in plan.commissions {
                refer(line.service, to: "service", among: services, declaredIn: "dealership.services")
                for segment in line.segments ?? [] { refer(segment, to: "segment", among: segments, declaredIn: "territory.segments") }
            }
        }
        let territory = playbook.territory
        for segment in territory.segments { refer(segment.owner, to: "role", among: roles, declaredIn: "roles") }
        for rule in territory.rules {
            refer(rule.role, to: "role", among: roles, declaredIn: "roles")
            refer(rule.segment, to: "segment", among: segments, declaredIn: "territory.segments")
            for line in rule.sells {
                refer(line, to: "product line", among: productLines, declaredIn: "dealership.services (or `hardware`)")
            }
        }
        refer(territory.escalation?.role, to: "role", among: roles, declaredIn: "roles")
        for actual in playbook.actuals {
            refer(actual.role, to: "role", among: roles, declaredIn: "roles")
            refer(actual.service, to: "service", among: services, declaredIn: "dealership.services")
        }
        for milestone in playbook.milestones {
            refer(milestone.owner, to: "role", among: roles, declaredIn: "roles")
            for need in milestone.needs { refer(need, to: "milestone", among: milestones, declaredIn: "milestones") }
            for expectation in milestone.expect {
                refer(expectation.service, to: "service", among: services, declaredIn: "dealership.services")
            }
        }
    }

    private mutating func refer<Kind>(_ reference: Located<Identifier<Kind>>?, to noun: String, among declared: Declared, declaredIn place: String) {
        refer(reference.map { Located($0.value.rawValue, at: $0.location) }, to: noun, among: declared, declaredIn: place)
    }

    private mutating func refer(_ reference: Located<ProductLine>?, to noun: String, among declared: Declared, declaredIn place: String) {
        refer(reference.map { Located($0.value.id, at: $0.location) }, to: noun, among: declared, declaredIn: place)
    }

    private mutating func refer(_ reference: Located<String>?, to noun: String, among declared: Declared, declaredIn place: String) {
        guard let reference, !declared.set.contains(reference.value) else { return }
        let shown = Suggestion.echo(reference.value)
        var message = "the \(noun) `\(shown)` is not declared in \(place)"
        var fix = "Declare `\(shown)` in \(place), or refer to one that is."
        // A file with hundreds of bad references gets suggestions for the first ones only.
        suggestionsLeft -= 1
        if suggestionsLeft >= 0, let suggestion = Suggestion.closest(to: reference.value, among: declared.list) {
            message += "; did you mean `\(suggestion)`?"
            fix = "Write `\(suggestion)`."
        } else {
            var seen: Set<String> = []
            let unique = declared.list.filter { seen.insert($0).inserted }
            if !unique.isEmpty, unique.count <= 8 {
                message += " (declared: \(Suggestion.list(unique, conjunction: "and")))"
            }
        }
        findings.append(Finding(rule: .unknownReference, message: message, at: reference.location, fix: fix))
    }

    private mutating func checkMilestoneIDs() {
        var first: [MilestoneID: SourceLocation] = [:]
        for milestone in playbook.milestones {
            let id = milestone.id
            if let earlier = first[id.value] {
                findings.append(Finding(
                    rule: .duplicateID, message: "two milestones have the id `\(id.value)`; `needs` and reports could not tell them apart",
                    at: id.location, related: [.init(earlier, note: "`\(id.value)` first used here")],
                    fix: "Give this milestone an id of its own, such as `\(id.value)-2`."))
            } else {
                first[id.value] = id.location
            }
        }
    }
}

/// Ids declared in one place: in file order for suggestions and lists, and
/// as a set so each reference is checked in constant time.
private struct Declared {
    package let list: [String]
    package let set: Set<String>

    package init(_ list: [String]) {
        self.list = list
        set = Set(list)
    }
}
