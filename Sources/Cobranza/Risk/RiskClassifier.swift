import Foundation

/// Classifies customers by payment behaviour: features from their history, a score and tier from the
/// ``RiskPolicy``, the stability rule against the stored ``CustomerRisk``, and the override and VIP rules.
///
/// ``classify(customers:invoices:payments:activities:asOf:)`` takes the whole portfolio as arrays and makes
/// one pass over each: records listed customer by customer in the customers' order (as a store or an export
/// gives them) are walked together with the customers; in any other order they are grouped by customer first
/// (a counting sort into index arrays, no per-invoice dictionary). Either way every customer is computed
/// from its own slice, with the same result. No store is queried; read
/// the arrays once, classify, and commit ``changeSet(for:customers:at:language:)``.
///
/// ```swift
/// let classifier = RiskClassifier(policy: .standard, timeZone: clock.timeZone)
/// let assessments = classifier.classify(
///     customers: customers, invoices: invoices, payments: payments, activities: activities, asOf: clock.today)
/// try await store.commit(classifier.changeSet(for: assessments, customers: customers, at: clock.now))
/// ```
///
/// The batch formats no text: reasons are data (``RiskAssessment/reasons``) worded on demand, for the
/// customers someone looks at and for the tier changes the change set logs.
public struct RiskClassifier: Sendable {
    /// The policy applied.
    public var policy: RiskPolicy
    /// The company's time zone, which decides the civil date of activities (broken promises, disputes).
    public var timeZone: TimeZone

    /// Creates a classifier.
    ///
    /// - Parameters:
    ///   - policy: The policy; validate it first if it was not decoded.
    ///   - timeZone: The company's time zone, usually ``Clock/timeZone``.
    public init(policy: RiskPolicy = .standard, timeZone: TimeZone) {
        self.policy = policy
        self.timeZone = timeZone
    }

    /// Classifies every customer of a portfolio in one pass.
    ///
    /// Records of customers not in `customers` are ignored; so are payments' allocations to invoices of
    /// another customer. A customer listed twice is assessed twice, its history going to the first.
    ///
    /// - Parameters:
    ///   - customers: The customers to classify, with their stored ``Customer/risk``.
    ///   - invoices: Their invoices, in any order (grouped by customer is fastest).
    ///   - payments: Their payments with allocations; those dated after `asOf` are undone.
    ///   - activities: Their activities; only broken promises and disputes in the event window count.
    ///   - asOf: The evaluation date.
    /// - Returns: One assessment per customer, in the order of `customers`.
    /// - Complexity: O(*c* + *i* + *p* + *a*) for *c* customers, *i* invoices, *p* payments and *a*
    ///   activities, plus O(*k*²) per customer with *k* ≤ 32 invoices for matching allocations.
    public func classify(
        customers: [Customer], invoices: [Invoice], payments: [Payment], activities: [Activity], asOf: CivilDate
    ) -> [RiskAssessment] {
        // Distinct customers are numbered without hashing when records come customer by customer or the
        // customers are in id order; a customer listed twice takes its history at its first place, which only
        // a dictionary of first places gives (and the walk in order cannot see).
        let invoiceGroups: CustomerGroups
        let paymentGroups: CustomerGroups
        let events: (brokenPromises: [Int], disputes: [Int])
        if var numbering = CustomerNumbering(customers) {
            events = countEvents(activities, customers: customers.count, asOf: asOf) { numbering.position(of: $0) }
            if let assessments = classifyListedInOrder(
                customers: customers, invoices: invoices, payments: payments, events: events, asOf: asOf)
            {
                return assessments
            }
            invoiceGroups = CustomerGroups(
                invoices, customers: customers.count, customerID: { $0.customerID },
                owner: { numbering.position(of: $0) })
            paymentGroups = CustomerGroups(
                payments, customers: customers.count, customerID: { $0.customerID },
                owner: { numbering.position(of: $0) })
        } else {
            var index: [CustomerID: Int] = [:]
            index.reserveCapacity(customers.count)
            for position in customers.indices where index[customers[position].id] == nil {
                index[customers[position].id] = position
            }
            events = countEvents(activities, customers: customers.count, asOf: asOf) { index[$0] }
            invoiceGroups = CustomerGroups(
                invoices, customers: customers.count, customerID: { $0.customerID }, owner: { index[$0] })
            paymentGroups = CustomerGroups(
                payments, customers: customers.count, customerID: { $0.customerID }, owner: { index[$0] })
        }

        var builder = RiskFeatureBuilder(policy: policy, asOf: asOf)
        var assessments: [RiskAssessment] = []
        assessments.reserveCapacity(customers.count)
        for position in customers.indices {
            let features = builder.features(
                creditLimit: customers[position].creditLimit, customerSince: customers[position].customerSince,
                invoices: invoices, invoiceOrder: invoiceGroups.members(of: position), payments: payments,
                paymentOrder: paymentGroups.members(of: position), brokenPromises: events.brokenPromises[position],
                disputes: events.disputes[position])
            assessments.append(
                assess(
                    customers[position].id, risk: customers[position].risk,
                    override: customers[position].riskTierOverride, isVIP: customers[position].isVIP,
                    features: features, asOf: asOf))
        }
        return assessments
    }

