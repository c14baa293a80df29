/// How a collector's daily work queue ranks customers: the weight of every factor of the priority score.
///
/// A customer is on the queue of its collector on day *t* when at least one of these holds:
/// it has an *actionable* overdue invoice (open, due before *t*, in a status a call can move — normal,
/// paying, negotiating, refused to pay, or a promise whose date has passed), a promise broken recently, a
/// promise due on *t*, or an open follow-up task for a collector due on or before *t*. Invoices in dispute or
/// clarification, with a payment reported, under a payment plan, in court, or promised for a later date are
/// not actionable: they neither put a customer on the list nor add points.
///
/// **score = overdueAmountWeight × log₁₀(1 + Σ_currency overdue ÷ unit)**
/// **+ daysLateWeight × min(days late, daysLateCap)**
/// **+ tierPoints[tier] (unclassifiedTierPoints when the customer has no tier or an unlisted one)**
/// **+ brokenPromisePoints (a promise broken within brokenPromiseLookbackDays, or a promised date passed)**
/// **+ promiseDueTodayPoints (a promise due on *t*)**
/// **+ taskDuePoints (an open task due on or before *t*)**
/// **− recentContactPenalty (a collector contacted the customer on or after *t* − recentContactDays)**
///
/// The amount factor is logarithmic so that a large debt ranks high without drowning every other factor;
/// each currency's overdue balance is turned into units with its own scale (``amountUnits``, by default one
/// major unit: 1 peso, 1 dollar), so set the scales when a portfolio mixes currencies of different value.
/// Ties rank more days late first, then by customer id.
///
/// ```json
/// {"overdueAmountWeight": 10, "daysLateWeight": 0.5, "daysLateCap": 120,
///  "tierPoints": {"A": 0, "B": 10, "C": 25, "D": 40}, "unclassifiedTierPoints": 10,
///  "brokenPromisePoints": 50, "brokenPromiseLookbackDays": 7, "promiseDueTodayPoints": 40,
///  "taskDuePoints": 30, "recentContactPenalty": 30, "recentContactDays": 1,
///  "amountUnits": {"USD": 100}, "maximumEntries": 100}
/// ```
///
/// Every field is optional in JSON and takes the default shown (`"maximumEntries": null` lists everyone); the
/// policy is validated when decoded.
public struct WorkQueuePolicy: Sendable, Hashable, Codable {
    /// Points per power of ten of the overdue amount in units.
    public var overdueAmountWeight: Double
    /// Minor units per unit of amount, by currency code; a currency not listed uses one major unit.
    public var amountUnits: [String: Int64]
    /// Points per day late of the oldest actionable overdue invoice.
    public var daysLateWeight: Double
    /// The days late beyond which the days factor stops growing.
    public var daysLateCap: Int
    /// Points per risk tier name.
    public var tierPoints: [String: Double]
    /// Points for a customer with no tier, or with a tier not in ``tierPoints``.
    public var unclassifiedTierPoints: Double
    /// Points for a broken promise.
    public var brokenPromisePoints: Double
    /// How many days back a ``ActivityKind/promiseBroken`` activity still counts (if no new promise was
    /// obtained after it).
    public var brokenPromiseLookbackDays: Int
    /// Points for a promise due today.
    public var promiseDueTodayPoints: Double
    /// Points for an open task due today or earlier.
    public var taskDuePoints: Double
    /// Points subtracted when a collector contacted the customer recently.
    public var recentContactPenalty: Double
    /// How many days back a collector's contact counts as recent: 0 means today only, 1 today or yesterday.
    public var recentContactDays: Int
    /// The most entries per queue (the first to call); `nil` for every customer with a reason to be called.
    /// Defaults to 100, more calls than a collector makes in a day.
    public var maximumEntries: Int?

    /// Creates a policy; every value has a default.
    ///
    /// - Parameters:
    ///   - overdueAmountWeight: Points per power of ten of the overdue amount.
    ///   - amountUnits: Minor units per unit, by currency code.
    ///   - daysLateWeight: Points per day late.
    ///   - daysLateCap: The days late where the days factor stops.
    ///   - tierPoints: Points per tier name.
    ///   - unclassifiedTierPoints: Points without a known tier.
    ///   - brokenPromisePoints: Points for a broken promise.
    ///   - brokenPromiseLookbackDays: Days a broken promise counts.
    ///   - promiseDueTodayPoints: Points for a promise due today.
    ///   - taskDuePoints: Points for a task due.
    ///   - recentContactPenalty: Points subtracted after a recent contact.
    ///   - recentContactDays: Days a contact counts as recent.
    ///   - maximumEntries: The most entries per queue.
    public init(
        overdueAmountWeight: Double = 10, amountUnits: [String: Int64] = [:], daysLateWeight: Double = 0.5,
        daysLateCap: Int = 120, tierPoints: [String: Double] = ["A": 0, "B": 10, "C": 25, "D": 40],
        unclassifiedTierPoints: Double = 10, brokenPromisePoints: Double = 50, brokenPromiseLookbackDays: Int = 7,
        promiseDueTodayPoints: Double = 40, taskDuePoints: Double = 30, recentContactPenalty: Double = 30,
        recentContactDays: Int = 1, maximumEntries: Int? = 100
    ) {
        self.overdueAmountWeight = overdueAmountWeight
        self.amountUnits = amountUnits
        self.daysLateWeight = daysLateWeight
        self.daysLateCap = daysLateCap
        self.tierPoints = tierPoints
        self.unclassifiedTierPoints = unclassifiedTierPoints
        self.brokenPromisePoints = brokenPromisePoints
        self.brokenPromiseLookbackDays = brokenPromiseLookbackDays
        self.promiseDueTodayPoints = promiseDueTodayPoints
        self.taskDuePoints = taskDuePoints
        self.recentContactPenalty = recentContactPenalty
        self.recentContactDays = recentContactDays
        self.maximumEntries = maximumEntries
    }

