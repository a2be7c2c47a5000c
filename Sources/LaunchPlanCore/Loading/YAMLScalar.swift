import LaunchPlanSupport
import LaunchPlanFindings

/// A scalar as written, with its YAML 1.2 core-schema meaning.
public struct YAMLScalar: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        /// Also integers too large for `Int`, and `.inf`/`.nan`.
        case float(Double)
        case string(String)
    }

    /// The text exactly as written (without quotes).
    public var text: String
    /// Plain (unquoted) scalars are resolved; quoted ones are always strings.
    public var isPlain: Bool
    public var value: Value

    public init(text: String, isPlain: Bool, value: Value) {
        self.text = text
        self.isPlain = isPlain
        self.value = value
    }

    /// A plain scalar resolved by the YAML 1.2 core schema; anything else is a string.
    public init(plain text: String) {
        self.init(text: text, isPlain: true, value: CoreSchema.resolve(text))
    }

    public init(quoted text: String) {
        self.init(text: text, isPlain: false, value: .string(text))
    }

    /// A scalar with its explicit tag, if any: the core tags (`!!str`, `!!int`,
    /// `!!float`, `!!bool`, `!!null`) decide the type when the text fits it;
    /// `!` and `!!str` make text; other tags are ignored.
    package init(text: String, plain: Bool, tag: String?) {
        let core = "tag:yaml.org,2002:"
        guard let tag, tag.hasPrefix(core) || tag == "!" else {
            self = plain ? YAMLScalar(plain: text) : YAMLScalar(quoted: text)
            return
        }
        let resolved = CoreSchema.resolve(text)
        let value: Value
        switch (tag.dropFirst(core.count), resolved) {
        case ("int", .int), ("bool", .bool), ("null", .null), ("float", .float): value = resolved
        case ("float", .int(let int)): value = .float(Double(int))
        default: value = .string(text)
        }
        self.init(text: text, isPlain: plain, value: value)
    }

    /// The number, for ints and floats.
    public var number: Double? {
        switch value {
        case .int(let int): Double(int)
        case .float(let double): double
        default: nil
        }
    }

    /// The value as a whole number: ints, and floats with no fraction (`6.0`,
    /// which JSON Schema also counts as an integer).
    public var wholeNumber: Int? {
        switch value {
        case .int(let int): int
        case .float(let double): Int(exactly: double)
        default: nil
        }
    }

    /// A word that YAML 1.1 read as a boolean but YAML 1.2 reads as a string
    /// (`yes`, `no`, `on`, `off`, `y`, `n` in their spellings): the classic trap.
    public var yaml11Boolean: Bool? {
        guard isPlain else { return nil }
        switch text {
        case "yes", "Yes", "YES", "on", "On", "ON", "y", "Y": return true
        case "no", "No", "NO", "off", "Off", "OFF", "n", "N": return false
        default: return nil
        }
    }

    package var kindDescription: String {
        switch value {
        case .null: "nothing"
        case .bool(let bool): "the boolean `\(bool)`"
        case .int, .float: "the number `\(Suggestion.echo(text))`"
        case .string: text.isEmpty ? "an empty string" : "the text `\(Suggestion.echo(text))`"
        }
    }
}
