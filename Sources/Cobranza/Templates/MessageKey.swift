/// One key of a variable path of ``TemplateSchema/message``, resolved when a template is compiled so that
/// rendering switches over a small enum instead of hashing strings.
enum MessageKey: Sendable, Hashable {
    /// A key the message schema declares.
    case field(MessageField)
    /// A key of a custom-field map (`customer.fields.segment`): any text.
    case custom(String)
    /// A WhatsApp body's positional parameter, `{{1}}` is position 0.
    case position(Int)
}

/// The keys ``TemplateSchema/message`` declares, at any depth, spelled as templates write them.
enum MessageField: String, Sendable, Hashable, CaseIterable {
    // The root.
    case today, locale, language, customer, contact
    case billingContact = "billing_contact"
    case invoices
    case invoiceCount = "invoice_count"
    case invoiceNumbers = "invoice_numbers"
    case singleInvoice = "single_invoice"
    case otherInvoices = "other_invoices"
    case hasOtherInvoices = "has_other_invoices"
    case accountInvoices = "account_invoices"
    case accountInvoiceNumbers = "account_invoice_numbers"
    case total, totals
    case totalOwed = "total_owed"
    case totalsOwed = "totals_owed"
    case maxDaysLate = "max_days_late"
    case maxDaysLateText = "max_days_late_text"
    case collector, company
    case previousContacts = "previous_contacts"
    case hasPreviousContacts = "has_previous_contacts"
    case previousContactCount = "previous_contact_count"
    case lastContact = "last_contact"
    case promise, deadline, action
    // Objects and list items.
    case name
    case taxID = "tax_id"
    case postalAddress = "postal_address"
    case fields, email, phone, document, number
    case issueDate = "issue_date"
    case dueDate = "due_date"
    case amount, balance
    case daysLate = "days_late"
    case daysLateText = "days_late_text"
    case daysUntilDue = "days_until_due"
    case daysUntilDueText = "days_until_due_text"
    case isOverdue = "is_overdue"
    case isPartiallyPaid = "is_partially_paid"
    case currency
    case paymentInstructions = "payment_instructions"
    case website, city, date, channel
    case channelPhrase = "channel_phrase"
    case summary
}
