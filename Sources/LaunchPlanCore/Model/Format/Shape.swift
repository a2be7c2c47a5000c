import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// The shape of a value in the playbook format. One description serves three
/// readers: the structure check (which reports `schema-*` findings), the
/// decoder (which takes defaults from it) and `launchplan schema` (which
/// prints it as JSON Schema). They cannot disagree because there is one copy.
public indirect enum Shape: Sendable {
    /// A mapping with fixed keys.
    case object(ObjectShape)
    /// A mapping from kebab-case ids to values of one shape (roles, objectives, …).
    case map(id: String, value: Shape)
    /// A list; `unique` lists (of ids) may not name one thing twice.
    case list(Shape, minItems: Int = 0, unique: Bool = false)
    case text(TextShape)
    case integer(min: Int, max: Int)
    case number(NumberRange)
    case boolean
    /// The one allowed value `version` (the format version; `launchplan: 1`).
    case version(Int)
    /// Any of these (e.g. `auto` or a percentage).
    case either([Shape])

    /// What a message says the value must be: "a whole number from 1 to 1000".
    public var expectation: String {
        switch self {
        case .object(let object): "a mapping (\(object.summary))"
        case .map(let id, _): "a mapping from \(id) ids to their entries"
        case .list(let item, let minItems, _): (minItems > 0 ? "a non-empty list of " : "a list of ") + item.itemNoun
        case .text(let text): text.expectation
        case .integer(let min, let max): "a whole number from \(min) to \(max)"
        case .number(let range): range.expectation
        case .boolean: "`true` or `false`"
        case .version(let version): "`\(version)`"
        case .either(let shapes): shapes.map(\.expectation).joined(separator: " or ")
        }
    }

    private var itemNoun: String {
        switch self {
        case .object(let object): object.plural
        case .text(.id(let noun, _)): "\(noun) ids"
        case .text(.vocabulary(let words)): Suggestion.list(words)
        default: "items"
        }
    }
}

/// A mapping with a fixed set of keys, like a comp plan or a commission line.
public struct ObjectShape: Sendable {
    /// Singular and plural nouns for messages ("commission line").
    public var noun: String
    public var plural: String
    public var description: String
    public var properties: [Property]
    /// Groups of keys of which exactly one must be given (`multiple`, `percent`, `amount`).
    public var exactlyOneOf: [[String]]

    public init(_ noun: String, plural: String? = nil, _ description: String,
                exactlyOneOf: [[String]] = [], _ properties: [Property]) {
        self.noun = noun
        self.plural = plural ?? noun + "s"
        self.description = description
        self.properties = properties
        self.exactlyOneOf = exactlyOneOf
    }

    public subscript(key: String) -> Property? {
        properties.first { $0.key == key }
    }

    package var keys: [String] { properties.map(\.key) }

    package var summary: String {
        let required = properties.filter(\.isRequired).map(\.key)
        return required.isEmpty ? "with keys such as " + Suggestion.list(Array(keys.prefix(4)), conjunction: "and")
            : "with " + Suggestion.list(required, conjunction: "and")
    }
}

/// One key of an `ObjectShape`.
public struct Property: Sendable {
    public var key: String
    public var shape: Shape
    public var isRequired: Bool
    public var description: String
    /// Applied by the decoder when the key is absent; printed as the schema's `default`.
    public var defaultValue: JSONValue?
    /// The rule reported when the key is missing or wrong (`schema-version` for
    /// `launchplan`); the `schema-*` rules otherwise.
    public var rule: RuleID?
    /// Why an assumption takes one number and no `{low, likely, high}` range:
    /// said when a playbook writes a range there (`ramp_days` is a duration).
    public var oneNumberBecause: String?

    public static func required(_ key: String, _ shape: Shape, _ description: String, rule: RuleID? = nil) -> Property {
        Property(key: key, shape: shape, isRequired: true, description: description, defaultValue: nil, rule: rule)
    }

    public static func optional(_ key: String, _ shape: Shape, _ description: String, default value: JSONValue? = nil) -> Property {
        Property(key: key, shape: shape, isRequired: false, description: description, defaultValue: value, rule: nil)
    }

    /// This assumption with the reason it takes no range.
    public func oneNumber(because reason: String) -> Property {
        var property = self
        property.oneNumberBecause = reason
        return property
    }
}

public enum TextShape: Sendable {
    /// Free text.
    case free
    /// A lowercase kebab-case id (`^[a-z][a-z0-9-]*$`) of the named kind, not one of `reserved`.
    case id(String, reserved: [String])
    /// One word of a fixed vocabulary.
    case vocabulary([String])
    /// A calendar date written `YYYY-MM-DD`.
    case date
    /// An ISO 4217 code: three capital letters.
    case currency

    package static let idPattern = "^[a-z][a-z0-9-]*$"

    package var expectation: String {
        switch self {
        case .free: "text"
        case .id(let noun, let reserved):
            "a \(noun) id in lowercase kebab-case (letters, digits and `-`, starting with a letter)"
                + (reserved.isEmpty ? "" : ", other than " + Suggestion.list(reserved))
        case .vocabulary(let words): words.count == 1 ? "`\(words[0])`" : "one of " + Suggestion.list(words)
        case .date: "a calendar date written YYYY-MM-DD"
        case .currency: "an ISO 4217 currency code of three capital letters (`USD`, `EUR`)"
        }
    }

    /// Whether `text` may name a service: an id, and not the hardware product line.
    public static func isServiceID(_ text: String) -> Bool { isID(text) && text != hardwareLine }

    package static func isID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

public struct NumberRange: Sendable {
    public var minimum: Double?
    /// True when the minimum itself is not allowed (`target` must be above 0).
    public var exclusiveMinimum: Bool
    public var maximum: Double?

    public static func above(_ minimum: Double, max: Double? = nil) -> NumberRange {
        NumberRange(minimum: minimum, exclusiveMinimum: true, maximum: max)
    }

    public static func between(_ minimum: Double, _ maximum: Double) -> NumberRange {
        NumberRange(minimum: minimum, exclusiveMinimum: false, maximum: maximum)
    }

    public static let any = NumberRange(minimum: nil, exclusiveMinimum: false, maximum: nil)

    package func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if let minimum, exclusiveMinimum ? value <= minimum : value < minimum { return false }
        if let maximum, value > maximum { return false }
        return true
    }

    package var expectation: String {
        let low = minimum.map(NumberText.exact)
        let high = maximum.map(NumberText.exact)
        switch (low, high) {
        case (let low?, let high?): return exclusiveMinimum ? "a number above \(low) and at most \(high)" : "a number from \(low) to \(high)"
        case (let low?, nil): return exclusiveMinimum ? "a number above \(low)" : "a number of at least \(low)"
        case (nil, let high?): return "a number of at most \(high)"
        case (nil, nil): return "a number"
        }
    }
}

extension Shape {
    package var isObject: Bool {
        if case .object = self { true } else { false }
    }

    /// The number shape inside an assumption that may be written as a range
    /// (`PlaybookFormat.uncertain`), nil for any other shape.
    package var uncertainValue: Shape? {
        guard case .either(let shapes) = self, shapes.count == 2, case .object(let range) = shapes[1],
              range.noun == PlaybookFormat.rangeNoun else { return nil }
        return shapes[0]
    }

    /// The fixed words this shape allows, for "did you mean" on a misspelt one.
    package var vocabularyWords: [String] {
        switch self {
        case .text(.vocabulary(let words)): words
        case .either(let shapes): shapes.flatMap(\.vocabularyWords)
        default: []
        }
    }
}
