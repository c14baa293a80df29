/// The rules that turn a customer's payment behaviour into a risk tier: which features count and how much
/// (``factors``), the score ranges of the tiers (``tiers``), the windows the features look at, the default
/// tier for customers without history, the VIP tier, and the stability rule.
///
/// The score runs from 0 (best) to 100 (worst): each ``RiskFactorRule`` adds up to its weight, and the sum
/// is scaled so that every factor at its worst makes 100. The tier is the last one whose
/// ``RiskTierDefinition/minimumScore`` the score reaches.
///
/// ``standard`` is the default policy — A reliable, B needs reminders, C needs calls, D high risk — with the
/// reasoning behind each number in the doc comments below and in `Documentation/Risk-Classification.md`.
///
/// A policy is Codable; every field is optional in JSON and missing ones take the standard value. Decoding
/// validates, so a policy that makes no sense fails when it is loaded, with a ``PolicyError`` naming the
/// field:
///
/// ```swift
/// let json = #"{"defaultTier": "C", "consecutiveEvaluations": 2}"#
/// let policy = try JSONDecoder().decode(RiskPolicy.self, from: Data(json.utf8))
/// ```
public struct RiskPolicy: Sendable, Hashable {
    /// The tiers from best to worst, each with the lowest score that falls in it. At least two; the first
    /// starts at 0 and the minimums rise strictly.
    public var tiers: [RiskTierDefinition]
    /// The features the score weighs, each at most once.
    public var factors: [RiskFactorRule]
    /// The tier of customers with less history than ``minimumHistory``, unless their score already points to
    /// a worse one. Standard: B — nothing shows yet that they pay unprompted, and reminders cost little.
    public var defaultTier: RiskTier
    /// The tier in force for VIP customers, whatever their behaviour. Standard: A.
    public var vipTier: RiskTier
    /// How many assessed invoices a customer needs before the score can give a better tier than
    /// ``defaultTier``. Standard: 3 — one or two invoices paid on time are luck, three are a habit.
    public var minimumHistory: Int
    /// How many months back payment history is read: invoices due after the same day that many months
    /// before the as-of date. Invoices still unpaid are assessed whatever their due date. Standard: 12 —
    /// a full year covers seasonal payers and forgets last year's troubles.
    public var historyMonths: Int
    /// How many days back broken promises and disputes are counted, the as-of date included. Standard: 90 —
    /// a quarter: recent enough to be today's behaviour.
    public var eventWindowDays: Int
    /// Days after the due date that still count as paid on time. Standard: 3 — a transfer made on the due
    /// date over a weekend is credited on the next business day, and that is not late payment.
    public var onTimeGraceDays: Int
    /// How many consecutive evaluations a new tier must be indicated before it replaces the tier in force.
    /// Standard: 3 — with daily runs, a tier moves one step only after three days of evidence.
    public var consecutiveEvaluations: Int
    /// A move of at least this many tiers applies at once, without waiting. Standard: 2 — from A to C is
    /// not noise.
    public var immediateChangeTiers: Int

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - tiers: The tiers from best to worst.
    ///   - factors: The weighed features.
    ///   - defaultTier: The tier of customers without enough history.
    ///   - vipTier: The tier of VIP customers.
    ///   - minimumHistory: The assessed invoices needed to earn a better tier than the default.
    ///   - historyMonths: The months of payment history read.
    ///   - eventWindowDays: The days of broken promises and disputes counted.
    ///   - onTimeGraceDays: Days after the due date still counted as on time.
    ///   - consecutiveEvaluations: Evaluations a new tier must hold before it is in force.
    ///   - immediateChangeTiers: Tiers a move must span to apply at once.
    public init(
        tiers: [RiskTierDefinition] = RiskPolicy.standardTiers, factors: [RiskFactorRule] = RiskPolicy.standardFactors,
        defaultTier: RiskTier = .b, vipTier: RiskTier = .a, minimumHistory: Int = 3, historyMonths: Int = 12,
        eventWindowDays: Int = 90, onTimeGraceDays: Int = 3, consecutiveEvaluations: Int = 3,
        immediateChangeTiers: Int = 2
    ) {
        self.tiers = tiers
        self.factors = factors
        self.defaultTier = defaultTier
        self.vipTier = vipTier
        self.minimumHistory = minimumHistory
        self.historyMonths = historyMonths
        self.eventWindowDays = eventWindowDays
        self.onTimeGraceDays = onTimeGraceDays
        self.consecutiveEvaluations = consecutiveEvaluations
        self.immediateChangeTiers = immediateChangeTiers
    }

