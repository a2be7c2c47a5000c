import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// The steps from a first appointment to a signed agreement (the pipeline model):
/// the one stage table of the expectation model and the simulator.
public enum Stage: Int, CaseIterable, Sendable {
    case appointment, assessment, proposal, agreement

    /// Where the stage falls in the deal's cycle: an assessment at 25 %, a
    /// proposal at 60 %, the agreement at the end.
    public var cycleFraction: Double { Self.cycleFractions[rawValue] }
    public static let cycleFractions = [0, 0.25, 0.6, 1.0]
}

extension Assumptions.Stages {
    /// The chance of each stage given the one before (1 for the appointment itself).
    public var stepProbabilities: [Double] {
        [1, assessmentPercent / 100, proposalPercent / 100, agreementPercent / 100]
    }

    /// The chance an appointment reaches each stage.
    public var reachProbabilities: [Double] {
        let assessment = assessmentPercent / 100
        let proposal = assessment * proposalPercent / 100
        return [1, assessment, proposal, proposal * agreementPercent / 100]
    }

    /// The chance an appointment becomes a signed agreement (`p_close`).
    public var closeRate: Double { reachProbabilities[Stage.agreement.rawValue] }
}

extension Metric {
    /// The stage a pipeline metric counts, and whether it adds the deal's MRR
    /// rather than 1 (`pipeline-mrr`, `new-mrr`); nil for touches,
    /// conversations and hardware gross profit, which no deal stage carries.
    public var pipelineStage: (stage: Stage, countsMRR: Bool)? {
        switch self {
        case .appointments: (.appointment, false)
        case .assessments: (.assessment, false)
        case .proposals: (.proposal, false)
        case .pipelineMRR: (.proposal, true)
        case .agreements: (.agreement, false)
        case .newMRR: (.agreement, true)
        case .touches, .conversations, .hardwareGP: nil
        }
    }
}
