extension MeasuresComputation {
    /// Files every allocation under the customer who paid (normally the invoice's customer; see
    /// ``reassignedInvoices``) and keeps the unapplied part of each payment as a credit of its customer.
    /// Allocations after the report's date are kept too: they explain today's balances.
    mutating func groupPayments() {
        let payments = self.payments
        // Nearly every payment is applied to one invoice.
        allocations.reserve(payments.count)
        payments.withUnsafeBufferPointer { buffer in
            for position in buffer.indices { group(buffer, at: position) }
        }
        allocations.finish(ledgerCount: ledgers.count)
    }

    /// Groups one payment's allocations, reading its fields in place (a `Payment` copy retains its strings
    /// and arrays).
    private mutating func group(_ buffer: UnsafeBufferPointer<Payment>, at position: Int) {
        let customerID = buffer[position].customerID
        // Payments listed customer by customer find their ledger by comparing ids (``CustomerNumbering``).
        let ledger = self.ledger(of: customerID)
        let date = buffer[position].date
        var allocated: Int64 = 0
        buffer[position].allocations.withUnsafeBufferPointer { list in
            for index in list.indices {
                var target = ledger
                if !reassignedInvoices.isEmpty, let owner = reassignedInvoices[list[index].invoiceID] {
                    target = self.ledger(of: owner)
                }
                let amount = list[index].amount.minorUnits
                allocations.append(
                    AllocationRef(
                        invoiceID: list[index].invoiceID, payment: Int32(truncatingIfNeeded: position),
                        allocation: Int32(truncatingIfNeeded: index),
                        currency: Int32(truncatingIfNeeded: allocationCurrency(list[index].amount.currency)),
                        date: date, amount: amount),
                    to: target)
                allocated &+= amount
            }
        }
        let unapplied = buffer[position].amount.minorUnits &- allocated
        if unapplied > 0 {
            unappliedCredits.append((ledger, date, unapplied, buffer[position].amount.currency))
        }
    }

    /// The number of an allocation's currency in ``allocationCurrencies``, so that matching an allocation to
    /// its invoice compares two integers instead of reading the payment again.
    private mutating func allocationCurrency(_ currency: Currency) -> Int {
        for index in allocationCurrencies.indices where allocationCurrencies[index] == currency { return index }
        allocationCurrencies.append(currency)
        return allocationCurrencies.count - 1
    }

    /// Sorts a ledger's allocations by (invoice id, date) and its sends by (invoice id, date), once, before
    /// its first invoice.
    mutating func prepare(_ ledger: Int) {
        guard !ledgers[ledger].isPrepared else { return }
        ledgers[ledger].isPrepared = true
        let allocationRange = allocations.range(of: ledger)
        // Already in order (payments listed invoice by invoice), a range is left as it is: elements equal under
        // the order differ in nothing the passes read in a way that depends on their order.
        func allocationPrecedes(_ lhs: AllocationRef, _ rhs: AllocationRef) -> Bool {
            lhs.invoiceID == rhs.invoiceID
                ? (lhs.date, lhs.payment) < (rhs.date, rhs.payment) : lhs.invoiceID < rhs.invoiceID
        }
        func sendPrecedes(_ lhs: SendRef, _ rhs: SendRef) -> Bool {
            lhs.invoiceID == rhs.invoiceID ? lhs.date < rhs.date : lhs.invoiceID < rhs.invoiceID
        }
        if allocationRange.count > 1,
            allocationRange.dropFirst().contains(where: {
                allocationPrecedes(allocations.elements[$0], allocations.elements[$0 - 1])
            })
        {
            allocations.elements[allocationRange].sort(by: allocationPrecedes)
        }
        let sendRange = sends.range(of: ledger)
        if sendRange.count > 1,
            sendRange.dropFirst().contains(where: { sendPrecedes(sends.elements[$0], sends.elements[$0 - 1]) })
        {
            sends.elements[sendRange].sort(by: sendPrecedes)
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
        // The allocation currency known to equal the invoice's, once one allocation matched.
        var invoiceCurrency = -1
        while position < range.upperBound, allocations.elements[position].invoiceID == invoice.id {
            let currency = Int(allocations.elements[position].currency)
            guard currency == invoiceCurrency || allocationCurrencies[currency] == invoice.currency else {
                let payment = Int(allocations.elements[position].payment)
                throw .allocationCurrencyMismatch(payment: payments[payment].id, invoice: invoice.id)
            }
            invoiceCurrency = currency
            allocations.elements[position].matched = true
            let amount = allocations.elements[position].amount
            scratch.append(DatedAmount(date: allocations.elements[position].date, amount: amount))
            total &+= amount
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
