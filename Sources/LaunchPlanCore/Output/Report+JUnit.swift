import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Report {
    /// `validate --format junit`: one testsuite per file and one testcase per
    /// finding. A finding at or above `failOn` fails, as it fails the exit
    /// code (errors by default; warnings too under `--fail-on warning`);
    /// waived findings are skipped with their reason; the others pass with
    /// their text in system-out. A file with no finding has one passing
    /// testcase, so every file shows up.
    public func junit(failOn: FailOn = .error) -> String {
        let fails = { (finding: Finding) in !finding.isWaived && failOn.severity.map { finding.severity >= $0 } == true }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let failures = files.reduce(0) { $0 + $1.findings.filter(fails).count }
        let tests = files.reduce(0) { $0 + max(1, $1.findings.count) }
        out += "<testsuites name=\"launchplan\" tests=\"\(tests)\" failures=\"\(failures)\">\n"
        for file in files {
            let fileFailures = file.findings.filter(fails).count
            let skipped = file.findings.filter(\.isWaived).count
            out += "  <testsuite name=\"\(Self.xml(file.path, attribute: true))\" tests=\"\(max(1, file.findings.count))\" failures=\"\(fileFailures)\" skipped=\"\(skipped)\">\n"
            if file.findings.isEmpty {
                out += "    <testcase classname=\"\(Self.xml(file.path, attribute: true))\" name=\"no findings\"/>\n"
            }
            for finding in file.findings {
                let name = "\(finding.rule.id) at \(finding.location.mark.line):\(finding.location.mark.column)"
                let text = "\(file.path):\(finding.location.mark.line):\(finding.location.mark.column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule.id)]\nfix: \(finding.fix)"
                out += "    <testcase classname=\"\(Self.xml(file.path, attribute: true))\" name=\"\(Self.xml(name, attribute: true))\">\n"
                if let reason = finding.waiver {
                    out += "      <skipped message=\"\(Self.xml("waived: " + reason, attribute: true))\"/>\n"
                } else if fails(finding) {
                    out += "      <failure type=\"\(finding.rule.id)\" message=\"\(Self.xml(finding.message, attribute: true))\">\(Self.xml(text))</failure>\n"
                } else {
                    out += "      <system-out>\(Self.xml(text))</system-out>\n"
                }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// Text escaped for XML 1.0, well-formed for any input: markup characters
    /// as entities, characters XML cannot hold (controls, U+FFFE, U+FFFF) as
    /// U+FFFD, and in attributes line breaks and tabs as character references,
    /// which attribute normalisation would otherwise turn into spaces.
    package static func xml(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t", "\r":
                if attribute { out += "&#\(scalar.value);" } else { out.unicodeScalars.append(scalar) }
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
