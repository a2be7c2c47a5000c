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

    /// Escapes as the workflow-command parser expects (actions/toolkit).
    static func data(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    static func property(_ text: String) -> String {
        data(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}