    /// The batch when invoices and payments are listed customer by customer in the customers' order (as a
    /// store or an export gives them): one walk over the three arrays together, each customer's records a
    /// contiguous run, so no record is read twice. Returns `nil` as soon as the records turn out to be in
    /// another order (a record left behind, or a run of customers without records while records remain),
    /// and the caller groups them instead; both give the same assessments.
    private func classifyListedInOrder(
        customers: [Customer], invoices: [Invoice], payments: [Payment],
        events: (brokenPromises: [Int], disputes: [Int]), asOf: CivilDate
    ) -> [RiskAssessment]? {
        // A customer without records is normal (a new customer, one who never paid); a long streak of them
        // while records remain means the records follow another order.
        let stallLimit = 64
        let identity = [Int32](unsafeUninitializedCapacity: Swift.max(invoices.count, payments.count)) {
            buffer, count in
            for position in buffer.indices {
                buffer.initializeElement(at: position, to: Int32(truncatingIfNeeded: position))
            }
            count = buffer.count
        }
        var builder = RiskFeatureBuilder(policy: policy, asOf: asOf)
        var assessments: [RiskAssessment] = []
        assessments.reserveCapacity(customers.count)
        var invoiceEnd = 0
        var paymentEnd = 0
        var invoiceStall = 0
        var paymentStall = 0
        for position in customers.indices {
            let id = customers[position].id
            let invoiceStart = invoiceEnd
            while invoiceEnd < invoices.count, invoices[invoiceEnd].customerID == id { invoiceEnd += 1 }
            let paymentStart = paymentEnd
            while paymentEnd < payments.count, payments[paymentEnd].customerID == id { paymentEnd += 1 }
            invoiceStall = invoiceEnd == invoiceStart && invoiceEnd < invoices.count ? invoiceStall + 1 : 0
            paymentStall = paymentEnd == paymentStart && paymentEnd < payments.count ? paymentStall + 1 : 0
            guard invoiceStall <= stallLimit, paymentStall <= stallLimit else { return nil }
            let features = builder.features(
                creditLimit: customers[position].creditLimit, customerSince: customers[position].customerSince,
                invoices: invoices, invoiceOrder: identity[invoiceStart..<invoiceEnd], payments: payments,
                paymentOrder: identity[paymentStart..<paymentEnd], brokenPromises: events.brokenPromises[position],
                disputes: events.disputes[position])
            assessments.append(
                assess(
                    id, risk: customers[position].risk, override: customers[position].riskTierOverride,
                    isVIP: customers[position].isVIP, features: features, asOf: asOf))
        }
        guard invoiceEnd == invoices.count, paymentEnd == payments.count else { return nil }
        return assessments
    }

