import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension PlaybookFormat {
    /// The format as JSON Schema (draft-07: what editors' YAML language servers read; nothing newer is needed), what `launchplan schema`
    /// prints and `schemas/playbook.schema.json` holds. Editors use it through
    /// the yaml-language-server `$schema` comment.
    public static func jsonSchema() -> JSONValue {
        guard case .object(var members) = playbook.jsonSchema(description: nil) else { return .null }
        members.insert(contentsOf: [
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("$id", .string("urn:launchplan:playbook:\(version)")),
            ("title", .string("launchplan playbook (launchplan: \(version))")),
        ], at: 0)
        return .object(members)
    }
}

extension Shape {
    /// This shape as a JSON Schema; `description` overrides the shape's own.
    package func jsonSchema(description: String?, defaultValue: JSONValue? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = []
        switch self {
        case .object(let object):
            members.append(("type", .string("object")))
            members.append(("description", .string(description ?? object.description)))
            members.append(("properties", .object(object.properties.map { property in
                (property.key, property.shape.jsonSchema(description: property.description, defaultValue: property.defaultValue))
            })))
            let required = object.properties.filter(\.isRequired).map { JSONValue.string($0.key) }
            if !required.isEmpty { members.append(("required", .array(required))) }
            members.append(("additionalProperties", .bool(false)))
            for group in object.exactlyOneOf {
                members.append(("oneOf", .array(group.map { .object([("required", .array([.string($0)]))]) })))
            }
            if defaultValue == nil, let defaults = object.defaultObject { members.append(("default", defaults)) }
        case .map(let noun, let value):
            members.append(("type", .string("object")))
            members.append(("propertyNames", .object([
                ("description", .string("A \(noun) id: lowercase kebab-case.")),
                ("pattern", .string(TextShape.idPattern)),
            ])))
            members.append(("additionalProperties", value.jsonSchema(description: nil)))
        case .list(let item, let minItems, let unique):
            members.append(("type", .string("array")))
            members.append(("items", item.jsonSchema(description: nil)))
            if minItems > 0 { members.append(("minItems", .int(minItems))) }
            if unique { members.append(("uniqueItems", .bool(true))) }
        case .text(let text):
            switch text {
            case .free:
                members.append(("type", .array([.string("string"), .string("number"), .string("boolean")])))
            case .id(_, let reserved):
                members.append(("type", .string("string")))
                members.append(("pattern", .string(TextShape.idPattern)))
                if !reserved.isEmpty { members.append(("not", .object([("enum", .array(reserved.map(JSONValue.string)))]))) }
            case .vocabulary(let words):
                members.append(("type", .string("string")))
                members.append(("enum", .array(words.map(JSONValue.string))))
            case .date:
                members.append(("type", .string("string")))
                members.append(("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")))
                members.append(("format", .string("date")))
            case .currency:
                members.append(("type", .string("string")))
                members.append(("pattern", .string("^[A-Z]{3}$")))
            }
        case .integer(let min, let max):
            members += [("type", .string("integer")), ("minimum", .int(min)), ("maximum", .int(max))]
        case .number(let range):
            members.append(("type", .string("number")))
            if let minimum = range.minimum {
                members.append((range.exclusiveMinimum ? "exclusiveMinimum" : "minimum", .number(minimum)))
            }
            if let maximum = range.maximum { members.append(("maximum", .number(maximum))) }
        case .boolean:
            members.append(("type", .string("boolean")))
        case .version(let version):
            members.append(("const", .int(version)))
        case .either(let shapes):
            members.append(("anyOf", .array(shapes.map { $0.jsonSchema(description: nil) })))
        }
        if case .object = self {} else if let description {
            members.insert(("description", .string(description)), at: 0)
        }
        if let defaultValue { members.append(("default", defaultValue)) }
        return .object(members)
    }
}

extension ObjectShape {
    /// The default of a mapping whose every key has one (`stages`, `cycle_days`).
    package var defaultObject: JSONValue? {
        var members: [(String, JSONValue)] = []
        for property in properties {
            if let value = property.defaultValue {
                members.append((property.key, value))
            } else if case .object(let nested) = property.shape, let value = nested.defaultObject {
                members.append((property.key, value))
            } else {
                return nil
            }
        }
        return members.isEmpty ? nil : .object(members)
    }
}
