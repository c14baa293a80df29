extension MeasuresComputation {
    /// Puts every allocation in the ledger of the customer who paid (normally the invoice's customer; see
    /// ``reassignedInvoices``) and keeps the unapplied part of each payment as a credit of its customer.
    /// Allocations after the report's date are kept too: they explain today's balances.
    mutating func groupPayments(_ payments: [Payment]) {
        paymentIDs.reserveCapacity(payments.count)
        var cachedCustomer: CustomerID?
        var cachedLedger = 0
        for position in payments.indices {
            let payment = payments[position]
            let paymentIndex = Int32(truncatingIfNeeded: paymentIDs.count)
            paymentIDs.append(payment.id)
            if cachedCustomer != payment.customerID {
                cachedCustomer = payment.customerID
                cachedLedger = ledger(of: payment.customerID)
            }
            var allocated: Int64 = 0
            for allocation in payment.allocations {
                var target = cachedLedger
                if !reassignedInvoices.isEmpty, let owner = reassignedInvoices[allocation.invoiceID] {
                    target = ledger(of: owner)
                }
                ledgers[target].allocations.append(
                    AllocationEntry(
                        invoiceID: allocation.invoiceID, date: payment.date, amount: allocation.amount.minorUnits,
                        currency: allocation.amount.currency, paymentIndex: paymentIndex))
                allocated &+= allocation.amount.minorUnits
            }
            let unapplied = payment.amount.minorUnits &- allocated
            if unapplied > 0 {
                unappliedCredits.append((payment.customerID, payment.date, unapplied, payment.amount.currency))
            }
        }
    }

    /// Sorts a ledger's allocations and sends by invoice id (then date) once, before its first invoice.
    mutating func prepare(_ ledger: Int) {
        guard !ledgers[ledger].isPrepared else { return }
        ledgers[ledger].isPrepared = true
        if ledgers[ledger].allocations.count > 1 {
            ledgers[ledger].allocations.sort {
                ($0.invoiceID, $0.date, $0.paymentIndex) < ($1.invoiceID, $1.date, $1.paymentIndex)
            }
        }
        if ledgers[ledger].sends.count > 1 {
            ledgers[ledger].sends.sort { ($0.invoiceID, $0.send.date) < ($1.invoiceID, $1.send.date) }
        }
    }

    /// The first position in a sorted array whose key is not below `id`.
    static func lowerBound<Element>(_ elements: [Element], _ id: InvoiceID, key: (Element) -> InvoiceID) -> Int {
        var low = 0
        var high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if key(elements[middle]) < id { low = middle + 1 } else { high = middle }
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
        guard !ledgers[ledger].allocations.isEmpty else { return 0 }
        var position = Self.lowerBound(ledgers[ledger].allocations, invoice.id) { $0.invoiceID }
        var total: Int64 = 0
        while position < ledgers[ledger].allocations.count,
            ledgers[ledger].allocations[position].invoiceID == invoice.id
        {
            let entry = ledgers[ledger].allocations[position]
            guard entry.currency == invoice.currency else {
                throw .allocationCurrencyMismatch(payment: paymentIDs[Int(entry.paymentIndex)], invoice: invoice.id)
            }
            ledgers[ledger].allocations[position].matched = true
            scratch.append(DatedAmount(date: entry.date, amount: entry.amount))
            total &+= entry.amount
            position += 1
        }
        return total
    }

    /// The invoices in the input whose allocations sit in another customer's ledger (a payment of one
    /// customer applied to another's invoice), with their own customer; empty in consistent data.
    func misplacedAllocations(_ invoices: [Invoice]) -> [InvoiceID: CustomerID] {
        var unmatched: [InvoiceID: CustomerID] = [:]
        for ledger in ledgers {
            for entry in ledger.allocations where !entry.matched { unmatched[entry.invoiceID] = ledger.customerID }
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
