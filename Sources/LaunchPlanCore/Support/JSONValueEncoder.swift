/// An `Encoder` that builds a `JSONValue`, keys in the order they are
/// encoded (a synthesized `Encodable` encodes in declaration order), so that
/// output formats can be typed structs without Foundation's `JSONEncoder`.
/// A nil optional is left out, as `encodeIfPresent` does.
extension JSONValue {
    public init(encoding value: some Encodable) throws {
        let root = JSONValueBox()
        try value.encode(to: JSONValueEncoder(box: root, codingPath: []))
        self = root.resolved
    }
}

/// A value under construction, shared by the containers that fill it.
private final class JSONValueBox {
    var value: JSONValue = .null
    var members: [(String, JSONValueBox)]?
    var items: [JSONValueBox]?

    /// The finished value, nested boxes resolved.
    var resolved: JSONValue {
        if let members { return .object(members.map { ($0.0, $0.1.resolved) }) }
        if let items { return .array(items.map(\.resolved)) }
        return value
    }
}

private struct JSONValueEncoder: Encoder {
    let box: JSONValueBox
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if box.members == nil { box.members = [] }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if box.items == nil { box.items = [] }
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(box: box, codingPath: codingPath)
    }
}

/// Encodes one value into a fresh box.
private func encodeInto(_ value: some Encodable, codingPath: [any CodingKey]) throws -> JSONValueBox {
    let box = JSONValueBox()
    switch value {
    case let string as String: box.value = .string(string)
    case let int as Int: box.value = .int(int)
    case let double as Double: box.value = .number(double)
    case let bool as Bool: box.value = .bool(bool)
    default: try value.encode(to: JSONValueEncoder(box: box, codingPath: codingPath))
    }
    box.value = box.resolved
    box.members = nil
    box.items = nil
    return box
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONValueBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        box.members?.append((key.stringValue, JSONValueBox()))
    }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        box.members?.append((key.stringValue, try encodeInto(value, codingPath: codingPath + [key])))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONValueBox()
        nested.members = []
        box.members?.append((key.stringValue, nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONValueBox()
        nested.items = []
        box.members?.append((key.stringValue, nested))
        return UnkeyedContainer(box: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { JSONValueEncoder(box: box, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { JSONValueEncoder(box: box, codingPath: codingPath + [key]) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONValueBox
    let codingPath: [any CodingKey]
    var count: Int { box.items?.count ?? 0 }

    mutating func encodeNil() throws { box.items?.append(JSONValueBox()) }

    mutating func encode(_ value: some Encodable) throws {
        box.items?.append(try encodeInto(value, codingPath: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONValueBox()
        nested.members = []
        box.items?.append(nested)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONValueBox()
        nested.items = []
        box.items?.append(nested)
        return UnkeyedContainer(box: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { JSONValueEncoder(box: box, codingPath: codingPath) }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let box: JSONValueBox
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.value = .null }
    mutating func encode(_ value: Bool) throws { box.value = .bool(value) }
    mutating func encode(_ value: String) throws { box.value = .string(value) }
    mutating func encode(_ value: Double) throws { box.value = .number(value) }
    mutating func encode(_ value: Int) throws { box.value = .int(value) }

    mutating func encode(_ value: some Encodable) throws {
        box.value = try encodeInto(value, codingPath: codingPath).value
    }
}