    private enum CodingKeys: String, CodingKey {
        case overdueAmountWeight, amountUnits, daysLateWeight, daysLateCap, tierPoints, unclassifiedTierPoints
        case brokenPromisePoints, brokenPromiseLookbackDays, promiseDueTodayPoints, taskDuePoints
        case recentContactPenalty, recentContactDays, maximumEntries
    }

    /// Decodes a policy, taking the default for every absent field, and validates it.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError`, or ``PolicyError`` naming the field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = WorkQueuePolicy()
        func value<T: Decodable>(_ key: CodingKeys, _ fallback: T) throws -> T {
            try container.decodeIfPresent(T.self, forKey: key) ?? fallback
        }
        self.init(
            overdueAmountWeight: try value(.overdueAmountWeight, defaults.overdueAmountWeight),
            amountUnits: try value(.amountUnits, defaults.amountUnits),
            daysLateWeight: try value(.daysLateWeight, defaults.daysLateWeight),
            daysLateCap: try value(.daysLateCap, defaults.daysLateCap),
            tierPoints: try value(.tierPoints, defaults.tierPoints),
            unclassifiedTierPoints: try value(.unclassifiedTierPoints, defaults.unclassifiedTierPoints),
            brokenPromisePoints: try value(.brokenPromisePoints, defaults.brokenPromisePoints),
            brokenPromiseLookbackDays: try value(.brokenPromiseLookbackDays, defaults.brokenPromiseLookbackDays),
            promiseDueTodayPoints: try value(.promiseDueTodayPoints, defaults.promiseDueTodayPoints),
            taskDuePoints: try value(.taskDuePoints, defaults.taskDuePoints),
            recentContactPenalty: try value(.recentContactPenalty, defaults.recentContactPenalty),
            recentContactDays: try value(.recentContactDays, defaults.recentContactDays),
            maximumEntries: container.contains(.maximumEntries)
                ? try container.decodeIfPresent(Int.self, forKey: .maximumEntries) : defaults.maximumEntries)
        try validate()
    }

    /// Checks that every weight is a finite number and every count is in range.
    ///
    /// - Throws: ``PolicyError`` naming the field.
    public func validate() throws(PolicyError) {
        let weights: [(String, Double)] = [
            ("overdueAmountWeight", overdueAmountWeight), ("daysLateWeight", daysLateWeight),
            ("unclassifiedTierPoints", unclassifiedTierPoints), ("brokenPromisePoints", brokenPromisePoints),
            ("promiseDueTodayPoints", promiseDueTodayPoints), ("taskDuePoints", taskDuePoints),
            ("recentContactPenalty", recentContactPenalty),
        ]
        for (field, weight) in weights where !weight.isFinite {
            throw .invalidValue(field: field, reason: "must be a finite number")
        }
        for (tier, points) in tierPoints.sorted(by: { $0.key < $1.key }) where !points.isFinite {
            throw .invalidValue(field: "tierPoints.\(tier)", reason: "must be a finite number")
        }
        for (code, unit) in amountUnits.sorted(by: { $0.key < $1.key }) where unit <= 0 {
            throw .invalidValue(field: "amountUnits.\(code)", reason: "must be at least 1 minor unit")
        }
        guard daysLateCap >= 0 else { throw .invalidValue(field: "daysLateCap", reason: "must be at least 0") }
        guard brokenPromiseLookbackDays >= 0 else {
            throw .invalidValue(field: "brokenPromiseLookbackDays", reason: "must be at least 0")
        }
        guard recentContactDays >= 0 else {
            throw .invalidValue(field: "recentContactDays", reason: "must be at least 0")
        }
        if let maximumEntries, maximumEntries < 1 {
            throw .invalidValue(field: "maximumEntries", reason: "must be at least 1")
        }
    }

    /// The points of a tier.
    ///
    /// - Parameter tier: The customer's effective tier, if any.
    /// - Returns: ``tierPoints`` for the tier's name, else ``unclassifiedTierPoints``.
    public func points(for tier: RiskTier?) -> Double {
        tier.flatMap { tierPoints[$0.name] } ?? unclassifiedTierPoints
    }

    /// The minor units per unit of amount in a currency.
    ///
    /// - Parameter currency: A currency.
    /// - Returns: ``amountUnits`` for its code, else one major unit.
    public func unit(for currency: Currency) -> Int64 {
        amountUnits[currency.code] ?? currency.minorUnitsPerMajor
    }
}
