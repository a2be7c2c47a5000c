import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Report {
    /// `validate --format github`: GitHub Actions workflow commands,
    /// `::error file=F,line=L,col=C,title=RULE::message`; warnings as
    /// `::warning`, infos and waived findings as `::notice` (marked waived).
    public func github() -> String {
        var out = ""
        for file in files {
            for finding in file.findings {
                let command: String = switch (finding.isWaived, finding.severity) {
                case (true, _), (false, .info): "notice"
                case (false, .error): "error"
                case (false, .warning): "warning"
                }
                let title = finding.rule.id + (finding.isWaived ? " (waived)" : "")
                var message = "\(finding.message). Fix: \(finding.fix)"
                if let reason = finding.waiver { message += " Waived: \(reason)" }
                out += "::\(command) file=\(Self.property(file.path)),line=\(finding.location.mark.line),col=\(finding.location.mark.column),title=\(Self.property(title))::\(Self.data(message))\n"
            }
        }
        return out
    }

    /// Escapes as the workflow-command parser expects (actions/toolkit), scalar
    /// by scalar: `"\r\n"` is one `Character` in Swift, so escaping by
    /// characters would let a CRLF in a key start a command of its own. Other
    /// controls and line separators are shown as U+FFFD.
    package static func data(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out.append(contentsOf: "%25".unicodeScalars)
            case "\r": out.append(contentsOf: "%0D".unicodeScalars)
            case "\n": out.append(contentsOf: "%0A".unicodeScalars)
            default: out.append(scalar.isDisplaySafe ? scalar : "\u{FFFD}")
            }
        }
        return String(out)
    }

    package static func property(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in data(text).unicodeScalars {
            switch scalar {
            case ":": out.append(contentsOf: "%3A".unicodeScalars)
            case ",": out.append(contentsOf: "%2C".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