    /// Classifies one customer from its records; the same rules as the batch.
    ///
    /// - Parameters:
    ///   - customer: The customer, with its stored risk.
    ///   - invoices: Its invoices (others are ignored).
    ///   - payments: Its payments.
    ///   - activities: Its activities.
    ///   - asOf: The evaluation date.
    /// - Returns: The assessment.
    public func assess(
        _ customer: Customer, invoices: [Invoice], payments: [Payment], activities: [Activity], asOf: CivilDate
    ) -> RiskAssessment {
        classify(customers: [customer], invoices: invoices, payments: payments, activities: activities, asOf: asOf)[0]
    }

    /// Turns a customer's features into an assessment: score, tier, history rule, stability, override, VIP.
    ///
    /// - Parameters:
    ///   - customer: The customer, with its stored risk.
    ///   - features: Its features.
    ///   - asOf: The evaluation date.
    /// - Returns: The assessment.
    public func assess(_ customer: Customer, features: RiskFeatures, asOf: CivilDate) -> RiskAssessment {
        assess(
            customer.id, risk: customer.risk, override: customer.riskTierOverride, isVIP: customer.isVIP,
            features: features, asOf: asOf)
    }

    /// The assessment from the few fields of a customer it needs, so the batch copies no customer.
    private func assess(
        _ customerID: CustomerID, risk previous: CustomerRisk?, override: RiskTier?, isVIP: Bool,
        features: RiskFeatures, asOf: CivilDate
    ) -> RiskAssessment {
        let score = policy.scoreValue(of: features)
        let scoreTier = policy.tier(forScore: score)
        let hasHistory = features.invoicesAssessed >= policy.minimumHistory
        let indicated = hasHistory ? scoreTier : policy.worse(scoreTier, policy.defaultTier)
        let stable = policy.stabilize(indicated: indicated, previous: previous, asOf: asOf)
        let tier: RiskTier
        let source: RiskAssessment.Source
        if let override {
            (tier, source) = (override, .manualOverride)
        } else if isVIP {
            (tier, source) = (policy.vipTier, .vip)
        } else {
            (tier, source) = (stable.tier, .classification)
        }
        return RiskAssessment(
            customerID: customerID, tier: tier, source: source, classifiedTier: stable.tier, indicatedTier: indicated,
            usesDefaultTier: !hasHistory && indicated == policy.defaultTier, score: score, features: features,
            rules: policy.factors, previousTier: previous?.tier,
            risk: CustomerRisk(
                tier: tier, score: score, assessedOn: asOf, pendingTier: stable.pendingTier,
                pendingCount: stable.pendingCount, computedTier: stable.tier),
            requiredHistory: policy.minimumHistory, requiredEvaluations: policy.consecutiveEvaluations)
    }

    /// Broken promises and disputes per customer position in the event window: one pass, and a customer
    /// lookup only for the activities that count.
    private func countEvents(
        _ activities: [Activity], customers: Int, asOf: CivilDate, owner: (CustomerID) -> Int?
    ) -> (brokenPromises: [Int], disputes: [Int]) {
        var brokenPromises = [Int](repeating: 0, count: customers)
        var disputes = [Int](repeating: 0, count: customers)
        let start = asOf.adding(days: 1 - policy.eventWindowDays).startInstant(in: timeZone)
        let end = asOf.adding(days: 1).startInstant(in: timeZone)
        for position in activities.indices {
            let isBroken: Bool
            switch activities[position].kind {
            case .promiseBroken: isBroken = true
            case .outcome:
                guard case .disputed? = activities[position].newStatus else { continue }
                isBroken = false
            default: continue
            }
            let timestamp = activities[position].timestamp
            guard timestamp >= start, timestamp < end, let customer = owner(activities[position].customerID) else {
                continue
            }
            if isBroken { brokenPromises[customer] += 1 } else { disputes[customer] += 1 }
        }
        return (brokenPromises, disputes)
    }
}
