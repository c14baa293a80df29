extension MeasuresComputation {
    /// Groups every allocation by the invoice it pays (a linked list per invoice, no array per invoice) and
    /// keeps the unapplied part of each payment as a credit of its customer. Allocations after the report's
    /// date are kept too: they explain today's balances.
    mutating func groupPayments(_ payments: [Payment]) {
        allocationHeads.reserveCapacity(payments.count)
        allocationNodes.reserveCapacity(payments.count)
        paymentIDs.reserveCapacity(payments.count)
        for payment in payments {
            let paymentIndex = Int32(truncatingIfNeeded: paymentIDs.count)
            paymentIDs.append(payment.id)
            var allocated: Int64 = 0
            for allocation in payment.allocations {
                let next = allocationHeads[allocation.invoiceID] ?? -1
                allocationHeads[allocation.invoiceID] = Int32(truncatingIfNeeded: allocationNodes.count)
                allocationNodes.append(
                    AllocationNode(
                        date: payment.date, amount: allocation.amount.minorUnits, currency: allocation.amount.currency,
                        paymentIndex: paymentIndex, next: next))
                allocated &+= allocation.amount.minorUnits
            }
            let unapplied = payment.amount.minorUnits &- allocated
            if unapplied > 0 {
                unappliedCredits.append((payment.customerID, payment.date, unapplied, payment.amount.currency))
            }
        }
    }

    /// Copies an invoice's allocations into `scratch`, oldest first.
    ///
    /// - Returns: The sum of the allocations.
    /// - Throws: ``MeasuresError/allocationCurrencyMismatch(payment:invoice:)``.
    func allocations(of invoice: Invoice, into scratch: inout [DatedAmount]) throws(MeasuresError) -> Int64 {
        scratch.removeAll(keepingCapacity: true)
        guard var index = allocationHeads[invoice.id] else { return 0 }
        var total: Int64 = 0
        while index >= 0 {
            let node = allocationNodes[Int(index)]
            guard node.currency == invoice.currency else {
                throw .allocationCurrencyMismatch(payment: paymentIDs[Int(node.paymentIndex)], invoice: invoice.id)
            }
            scratch.append(DatedAmount(date: node.date, amount: node.amount))
            total &+= node.amount
            index = node.next
        }
        if scratch.count > 1 {
            // Linked newest first; payments of one date keep their order.
            scratch.reverse()
            if !scratch.indices.dropFirst().allSatisfy({ scratch[$0 - 1].date <= scratch[$0].date }) {
                scratch = scratch.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
                    .map(\.element)
            }
        }
        return total
    }
}
