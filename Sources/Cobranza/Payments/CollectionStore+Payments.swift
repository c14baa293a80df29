import Foundation

extension CollectionStore {
    /// Records a payment: reads the customer's invoices, applies the payment, settles its effect on
    /// collection statuses with the default ``StatusPolicy`` (promises kept or broken, payment plans
    /// completed — see ``PaymentApplication/settled(against:policy:)``), and commits the invoices, the payment
    /// and its activities as one unit of work. If another writer changed one of the invoices in between, it
    /// reads again and retries (up to `attempts` times).
    ///
    /// ```swift
    /// let payment = Payment(id: "REC-881", customerID: "C-001", date: today,
    ///                       amount: try Money(parsing: "1500.00", currency: .ars, style: .plain))
    /// let application = try await store.record(payment, at: clock.now)
    /// application.payment.unappliedAmount   // credit left on the customer, if any
    /// ```
    ///
    /// - Parameters:
    ///   - payment: The payment, without allocations.
    ///   - timestamp: When it is recorded.
    ///   - performedBy: Who records it.
    ///   - attempts: How many times to retry after a conflicting concurrent write.
    /// - Returns: The committed application.
    /// - Throws: ``PaymentError`` for a payment that cannot be applied (including one already recorded),
    ///   ``StoreError`` from the store.
    @discardableResult
    public func record(
        _ payment: Payment, at timestamp: Date, performedBy: Performer = .system, attempts: Int = 5
    ) async throws -> PaymentApplication {
        try await record(payment, at: timestamp, performedBy: performedBy, attempts: attempts, policy: StatusPolicy())
    }

    /// Records a payment like ``record(_:at:performedBy:attempts:)``, settling promises with the grace days
    /// of `policy`.
    ///
    /// ```swift
    /// try await store.record(payment, at: clock.now, policy: context.policy)
    /// ```
    ///
    /// - Parameters:
    ///   - payment: The payment, without allocations.
    ///   - timestamp: When it is recorded.
    ///   - performedBy: Who records it.
    ///   - attempts: How many times to retry after a conflicting concurrent write.
    ///   - policy: The status policy whose grace days decide whether a promise was kept.
    /// - Returns: The committed application.
    /// - Throws: ``PaymentError`` for a payment that cannot be applied (including one already recorded),
    ///   ``StoreError`` from the store.
    @discardableResult
    public func record(
        _ payment: Payment, at timestamp: Date, performedBy: Performer = .system, attempts: Int = 5,
        policy: StatusPolicy
    ) async throws -> PaymentApplication {
        var attempt = 0
        while true {
            attempt += 1
            guard try await payments(ids: [payment.id]).isEmpty else { throw PaymentError.alreadyRecorded(payment.id) }
            var invoices = try await self.invoices(matching: InvoiceQuery(customerIDs: [payment.customerID]))
            let missing = payment.targetInvoiceIDs.filter { id in !invoices.contains { $0.id == id } }
            if !missing.isEmpty { invoices += try await self.invoices(ids: missing) }
            let application = try PaymentApplication.apply(
                payment, to: invoices, at: timestamp, performedBy: performedBy
            ).settled(against: invoices, policy: policy)
            do {
                try await commit(application.changeSet)
                return application
            } catch StoreError.conflict where attempt < attempts {
                continue
            } catch StoreError.duplicateKey(.payment, _) {
                throw PaymentError.alreadyRecorded(payment.id)
            }
        }
    }
}
