import Foundation
import Testing
@testable import LaunchPlanCore

/// `docs/model.md` is hand-written; these checks keep its numbers the code's.
@Suite("docs/model.md")
struct ModelDocsTests {
    static func text() throws -> String { String(decoding: try readFile("docs/model.md"), as: UTF8.self) }

    /// A default as the table writes it: `auto`, `40`, `0.5`.
    static func written(_ value: JSONValue) -> String? {
        switch value {
        case .int(let int): String(int)
        case .number(let number): NumberText.exact(number)
        case .string(let string): "`\(string)`"
        default: nil
        }
    }

    @Test("the defaults table has a row for every assumption, with the format's default for each single value")
    func defaults() throws {
        let text = try Self.text()
        guard case .object(let assumptions) = PlaybookFormat.assumptions else { return }
        // `funnel` has a row per segment kind, checked below.
        for property in assumptions.properties where property.key != "funnel" {
            let row = text.split(separator: "\n").first { $0.hasPrefix("| `\(property.key)` |") }
            #expect(row != nil, "docs/model.md has no row for `\(property.key)`")
            if let row, let value = property.defaultValue, let written = Self.written(value) {
                #expect(row.hasPrefix("| `\(property.key)` | \(written) |"), "docs/model.md gives `\(property.key)` another default than \(written)")
            }
        }
        for key in ["funnel.customers", "funnel.prospects"] { #expect(text.contains("| `\(key)` |")) }
    }

    @Test("the model's constants are the code's")
    func constants() throws {
        let text = try Self.text()
        let claims = [
            "A month is \(NumberText.exact(PipelineModel.daysPerMonth)) days",
            "`x + \(NumberText.exact(Stage.cycleFractions[1])) C`", "`x + \(NumberText.exact(Stage.cycleFractions[2])) C`",
            "blocks of\n\(NumberText.amount(Double(Simulator.blockSize)))",
            "more than \(NumberText.exact(SellerDraws.aggregatedAppointments)) expected appointments per person",
            "More than \(StageBins.exactDeals) deals", "more than \(SellerDraws.personByPersonLimit)\npersons",
            "mean below \(NumberText.exact(Poisson.transformedRejectionMean))",
            "\(Int(Sensitivity.low * 100)) % and to \(Int(Sensitivity.high * 100)) %",
        ]
        for claim in claims { #expect(text.contains(claim), "docs/model.md should say \(claim)") }
    }
}
