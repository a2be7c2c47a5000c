import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanValidation
import LaunchPlanSimulation

/// One participant's version of an exercise, graded against the flawed
/// playbook by the same engine that validates and simulates: which of the
/// exercise's findings are gone, which remain, what the change brought that
/// was not there, which invariants it broke, and the chance of the primary
/// objective before and after (both simulated with the same seed).
public struct ExerciseGrade: Sendable {
    public var exercise: ExerciseID
    /// The participant's file as validated (its path as the command line
    /// named it, its findings and the lines they quote).
    public var file: FileReport
    /// The simulation both chances come from; nil when neither was simulated.
    public var simulation: Projection.Mode?
    /// Findings of the target rules in the flawed playbook that the fix no
    /// longer reports at the same key path (`FindingChanges.resolved`; none
    /// when the fix cannot be read).
    public var resolved: [Finding]
    /// Findings of the target rules the fix still reports (waived or not).
    public var remaining: [Finding]
    /// Findings of other rules that the flawed playbook did not have (`FindingChanges.introduced`).
    public var introduced: [Finding]
    public var broken: [InvariantBreak]
    /// How many target findings the flawed playbook has.
    public var targetCount: Int
    /// The primary objective's simulated chance; nil where the plan cannot
    /// be read or simulated, or has no such objective.
    public var chanceBefore: Double?
    public var chanceAfter: Double?
    /// Key paths changed, added or removed (`KeyPathChanges`); nil when the
    /// fix is not even YAML, so there is nothing to compare.
    public var changed: [KeyPath]?
    /// Whether the fix could be read as a playbook at all.
    public var isReadable: Bool

    public var newErrors: [Finding] { introduced.filter { $0.severity == .error } }
    public var newWarnings: [Finding] { introduced.filter { $0.severity != .error } }

    /// Pass: readable, every target finding gone, no new error, every invariant kept.
    /// New warnings are shown but do not fail a fix.
    public var passed: Bool { isReadable && remaining.isEmpty && newErrors.isEmpty && broken.isEmpty }

    /// - Parameters:
    ///   - flawed, fixed: both validated with the same validator (default rule levels).
    ///   - before, after: both projections run with the same runs and seed; nil when not simulated.
    public init(_ exercise: Exercise, flawed: FileReport, fixed: FileReport, flawedTree: YAMLNode?, fixedTree: YAMLNode?,
                before: Projection?, after: Projection?) {
        self.exercise = exercise.id
        file = fixed
        simulation = before?.mode ?? after?.mode
        let targets = Set(exercise.targets)
        // Matched by rule and key path, as `diff` matches two versions.
        let changes = FindingChanges(base: flawed.findings, head: fixed.findings)
        targetCount = flawed.findings.filter { targets.contains($0.rule) }.count
        isReadable = fixed.playbook != nil && !fixed.findings.contains { $0.rule.isReading && !targets.contains($0.rule) }
        // A file that cannot be read resolves nothing: its rules never ran.
        resolved = isReadable ? changes.resolved.filter { targets.contains($0.rule) } : []
        remaining = fixed.findings.filter { targets.contains($0.rule) }
        introduced = changes.introduced.filter { !targets.contains($0.rule) }
        if let original = flawed.playbook, let plan = fixed.playbook {
            broken = exercise.allInvariants.compactMap { $0.broken(flawed: original, fixed: plan) }
        } else {
            broken = []
        }
        chanceBefore = before.flatMap { Self.chance(of: exercise.objective, in: $0) }
        chanceAfter = after.flatMap { Self.chance(of: exercise.objective, in: $0) }
        changed = fixedTree == nil ? nil : KeyPathChanges.between(flawedTree, fixedTree)
    }

    private static func chance(of objective: ObjectiveID, in projection: Projection) -> Double? {
        projection.objectives.first { $0.objective == objective }?.estimate.probability
    }
}
