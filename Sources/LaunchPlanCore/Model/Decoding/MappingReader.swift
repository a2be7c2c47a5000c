import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// Reads the keys of one mapping by its `ObjectShape`: a value that fits its
/// shape is taken, a missing one takes the shape's default, and a wrong one
/// is skipped (the structure check has already reported it). Decoding is
/// lenient so that rules can run on whatever could be read.
package struct MappingReader {
    package let node: YAMLNode?
    package let shape: ObjectShape
    package let location: SourceLocation
    /// Dotted names of keys that took their default, with this prefix.
    package let defaultsPrefix: String?

    package init(_ node: YAMLNode?, _ shape: Shape, at location: SourceLocation, defaultsPrefix: String? = nil) {
        self.node = node?.mapping == nil ? nil : node
        if case .object(let object) = shape {
            self.shape = object
        } else {
            self.shape = ObjectShape("value", "", [])
        }
        self.location = node.map { SourceLocation(mark: $0.mark, keyPath: location.keyPath) } ?? location
        self.defaultsPrefix = defaultsPrefix
    }

    package func has(_ key: String) -> Bool { declared(key) && node?[key] != nil }

    /// Every read goes through a key the format declares: one it lacks would
    /// read as absent forever (a silent 0). Debug builds, and so the tests, trap
    /// on it; `DecoderDefaultsTests` also checks the decoder's keys by name.
    private func declared(_ key: String) -> Bool {
        assert(shape[key] != nil, "the decoder reads `\(key)`, which the format does not declare of a \(shape.noun)")
        return true
    }

    package func locationOf(_ key: String) -> SourceLocation {
        _ = declared(key)
        let path = location.keyPath.appending(key)
        if let value = node?[key] { return SourceLocation(mark: value.mark, keyPath: path) }
        return SourceLocation(mark: location.mark, keyPath: path)
    }

    /// The value node when it fits its shape.
    private func valid(_ key: String) -> YAMLNode? {
        guard declared(key), let property = shape[key], let value = node?[key],
              StructureCheck.accepts(value, property.shape) else { return nil }
        return value
    }

    private func fallback(_ key: String) -> JSONValue? { declared(key) ? shape[key]?.defaultValue : nil }

    package func int(_ key: String) -> Located<Int>? {
        if let int = valid(key)?.scalar?.wholeNumber { return Located(int, at: locationOf(key)) }
        if case .int(let int)? = fallback(key) { return Located(int, at: locationOf(key)) }
        return nil
    }

    package func double(_ key: String) -> Located<Double>? {
        if let number = valid(key)?.scalar?.number { return Located(number, at: locationOf(key)) }
        switch fallback(key) {
        case .int(let int)?: return Located(Double(int), at: locationOf(key))
        case .number(let double)?: return Located(double, at: locationOf(key))
        default: return nil
        }
    }

    /// An uncertain assumption written as a range `{low, likely, high}` (nil
    /// for a number or anything else), with the range's location.
    package func range(_ key: String) -> Located<Assumptions.Triangle>? {
        guard let node = valid(key), node.mapping != nil, case .either(let shapes)? = shape[key]?.shape,
              let object = shapes.first(where: \.isObject) else { return nil }
        let r = MappingReader(node, object, at: locationOf(key))
        guard let low = r.double("low"), let likely = r.double("likely"), let high = r.double("high") else { return nil }
        return Located(Assumptions.Triangle(min: low.value, likely: likely.value, max: high.value), at: locationOf(key))
    }

    /// A number whose key has a default in the format (every assumption does):
    /// the value given, else that default; 0 only if the format lost its default.
    // The `defaulted` readers give the playbook's value or the format's
    // default, which is the only place a default is written. A key without a
    // default in the format reads as 0, false, "" or nil; `DecoderDefaultsTests`
    // fails when the decoder asks one of these for such a key.

    package func defaulted(_ key: String) -> Double {
        double(key)?.value ?? 0
    }

    package func defaultedInt(_ key: String) -> Int {
        int(key)?.value ?? 0
    }

    package func defaultedString(_ key: String) -> String {
        string(key)?.value ?? ""
    }

    package func defaultedBool(_ key: String) -> Bool {
        bool(key) ?? false
    }

    /// The word or the format's default; the vocabulary's first word only when
    /// the format has none (never for input: the vocabularies are ours).
    package func defaultedWord<T>(_ key: String, as type: T.Type) -> T
    where T: RawRepresentable & CaseIterable, T.RawValue == String, T.AllCases: RandomAccessCollection {
        word(key, as: type)?.value ?? T.allCases[T.allCases.startIndex]
    }

    package func bool(_ key: String) -> Bool? {
        if case .bool(let bool)? = valid(key)?.scalar?.value { return bool }
        if case .bool(let bool)? = fallback(key) { return bool }
        return nil
    }

    package func string(_ key: String) -> Located<String>? {
        if let text = valid(key)?.scalar?.text { return Located(text, at: locationOf(key)) }
        if case .string(let text)? = fallback(key) { return Located(text, at: locationOf(key)) }
        return nil
    }

    package func word<T: RawRepresentable>(_ key: String, as type: T.Type) -> Located<T>? where T.RawValue == String {
        string(key).flatMap { text in T(rawValue: text.value).map { Located($0, at: text.location) } }
    }

    /// The items of a list with their locations (empty when absent or not a list).
    package func items(_ key: String) -> [(node: YAMLNode, location: SourceLocation)] {
        guard declared(key), let list = node?[key]?.sequence else { return [] }
        let path = location.keyPath.appending(key)
        return list.enumerated().map { index, item in
            (item, SourceLocation(mark: item.mark, keyPath: path.appending(index: index)))
        }
    }

    /// A list of scalars; items that are not scalars are skipped.
    package func texts(_ key: String) -> [Located<String>] {
        items(key).compactMap { item in
            guard let scalar = item.node.scalar, scalar.value != .null else { return nil }
            return Located(scalar.text, at: item.location)
        }
    }

    /// The entries of a map from ids to values, in file order.
    package func entries(_ key: String) -> [(id: Located<String>, node: YAMLNode)] {
        guard declared(key), let pairs = node?[key]?.mapping else { return [] }
        let path = location.keyPath.appending(key)
        return pairs.compactMap { pair in
            guard let text = pair.key.scalar?.text else { return nil }
            return (Located(text, at: SourceLocation(mark: pair.key.mark, keyPath: path.appending(text))), pair.value)
        }
    }

    /// A reader for a nested mapping.
    package func reader(_ key: String) -> MappingReader {
        MappingReader(node?[key], shape[key]?.shape ?? .object(ObjectShape("value", "", [])),
                      at: locationOf(key), defaultsPrefix: defaultsPrefix.map { $0.isEmpty ? key : "\($0).\(key)" })
    }

    /// The dotted names of this mapping's keys (and nested ones) that took their default.
    package func defaultedKeys() -> [String] {
        guard let defaultsPrefix else { return [] }
        var names: [String] = []
        for property in shape.properties {
            let name = defaultsPrefix.isEmpty ? property.key : "\(defaultsPrefix).\(property.key)"
            if case .object = property.shape {
                names += reader(property.key).defaultedKeys()
            } else if property.defaultValue != nil, valid(property.key) == nil {
                names.append(name)
            }
        }
        return names
    }
}
