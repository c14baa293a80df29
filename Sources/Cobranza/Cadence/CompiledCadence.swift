/// A tier's cadence prepared for the planner's per-invoice loop: the hot fields of each step in a flat
/// array of plain values, the steps themselves alongside.
struct CompiledCadence {
    /// The hot fields of one step.
    struct Timing {
        /// Whether the step is anchored on the issue date rather than the due date.
        var onIssue: Bool
        /// Days from the anchor.
        var offset: Int
        /// Whether the step is a notice meant for on or before the due date.
        var isPreDue: Bool
        /// The stage's severity.
        var severity: Int
        /// The minimum balance per currency the step needs (empty for none).
        var minimumBalance: [Money]
        /// The portfolio stages the step needs, as a bit mask over `PortfolioStage.allCases`; `nil` for any.
        var stageMask: UInt8?
    }

    /// The steps in policy order.
    let steps: [CadenceStep]
    /// The hot fields, parallel to ``steps``.
    let timings: [Timing]
    /// Whether any step has a portfolio-stage condition.
    let needsPortfolioStage: Bool

    init(_ cadence: Cadence) {
        steps = cadence.steps
        timings = cadence.steps.map { step in
            let stageMask = step.conditions?.portfolioStages.map { stages in
                stages.reduce(UInt8(0)) { $0 | CompiledCadence.bit(of: $1) }
            }
            switch step.trigger {
            case .onIssue:
                return Timing(
                    onIssue: true, offset: 0, isPreDue: true, severity: step.stage.severity,
                    minimumBalance: step.conditions?.minimumBalance ?? [], stageMask: stageMask)
            default:
                return Timing(
                    onIssue: false, offset: step.trigger.dueOffset ?? 0,
                    isPreDue: step.trigger.isPreDue || step.stage.isPreDue, severity: step.stage.severity,
                    minimumBalance: step.conditions?.minimumBalance ?? [], stageMask: stageMask)
            }
        }
        needsPortfolioStage = cadence.steps.contains { $0.conditions?.portfolioStages != nil }
    }

    /// The bit of a portfolio stage in a stage mask.
    static func bit(of stage: PortfolioStage) -> UInt8 {
        switch stage {
        case .preventive: return 1
        case .administrative: return 2
        case .delinquent: return 4
        case .extrajudicial: return 8
        case .legal: return 16
        }
    }
}

extension Money {
    /// Whether the amount is below the minimum listed for its currency; `false` when none is listed.
    func isBelow(_ minimums: [Money]) -> Bool {
        for minimum in minimums where minimum.currency == currency { return minorUnits < minimum.minorUnits }
        return false
    }
}
