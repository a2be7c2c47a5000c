import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules

/// A playbook file as the command line read it: its path as the user named it
/// and its bytes (at most the size limit and one byte more, so that a 50 MB
/// file is refused without reading it all).
public struct PlaybookSource: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// The file's size on disk, which may exceed `bytes.count`.
    public var byteCount: Int

    public init(path: String, bytes: [UInt8], byteCount: Int? = nil) {
        self.path = path
        self.bytes = bytes
        self.byteCount = byteCount ?? bytes.count
    }
}
