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

    /// The number, for ints and floats.
    public var number: Double? {
        switch value {
        case .int(let int): Double(int)
        case .float(let double): double
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

    var kindDescription: String {
        switch value {
        case .null: "nothing"
        case .bool(let bool): "the boolean `\(bool)`"
        case .int, .float: "the number `\(text)`"
        case .string: text.isEmpty ? "an empty string" : "the text `\(text)`"
        }
    }
}
