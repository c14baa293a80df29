extension TemplateSchema {
    /// The variables of a customer message: the tree ``MessageContext/variables()`` builds.
    ///
    /// Every default template is checked against it, and so is every template a library loads unless it is
    /// given another schema. The table in `Documentation/Templates.md` lists the same paths.
    public static let message: TemplateSchema = {
        func field(_ kind: TemplateValueKind, _ summary: String) -> TemplateField {
            TemplateField(kind, summary: summary)
        }
        func optional(_ kind: TemplateValueKind, _ summary: String) -> TemplateField {
            TemplateField(kind, isOptional: true, summary: summary)
        }
        let invoice = TemplateSchema([
            "document": field(.text, "The kind of document: Factura, Cuota, Nota de débito / Invoice, Installment."),
            "number": field(.text, "The number printed on the document."),
            "issue_date": field(.date, "The issue date."),
            "due_date": field(.date, "The due date."),
            "amount": field(.money, "The amount billed."),
            "balance": field(.money, "The amount still owed."),
            "days_late": field(.number, "Days past the due date today (0 when not yet due)."),
            "days_late_text": field(.text, "The same with its unit: 1 día, 7 días / 1 day, 7 days."),
            "days_until_due": field(.number, "Days until the due date (0 when due or overdue)."),
            "days_until_due_text": field(.text, "The same with its unit."),
            "is_overdue": field(.flag, "Whether the due date has passed."),
            "is_partially_paid": field(.flag, "Whether part of it has been paid."),
            "fields": field(.textMap, "The invoice's custom fields from the source system (`fields.po`)."),
        ])
        let total = TemplateSchema([
            "amount": field(.money, "The total in one currency."),
            "currency": field(.text, "Its ISO code."),
        ])
        let contactEntry = TemplateSchema([
            "date": field(.date, "The day of the contact."),
            "channel": field(.text, "The channel's name: correo electrónico, llamada telefónica / email, phone call."),
            "channel_phrase": field(
                .text, "The channel in a sentence: por correo electrónico, por teléfono / by email."),
            "summary": optional(.text, "A customer-facing summary of the contact."),
        ])
        return TemplateSchema([
            "today": field(.date, "The date the message is written."),
            "locale": field(.text, "The message's locale, such as es-AR."),
            "language": field(.text, "The message's language, es or en."),
            "customer": field(
                .object(
                    TemplateSchema([
                        "name": field(.text, "The customer's legal or trade name."),
                        "tax_id": optional(.text, "The tax identifier (CUIT, RFC, RUT, EIN)."),
                        "postal_address": optional(.text, "The postal address."),
                        "fields": field(.textMap, "The customer's custom fields (`fields.segment`)."),
                    ])), "The customer."),
            "contact": field(
                .object(
                    TemplateSchema([
                        "name": field(.text, "The addressed person's name."),
                        "email": optional(.text, "Their email address."),
                        "phone": optional(.text, "Their phone number."),
                    ])), "The person addressed: the billing contact, or the higher-ranking one from formal on."),
            "billing_contact": optional(
                .object(TemplateSchema(["name": field(.text, "The billing contact's name.")])),
                "The billing contact, when the message addresses someone else."),
            "invoices": field(.list(.object(invoice)), "The invoices that triggered the message, by due date."),
            "invoice_count": field(.number, "How many invoices triggered the message."),
            "invoice_numbers": field(.text, "Their numbers in prose: A-1, A-2 y A-3 / A-1, A-2, and A-3."),
            "single_invoice": field(.flag, "Whether exactly one invoice triggered it (for singular wording)."),
            "other_invoices": field(.list(.object(invoice)), "The customer's other overdue invoices, by due date."),
            "has_other_invoices": field(.flag, "Whether there are other overdue invoices."),
            "account_invoices": field(
                .list(.object(invoice)), "The invoices and the other overdue ones together, by due date."),
            "account_invoice_numbers": field(.text, "Their numbers in prose."),
            "total": field(.text, "The balance of the invoices, per currency in prose: $ 1.500,00 y US$ 200,00."),
            "totals": field(.list(.object(total)), "The same as a list, one entry per currency."),
            "total_owed": field(.text, "The balance of the invoices and the other overdue ones, in prose."),
            "totals_owed": field(.list(.object(total)), "The same as a list."),
            "max_days_late": field(.number, "The most days late among all listed invoices."),
            "max_days_late_text": field(.text, "The same with its unit."),
            "collector": field(
                .object(
                    TemplateSchema([
                        "name": field(.text, "The collector's name, or the company's collections team."),
                        "phone": field(.text, "The collector's phone, else the company's."),
                        "email": optional(.text, "The collector's email, else the company's."),
                    ])), "Who signs and answers."),
            "company": field(
                .object(
                    TemplateSchema([
                        "name": field(.text, "The company's name."),
                        "phone": field(.text, "The collections phone."),
                        "payment_instructions": field(.text, "How to pay, in the message's language."),
                        "email": optional(.text, "The collections email."),
                        "website": optional(.text, "The website or payment portal."),
                        "postal_address": optional(.text, "The postal address, for letters."),
                        "city": optional(.text, "The city letters are dated in."),
                    ])), "The company that collects."),
            "previous_contacts": field(.list(.object(contactEntry)), "Earlier contacts, oldest first."),
            "has_previous_contacts": field(.flag, "Whether there were earlier contacts."),
            "previous_contact_count": field(.number, "How many earlier contacts."),
            "last_contact": optional(.object(contactEntry), "The most recent earlier contact."),
            "promise": optional(
                .object(
                    TemplateSchema([
                        "date": field(.date, "The promised date."),
                        "amount": optional(.money, "The promised amount, when one was named."),
                    ])), "The customer's payment promise."),
            "deadline": optional(.date, "A date to answer or pay by."),
            "action": optional(.text, "The measure an action message announces."),
        ])
    }()
}
