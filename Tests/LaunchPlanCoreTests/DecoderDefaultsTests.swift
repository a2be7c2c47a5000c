import Foundation
import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanModel

/// Defaults live only in the format description: every key the decoder
/// reads through a `defaulted` reader must have a default there, or the
/// reader would give a silent 0 (a literal default in the decoder would be a
/// second copy that can drift).
@Suite("Decoder defaults")
struct DecoderDefaultsTests {
    /// Every key of the format that carries a default, at any depth.
    static let keysWithDefaults = Set(formatProperties().filter { $0.property.defaultValue != nil }.map(\.property.key))

    @Test("each key read with a default has one in the format")
    func everyDefaultedKeyHasAFormatDefault() throws {
        let source = try String(contentsOfFile: repositoryRoot + "/Sources/LaunchPlanCore/Model/Decoding/PlaybookDecoder.swift", encoding: .utf8)
        let keys = source.matches(of: /defaulted\w*\("([a-z_]+)"/).map { String($0.output.1) }
        #expect(keys.count >= 6)
        for key in keys {
            #expect(Self.keysWithDefaults.contains(key), "`\(key)` is read with a default the format does not give")
        }
        // And no literal default after a reader: `?? 90` would be a second copy.
        #expect(source.matches(of: /\)\?\.value \?\? [0-9.]+/).isEmpty)
    }

    /// Every key of the format, at any depth.
    static let declaredKeys = Set(formatProperties().map(\.property.key))

    @Test("each key the decoder reads by name is declared in the format")
    func everyReadKeyIsDeclared() throws {
        let source = try String(contentsOfFile: repositoryRoot + "/Sources/LaunchPlanCore/Model/Decoding/PlaybookDecoder.swift", encoding: .utf8)
        let readers = /\.(?:int|double|bool|string|word|items|texts|entries|reader|has|locationOf|defaulted\w*)\("([a-z_]+)"/
        let keys = Set(source.matches(of: readers).map { String($0.output.1) })
        #expect(keys.count >= 40)
        #expect(keys.subtracting(Self.declaredKeys).isEmpty, "read but not declared: \(keys.subtracting(Self.declaredKeys).sorted())")
    }

    @Test("a read of an undeclared key traps in debug builds, rather than reading as absent")
    func undeclaredReadTraps() async {
        await #expect(processExitsWith: .failure) {
            let reader = MappingReader(nil, .object(ObjectShape("thing", "a test mapping", [])), at: SourceLocation(mark: Mark(line: 1, column: 1), keyPath: KeyPath()))
            _ = reader.int("no_such_key")
        }
    }
}
