extension MeasuresComputation {
    /// Files every allocation under the customer who paid (normally the invoice's customer; see
    /// ``reassignedInvoices``) and keeps the unapplied part of each payment as a credit of its customer.
    /// Allocations after the report's date are kept too: they explain today's balances.
    mutating func groupPayments() {
        let payments = self.payments
        payments.withUnsafeBufferPointer { buffer in
            for position in buffer.indices { group(buffer[position], at: position) }
        }
        allocations.finish(ledgerCount: ledgers.count)
    }

    private mutating func group(_ payment: Payment, at position: Int) {
        let ledger: Int
        if let cached = paymentLedgerCache, cached.customerID == payment.customerID {
            ledger = cached.ledger
        } else {
            ledger = self.ledger(of: payment.customerID)
            paymentLedgerCache = (payment.customerID, ledger)
        }
        var allocated: Int64 = 0
        for index in payment.allocations.indices {
            let allocation = payment.allocations[index]
            var target = ledger
            if !reassignedInvoices.isEmpty, let owner = reassignedInvoices[allocation.invoiceID] {
                target = self.ledger(of: owner)
            }
            allocations.append(
                AllocationRef(
                    invoiceID: allocation.invoiceID, payment: Int32(truncatingIfNeeded: position),
                    allocation: Int32(truncatingIfNeeded: index),
                    date: payment.date, amount: allocation.amount.minorUnits),
                to: target)
            allocated &+= allocation.amount.minorUnits
        }
        let unapplied = payment.amount.minorUnits &- allocated
        if unapplied > 0 { unappliedCredits.append((ledger, payment.date, unapplied, payment.amount.currency)) }
    }

    /// Sorts a ledger's allocations by (invoice id, date) and its sends by (invoice id, date), once, before
    /// its first invoice.
    mutating func prepare(_ ledger: Int) {
        guard !ledgers[ledger].isPrepared else { return }
        ledgers[ledger].isPrepared = true
        let allocationRange = allocations.range(of: ledger)
        if allocationRange.count > 1 {
            allocations.elements[allocationRange].sort {
                $0.invoiceID == $1.invoiceID
                    ? ($0.date, $0.payment) < ($1.date, $1.payment) : $0.invoiceID < $1.invoiceID
            }
        }
        let sendRange = sends.range(of: ledger)
        if sendRange.count > 1 {
            sends.elements[sendRange].sort {
                $0.invoiceID == $1.invoiceID ? $0.date < $1.date : $0.invoiceID < $1.invoiceID
            }
        }
    }

    /// The first position in a range whose invoice is not below `id`.
    func lowerBound(_ range: Range<Int>, _ id: InvoiceID, invoiceAt: (Int) -> InvoiceID) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if invoiceAt(middle) < id { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Copies an invoice's allocations into `scratch`, oldest first, and marks them matched.
    ///
    /// - Returns: The sum of the allocations.
    /// - Throws: ``MeasuresError/allocationCurrencyMismatch(payment:invoice:)``.
    mutating func allocations(of invoice: Invoice, ledger: Int, into scratch: inout [DatedAmount])
        throws(MeasuresError) -> Int64
    {
        scratch.removeAll(keepingCapacity: true)
        let range = allocations.range(of: ledger)
        guard !range.isEmpty else { return 0 }
        var position = lowerBound(range, invoice.id) { allocations.elements[$0].invoiceID }
        var total: Int64 = 0
        while position < range.upperBound, allocations.elements[position].invoiceID == invoice.id {
            let entry = allocations.elements[position]
            let allocation = payments[Int(entry.payment)].allocations[Int(entry.allocation)]
            guard allocation.amount.currency == invoice.currency else {
                throw .allocationCurrencyMismatch(payment: payments[Int(entry.payment)].id, invoice: invoice.id)
            }
            allocations.elements[position].matched = true
            scratch.append(DatedAmount(date: entry.date, amount: entry.amount))
            total &+= entry.amount
            position += 1
        }
        return total
    }

    /// The invoices in the input whose allocations sit under another customer (a payment of one customer
    /// applied to another's invoice), with their own customer; empty in consistent data.
    func misplacedAllocations(_ invoices: [Invoice]) -> [InvoiceID: CustomerID] {
        var unmatched: [InvoiceID: CustomerID] = [:]
        for ledger in ledgers.indices {
            for position in allocations.range(of: ledger) where !allocations.elements[position].matched {
                unmatched[allocations.elements[position].invoiceID] = ledgers[ledger].customerID
            }
        }
        guard !unmatched.isEmpty else { return [:] }
        var owners: [InvoiceID: CustomerID] = [:]
        for index in invoices.indices {
            guard let holder = unmatched[invoices[index].id], holder != invoices[index].customerID else { continue }
            owners[invoices[index].id] = invoices[index].customerID
        }
        return owners
    }
}