    /// The default policy: four tiers A–D, the standard factors, default tier B, VIP tier A, 3 invoices of
    /// history, 12 months, 90 days, 3 grace days, 3 consecutive evaluations, immediate on a 2-tier move.
    public static let standard = RiskPolicy()

    /// The standard tiers and the reasoning behind each score range.
    ///
    /// - **A, reliable, 0 to < 15.** Pays on time without being asked. Fifteen points leave room for one
    ///   blemish — a quarter of invoices late by a few days (lateShare 0.3 → 10 points), or a young
    ///   relationship (up to 5) — but not for two.
    /// - **B, needs reminders, 15 to < 35.** Pays, but late by days or a couple of weeks; a reminder gets
    ///   the money. A customer who always pays about 20 days late lands here (≈ 34 points).
    /// - **C, needs calls, 35 to < 60.** Habitually weeks late, or breaking promises, or with most of the
    ///   balance overdue: someone has to pick up the phone. Always 40–60 days late (average 50, worst 60)
    ///   with 40% of the balance overdue is 57 points.
    /// - **D, high risk, 60 and above.** Months late, promises broken again and again, over the credit
    ///   limit: stop extending credit and escalate. One broken promise (5 points) on top of the C example
    ///   makes it D.
    public static let standardTiers: [RiskTierDefinition] = [
        RiskTierDefinition(name: "A", meaning: "reliable", minimumScore: 0),
        RiskTierDefinition(name: "B", meaning: "needs reminders", minimumScore: 15),
        RiskTierDefinition(name: "C", meaning: "needs calls", minimumScore: 35),
        RiskTierDefinition(name: "D", meaning: "high risk", minimumScore: 60),
    ]

    /// The standard factors; the weights add up to 100, so each weight is the factor's points at its worst.
    ///
    /// - `lateShare` 25, good 0.1 → bad 0.6: paying on time is the heart of "pays without being asked".
    ///   One invoice late in ten is life; late more often than not is a habit.
    /// - `averageDaysLate` 10, 3 → 45 and `amountWeightedDaysLate` 10, 3 → 45: how late, counted per
    ///   invoice and per peso, so that paying the small invoices on time and the big ones late shows.
    ///   Three days is the grace; 45 days late means a month and a half of financing the customer.
    /// - `worstDaysLate` 10, 15 → 90: one very late invoice is a warning even in a good average; 90 days is
    ///   where most companies start talking about write-offs.
    /// - `brokenPromises` 15, 0 → 3: a broken promise is the strongest sign that calls alone do not work;
    ///   each one in 90 days adds 5 points.
    /// - `disputes` 5, 0 → 3: disputes are often the company's own errors, so they weigh little — but
    ///   three in a quarter is a pattern.
    /// - `overdueRatio` 10, 0.1 → 0.6: the share of today's balance more than the grace days overdue.
    /// - `creditLimitUse` 10, 0.8 → 1.2: approaching the limit is normal; going over it is exposure.
    /// - `relationshipDays` 5, 730 → 180: under six months a customer is new; after two years, known.
    public static let standardFactors: [RiskFactorRule] = [
        RiskFactorRule(factor: .lateShare, weight: 25, good: 0.1, bad: 0.6),
        RiskFactorRule(factor: .averageDaysLate, weight: 10, good: 3, bad: 45),
        RiskFactorRule(factor: .amountWeightedDaysLate, weight: 10, good: 3, bad: 45),
        RiskFactorRule(factor: .worstDaysLate, weight: 10, good: 15, bad: 90),
        RiskFactorRule(factor: .brokenPromises, weight: 15, good: 0, bad: 3),
        RiskFactorRule(factor: .disputes, weight: 5, good: 0, bad: 3),
        RiskFactorRule(factor: .overdueRatio, weight: 10, good: 0.1, bad: 0.6),
        RiskFactorRule(factor: .creditLimitUse, weight: 10, good: 0.8, bad: 1.2),
        RiskFactorRule(factor: .relationshipDays, weight: 5, good: 730, bad: 180),
    ]
}
