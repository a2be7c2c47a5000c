// The whole core under one name for the command line, the tests and the
// tools; the layers themselves are separate modules, so that an import that
// points up (a model type reaching for a rule, a rule for output) does not
// compile. See docs/architecture.md.
@_exported import LaunchPlanAdvice
@_exported import LaunchPlanExercises
@_exported import LaunchPlanFindings
@_exported import LaunchPlanLoading
@_exported import LaunchPlanModel
@_exported import LaunchPlanOutput
@_exported import LaunchPlanPipeline
@_exported import LaunchPlanRules
@_exported import LaunchPlanSimulation
@_exported import LaunchPlanSupport
@_exported import LaunchPlanValidation
