import Foundation

extension RiskClassifier {
    /// The unit of work that records a classification run: every customer whose risk record changed, with
    /// the new record, and a ``ActivityKind/riskTierChanged`` activity for every customer whose tier in force
    /// changed (a first classification included), its comment giving the move and the reasons.
    ///
    /// The activity's id is `risk/<customer>/<as-of date>`, so committing the same run twice fails rather
    /// than logging twice, and a re-run the same day finds the tier already changed and logs nothing. It
    /// records the customer's overdue balances and current days late, as every activity does.
    ///
    /// ```swift
    /// let changes = classifier.changeSet(for: assessments, customers: customers, at: clock.now)
    /// try await store.commit(changes)
    /// ```
    ///
    /// - Parameters:
    ///   - assessments: The assessments of a run.
    ///   - customers: The customers classified, as they were read (best in the same order as `assessments`);
    ///     an assessment whose customer is missing is skipped.
    ///   - timestamp: When the run is recorded.
    ///   - language: The language of the activities' comments.
    /// - Returns: The change set; empty when nothing changed.
    public func changeSet(
        for assessments: [RiskAssessment], customers: [Customer], at timestamp: Date,
        language: RiskReason.Language = .spanish
    ) -> ChangeSet {
        var changes = ChangeSet()
        var byID: [CustomerID: Int]?
        // A run's assessments share their as-of date: its text is written once, not once per activity id.
        var dateText: (date: CivilDate, text: String)?
        for (position, assessment) in assessments.enumerated() {
            let customerPosition: Int
            if position < customers.count, customers[position].id == assessment.customerID {
                customerPosition = position
            } else {
                if byID == nil {
                    byID = Dictionary(
                        customers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
                }
                guard let found = byID?[assessment.customerID] else { continue }
                customerPosition = found
            }
            var customer = customers[customerPosition]
            guard customer.risk != assessment.risk else { continue }
            customer.risk = assessment.risk
            changes.upsert(customer)
            guard assessment.tierChanged else { continue }
            let asOf = assessment.features.asOf
            if dateText?.date != asOf { dateText = (asOf, asOf.description) }
            changes.append(
                Activity(
                    id: ActivityID("risk/" + assessment.customerID.rawValue + "/" + (dateText?.text ?? "")),
                    timestamp: timestamp, performedBy: .system, customerID: assessment.customerID,
                    kind: .riskTierChanged, overdueBalances: assessment.features.overdueBalance,
                    daysLate: assessment.features.currentDaysLate, comment: Self.comment(assessment, language)))
        }
        return changes
    }

    /// The comment of a tier change: "nivel de riesgo B → C: …reasons" / "risk tier B → C: …reasons".
    ///
    /// - Parameters:
    ///   - assessment: The assessment.
    ///   - language: The language.
    /// - Returns: The comment.
    static func comment(_ assessment: RiskAssessment, _ language: RiskReason.Language) -> String {
        // One byte buffer grown in place, made a string once: no array of texts to join, no temporaries.
        var comment: [UInt8] = []
        comment.reserveCapacity(256)
        switch language {
        case .spanish:
            comment.append(
                contentsOf: (assessment.previousTier == nil ? "nivel de riesgo inicial " : "nivel de riesgo ").utf8)
        case .english:
            comment.append(contentsOf: (assessment.previousTier == nil ? "initial risk tier " : "risk tier ").utf8)
        }
        if let previous = assessment.previousTier {
            comment.append(contentsOf: previous.name.utf8)
            comment.append(contentsOf: " → ".utf8)
        }
        comment.append(contentsOf: assessment.tier.name.utf8)
        comment.append(contentsOf: ": ".utf8)
        for (index, reason) in assessment.reasons.enumerated() {
            if index > 0 { comment.append(contentsOf: "; ".utf8) }
            reason.write(in: language, to: &comment)
        }
        return String(knownValidUTF8: comment)
    }
}
