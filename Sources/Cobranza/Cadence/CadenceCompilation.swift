/// The policy's cadences prepared for the planner's per-invoice loop: every tier's steps flattened into
/// parallel arrays, the fields the loop reads in a plain value type.
struct CadenceCompilation {
    /// What the per-invoice loop reads of a step: plain values only, so reading one copies no references.
    struct Timing {
        /// Days from the anchor (the due date, or the issue date when ``onIssue``).
        var offset: Int32
        /// The stage's severity.
        var severity: Int16
        /// The portfolio stages the step needs, as a bit mask (``bit(of:)``); all bits set for any stage.
        var stageMask: UInt8
        /// Whether the step is anchored on the issue date rather than the due date.
        var onIssue: Bool
        /// Whether the step is a notice meant for on or before the due date.
        var isPreDue: Bool
        /// Whether the step has a minimum-balance condition (in ``CadenceCompilation/minimumBalances``).
        var hasMinimumBalance: Bool
    }

    /// Every step of every tier.
    private(set) var steps: [CadenceStep] = []
    /// The hot fields, parallel to ``steps``.
    private(set) var timings: [Timing] = []
    /// The minimum-balance conditions, parallel to ``steps``.
    private(set) var minimumBalances: [[Money]] = []
    /// Each cadence's steps, as a range of indices.
    private(set) var ranges: [Range<Int>] = []
    /// Whether a cadence has a step with a portfolio-stage condition.
    private(set) var needsPortfolioStage: [Bool] = []
    /// The cadence of each tier, as an index into ``ranges``.
    private(set) var cadenceOfTier: [RiskTier: Int] = [:]

    init(_ tiers: [RiskTier: Cadence]) {
        for (tier, cadence) in tiers {
            cadenceOfTier[tier] = ranges.count
            ranges.append(steps.count..<steps.count + cadence.steps.count)
            needsPortfolioStage.append(cadence.steps.contains { $0.conditions?.portfolioStages != nil })
            for step in cadence.steps {
                steps.append(step)
                let minimum = step.conditions?.minimumBalance ?? []
                minimumBalances.append(minimum)
                let stageMask = step.conditions?.portfolioStages.map { $0.reduce(UInt8(0)) { $0 | Self.bit(of: $1) } }
                let offset = step.trigger.dueOffset ?? 0
                timings.append(
                    Timing(
                        offset: Int32(clamping: offset), severity: Int16(step.stage.severity),
                        stageMask: stageMask ?? .max, onIssue: step.trigger == .onIssue,
                        isPreDue: step.trigger.isPreDue || step.stage.isPreDue, hasMinimumBalance: !minimum.isEmpty))
            }
        }
    }

    /// The stage bit of a customer whose portfolio stage was not supplied: it meets no stage condition but
    /// every step without one (whose mask has all bits set).
    static let unknownStage: UInt8 = 0x80

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
