import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// Checks a YAML tree against a `Shape`: unknown keys ("did you mean"),
/// missing keys, types, vocabularies and ranges, every problem in one pass.
package struct StructureCheck {
    private(set) var findings: [Finding] = []

    package mutating func check(_ node: YAMLNode, against shape: Shape, at path: KeyPath, rule: RuleID? = nil) {
        let location = SourceLocation(mark: node.mark, keyPath: path)
        switch shape {
        case .object(let object):
            guard let pairs = node.mapping else { return wrongType(node, shape, location, rule) }
            checkObject(pairs, object, mark: node.mark, path: path)
        case .either(let shapes) where node.mapping != nil && shapes.contains(where: \.isObject):
            // A mapping where a mapping may go (an uncertain assumption's range): its keys are checked.
            guard let object = shapes.first(where: \.isObject) else { return }
            check(node, against: object, at: path, rule: rule)
        case .map(let noun, let value):
            guard let pairs = node.mapping else { return wrongType(node, shape, location, rule) }
            for pair in pairs {
                guard let key = keyText(pair.key, path) else { continue }
                let keyLocation = SourceLocation(mark: pair.key.mark, keyPath: path.appending(key))
                if !TextShape.isID(key) {
                    report(.schemaType, "`\(Suggestion.echo(key))` is not a valid \(noun) id: ids are lowercase kebab-case (letters, digits and `-`, starting with a letter)",
                           keyLocation, fix: "Rename it to something like `\(Suggestion.echo(Self.kebab(key)))`.")
                }
                check(pair.value, against: value, at: keyLocation.keyPath)
            }
        case .list(let item, let minItems, let unique):
            guard let items = node.sequence, items.count >= minItems else { return wrongType(node, shape, location, rule) }
            var seen: Set<String> = []
            for (index, element) in items.enumerated() {
                let itemPath = path.appending(index: index)
                check(element, against: item, at: itemPath)
                if unique, let text = element.scalar?.text, !seen.insert(text).inserted {
                    report(.schemaType, "`\(Suggestion.echo(text))` is listed twice in `\(path)`",
                           SourceLocation(mark: element.mark, keyPath: itemPath), fix: "Remove the second `\(Suggestion.echo(text))`.")
                }
            }
        case .either(let shapes):
            if !shapes.contains(where: { Self.accepts(node, $0) }) { wrongType(node, shape, location, rule) }
        default:
            if !Self.accepts(node, shape) { wrongType(node, shape, location, rule) }
        }
    }

    private mutating func checkObject(_ pairs: [YAMLPair], _ object: ObjectShape, mark: Mark, path: KeyPath) {
        var present: Set<String> = []
        for pair in pairs {
            guard let key = keyText(pair.key, path) else { continue }
            let keyLocation = SourceLocation(mark: pair.key.mark, keyPath: path.appending(key))
            guard let property = object[key] else {
                unknownKey(Suggestion.echo(key), in: object, at: keyLocation)
                continue
            }
            present.insert(key)
            if pair.value.mapping != nil, let reason = property.oneNumberBecause {
                wrongType(pair.value, property.shape, SourceLocation(mark: pair.value.mark, keyPath: keyLocation.keyPath), property.rule, oneNumberBecause: reason)
                continue
            }
            check(pair.value, against: property.shape, at: keyLocation.keyPath, rule: property.rule)
        }
        let location = SourceLocation(mark: mark, keyPath: path)
        for property in object.properties where property.isRequired && !present.contains(property.key) {
            let name = path.components.isEmpty ? "the playbook" : "this \(object.noun) (`\(path)`)"
            report(property.rule ?? .schemaMissingKey, "\(name) has no `\(property.key)`: \(property.description.prefix { $0 != "." })",
                   location, fix: "Add `\(property.key): ` with \(property.shape.expectation).")
        }
        for group in object.exactlyOneOf {
            let given = group.filter(present.contains)
            if given.isEmpty {
                report(.schemaMissingKey, "this \(object.noun) (`\(path)`) needs one of \(Suggestion.list(group))",
                       location, fix: "Add exactly one of \(Suggestion.list(group)).")
            } else if given.count > 1 {
                report(.schemaType, "this \(object.noun) (`\(path)`) gives \(Suggestion.list(given, conjunction: "and")); exactly one of \(Suggestion.list(group)) is allowed",
                       location, fix: "Keep one of \(Suggestion.list(given)) and split the rest into lines of their own.")
            }
        }
    }

    private mutating func unknownKey(_ key: String, in object: ObjectShape, at location: SourceLocation) {
        if key == "<<" {
            report(.schemaUnknownKey, "merge keys (`<<`) are not part of the playbook format",
                   location, fix: "Write the keys out in full, or use an alias (`*name`) for a whole value.")
            return
        }
        let container = location.keyPath.components.count > 1 ? "a \(object.noun)" : "the playbook's top level"
        if let suggestion = Suggestion.closest(to: key, among: object.keys) {
            report(.schemaUnknownKey, "unknown key `\(key)` in \(container); did you mean `\(suggestion)`?",
                   location, fix: "Rename `\(key)` to `\(suggestion)`.")
        } else {
            report(.schemaUnknownKey, "unknown key `\(key)` in \(container); expected one of \(Suggestion.list(object.keys))",
                   location, fix: "Remove `\(key)` or use one of the keys listed.")
        }
    }

    /// The text of a key; keys must be scalars (a list or mapping as a key is reported).
    private mutating func keyText(_ key: YAMLNode, _ path: KeyPath) -> String? {
        if let scalar = key.scalar { return scalar.text }
        report(.schemaType, "a key must be a word, not \(key.kindDescription)",
               SourceLocation(mark: key.mark, keyPath: path), fix: "Write the key as a plain word followed by `: `.")
        return nil
    }

    private mutating func wrongType(_ node: YAMLNode, _ shape: Shape, _ location: SourceLocation, _ rule: RuleID?, oneNumberBecause: String? = nil) {
        let name = location.keyPath.components.isEmpty ? "the playbook" : "`\(location.keyPath)`"
        let expected = shape.expectation
        if node.mapping != nil, let reason = oneNumberBecause {
            report(rule ?? .schemaType, "\(name) takes one number, not a range: \(reason)",
                   location, fix: "Write \(expected), your best estimate.")
        } else if let scalar = node.scalar, case .boolean = shape, let meant = scalar.yaml11Boolean {
            report(rule ?? .schemaType, "\(name) must be `true` or `false`; `\(scalar.text)` is text in YAML 1.2, not a boolean",
                   location, fix: "Write `\(meant)` instead of `\(scalar.text)`.")
        } else if let scalar = node.scalar, case .text(.id(_, let reserved)) = shape, reserved.contains(scalar.text) {
            report(rule ?? .schemaType, "\(name) is `\(scalar.text)`, a reserved word: `hardware` is the product line every dealership has and is never listed as a service",
                   location, fix: "Remove `\(scalar.text)` from this list.")
        } else if let scalar = node.scalar,
                  let suggestion = Suggestion.closest(to: scalar.text, among: shape.vocabularyWords) {
            report(rule ?? .schemaType, "\(name) must be \(expected), not `\(Suggestion.echo(scalar.text))`; did you mean `\(suggestion)`?",
                   location, fix: "Write `\(suggestion)`.")
        } else {
            report(rule ?? .schemaType, "\(name) must be \(expected), not \(node.kindDescription)",
                   location, fix: fix(for: shape))
        }
    }

    private func fix(for shape: Shape) -> String {
        switch shape {
        case .version(let version): "Start the playbook with `launchplan: \(version)`."
        case .text(.id): "Use lowercase letters, digits and `-`, starting with a letter."
        default: "Write \(shape.expectation)."
        }
    }

    /// Whether a node is a valid value of a scalar shape (collections are checked by `check`).
    package static func accepts(_ node: YAMLNode, _ shape: Shape) -> Bool {
        switch shape {
        case .object: return node.mapping != nil
        case .map: return node.mapping != nil
        case .list: return node.sequence != nil
        case .either(let shapes): return shapes.contains { accepts(node, $0) }
        default: break
        }
        guard let scalar = node.scalar else { return false }
        switch shape {
        case .text(let text):
            if scalar.value == .null { return false }
            switch text {
            case .free: return true
            case .id(_, let reserved): return TextShape.isID(scalar.text) && !reserved.contains(scalar.text)
            case .vocabulary(let words): return words.contains(scalar.text)
            case .date: return CalendarDate(scalar.text) != nil
            case .currency: return scalar.text.count == 3 && scalar.text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
            }
        case .integer(let min, let max):
            guard let value = scalar.wholeNumber else { return false }
            return (min...max).contains(value)
        case .number(let range):
            guard let value = scalar.number else { return false }
            return range.contains(value)
        case .boolean:
            if case .bool = scalar.value { return true }
            return false
        case .version(let version):
            return scalar.wholeNumber == version
        default:
            return false
        }
    }

    private mutating func report(_ rule: RuleID, _ message: String, _ location: SourceLocation, fix: String) {
        findings.append(Finding(rule: rule, message: message, at: location, fix: fix))
    }

    /// A suggestion for an id that is not kebab-case: `Sales Rep` -> `sales-rep`.
    package static func kebab(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out += "-"
            }
        }
        while out.last == "-" { out.removeLast() }
        if let first = out.unicodeScalars.first, !("a"..."z").contains(first) { out = "x-" + out }
        return out.isEmpty ? "my-id" : out
    }
}
