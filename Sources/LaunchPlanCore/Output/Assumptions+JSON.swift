import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Assumptions {
    /// The values a run used, defaults included, keyed and nested as the
    /// playbook writes them, in the format's order: built from `Assumptions.numeric`.
    /// An uncertain assumption shows its range `{low, likely, high}`.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        for numeric in Self.numeric {
            var value: JSONValue = switch numeric.field {
            case .number(let path): .number(self[keyPath: path])
            case .whole(let path): .int(self[keyPath: path])
            }
            // A range as the playbook writes it; the model uses its mean.
            if let range = uncertain(numeric.key)?.range {
                value = .object([("low", .number(range.min)), ("likely", .number(range.likely)), ("high", .number(range.max))])
            }
            Self.insert(value, at: numeric.path[...], into: &members)
        }
        let diversion: JSONValue = switch hardwareDiversion {
        case .auto: .string("auto")
        case .percent(let percent): .number(percent)
        }
        members.append(("hardware_diversion_percent", diversion))
        return .object(members)
    }

    /// Puts `value` at a dotted path, reusing the object of an earlier key with the same first part.
    private static func insert(_ value: JSONValue, at path: ArraySlice<String>, into members: inout [(String, JSONValue)]) {
        guard let first = path.first else { return }
        guard path.count > 1 else { return members.append((first, value)) }
        var inner: [(String, JSONValue)] = []
        if let index = members.firstIndex(where: { $0.0 == first }), case .object(let existing) = members[index].1 {
            inner = existing
            insert(value, at: path.dropFirst(), into: &inner)
            members[index].1 = .object(inner)
        } else {
            insert(value, at: path.dropFirst(), into: &inner)
            members.append((first, .object(inner)))
        }
    }
}
