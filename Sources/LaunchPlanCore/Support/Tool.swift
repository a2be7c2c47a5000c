/// The tool's name and version, as printed by `--version` and in JSON output.
public enum Tool {
    public static let name = "launchplan"
    public static let version = "0.1.0"
}
