extension DefaultTemplates {
    private static let enInvoices =
        "{{#single_invoice}}invoice {{invoice_numbers}} is{{/single_invoice}}"
        + "{{^single_invoice}}invoices {{invoice_numbers}} are{{/single_invoice}}"
    private static let enFinalDeadline =
        "{{#deadline}}by {{deadline.long}}{{/deadline}}{{^deadline}}within the next five (5) business days{{/deadline}}"
    private static let enActionDeadline =
        "{{#deadline}}by {{deadline.long}}{{/deadline}}{{^deadline}}within the next 48 hours{{/deadline}}"
    private static let enConsequence =
        "{{#action}}{{action}}{{/action}}{{^action}}the suspension of your credit account and pending deliveries, "
        + "and the collection proceedings that apply, in or out of court{{/action}}"
    private static let enPreviousContacts = DefaultParagraph(
        "Contacts made to date:\n{{#previous_contacts}}\n- {{date}}: {{channel}}{{#summary}} ({{summary}}){{/summary}}\n{{/previous_contacts}}",
        html:
            "<p>Contacts made to date:</p>\n<ul>\n{{#previous_contacts}}\n<li>{{date}}: {{channel}}{{#summary}} ({{summary}}){{/summary}}</li>\n{{/previous_contacts}}\n</ul>",
        when: "has_previous_contacts")

    /// The English words of every family.
    static let englishFamilies: [DefaultFamilyText] = [
        DefaultFamilyText(
            family: "new_invoice", title: "new invoice notice",
            subject:
                "{{company.name}}: {{#single_invoice}}new invoice {{invoice_numbers}}{{/single_invoice}}"
                + "{{^single_invoice}}new invoices {{invoice_numbers}}{{/single_invoice}}",
            intro: [
                DefaultParagraph(
                    "We have issued the following {{#single_invoice}}document{{/single_invoice}}{{^single_invoice}}"
                        + "documents{{/single_invoice}} to {{customer.name}}:")
            ],
            list: .issued,
            outro: [
                DefaultParagraph(
                    "Please check the details. If anything looks wrong, or if you need a purchase order number or other "
                        + "information to process the payment, let us know and we will sort it out before the due date."
                )
            ],
            closing: "Thank you for your business. Kind regards,",
            sms:
                "{{company.name}}: we have issued {{#single_invoice}}invoice{{/single_invoice}}{{^single_invoice}}"
                + "invoices{{/single_invoice}} {{invoice_numbers}} for {{total}}. Questions: {{collector.name}}, "
                + "{{collector.phone}}.",
            whatsApp:
                "Hello {{1}}, this is {{2}}. We have issued new documents to {{3}}.\nDocuments: {{4}}\nTotal: {{5}}\n"
                + "How to pay: {{6}}\nIf you need a purchase order number or any other detail, please contact {{7}} "
                + "at {{8}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{invoice_numbers}}", "{{total}}",
                "{{company.payment_instructions}}", "{{collector.name}}", "{{collector.phone}}",
            ],
            objective: "confirm that the documents were received and that nothing stands in the way of payment.",
            pitch:
                "We wanted to confirm that you received {{#single_invoice}}invoice{{/single_invoice}}"
                + "{{^single_invoice}}invoices{{/single_invoice}} {{invoice_numbers}}, for {{total}}.",
            ask:
                "Is everything in order to process the payment? Do you need a purchase order number or anything else from us?"
        ),
        DefaultFamilyText(
            family: "upcoming_due", title: "upcoming due date notice",
            subject: "{{company.name}}: payment due soon",
            intro: [
                DefaultParagraph(
                    "This is a friendly reminder that the following {{#single_invoice}}invoice for {{customer.name}} is"
                        + "{{/single_invoice}}{{^single_invoice}}invoices for {{customer.name}} are{{/single_invoice}} "
                        + "due in the next few days:")
            ],
            list: .upcoming,
            outro: [
                DefaultParagraph(
                    "We are writing ahead of time to make sure nothing gets in the way of the payment. If you did not "
                        + "receive the invoice, found a discrepancy or need any further information, please let us know "
                        + "and we will resolve it before the due date."),
                DefaultParagraph("If the payment is already scheduled, thank you; there is no need to reply."),
            ],
            closing: "Kind regards,",
            sms:
                "{{company.name}}: a reminder that {{#single_invoice}}invoice {{invoice_numbers}} is due on "
                + "{{#invoices}}{{due_date}}{{/invoices}}{{/single_invoice}}{{^single_invoice}}invoices "
                + "{{invoice_numbers}} are due in the next few days{{/single_invoice}}. Total: {{total}}. If the "
                + "payment is already scheduled, please ignore this message. Questions: {{collector.phone}}.",
            whatsApp:
                "Hello {{1}}, this is {{2}} with a reminder of an upcoming due date on the account of {{3}}.\n"
                + "Documents: {{4}}\nTotal: {{5}}\nHow to pay: {{6}}\nIf the payment is already scheduled, thank "
                + "you. If you need any detail or found a discrepancy, please contact {{7}} at {{8}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{invoice_numbers}}", "{{total}}",
                "{{company.payment_instructions}}", "{{collector.name}}", "{{collector.phone}}",
            ],
            objective:
                "confirm that the payment is scheduled for the due date and catch any problem early (invoice not "
                + "received, discrepancies).",
            pitch:
                "We wanted to remind you that \(enInvoices) due in the next few days, for a total of {{total}}.",
            ask:
                "Is the payment scheduled for that date? Did you receive the invoice, or is there anything we should correct?"
        ),
        DefaultFamilyText(
            family: "friendly", title: "friendly reminder",
            subject: "Payment reminder: {{customer.name}}",
            intro: [
                DefaultParagraph(
                    "We hope all is well. Our records show the following {{#single_invoice}}invoice{{/single_invoice}}"
                        + "{{^single_invoice}}invoices{{/single_invoice}} as past due. We understand this may simply be "
                        + "an oversight or an administrative delay, so we wanted to bring it to your attention:")
            ],
            list: .overdue,
            outro: [
                DefaultParagraph(
                    "If you have already paid, please accept our apologies and send us the remittance so we can record "
                        + "it. If anything is preventing payment or you have a question about the invoice, we will be "
                        + "glad to talk it through.")
            ],
            closing: "Thank you. Kind regards,",
            sms:
                "{{company.name}}: Hello {{contact.name}}, a reminder that \(enInvoices) past due. Balance: {{total}}. "
                + "If already paid, please disregard. Questions: {{collector.name}}, {{collector.phone}}.",
            whatsApp:
                "Hello {{1}}, this is {{2}}. Our records show that the account of {{3}} has a past-due balance of "
                + "{{4}} (documents: {{5}}). It is probably an oversight; if you have already paid, please disregard "
                + "this message.\nHow to pay: {{6}}\nIf you have any questions, please contact {{7}} at {{8}}. "
                + "Thank you!",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{total}}", "{{invoice_numbers}}",
                "{{company.payment_instructions}}", "{{collector.name}}", "{{collector.phone}}",
            ],
            objective: "remind the customer of the past-due balance in a cordial tone and get a payment date.",
            pitch:
                "We wanted to remind you that \(enInvoices) past due, for a total of {{total}}. It is probably just an "
                + "oversight, so we wanted to let you know.",
            ask: "Could you confirm when the payment is scheduled?"),
        DefaultFamilyText(
            family: "direct", title: "payment follow-up",
            subject: "Past-due balance: please confirm a payment date",
            intro: [
                DefaultParagraph(
                    "On {{last_contact.date}} we contacted you {{last_contact.channel_phrase}} about the outstanding "
                        + "balance of {{customer.name}}{{#last_contact.summary}} ({{last_contact.summary}})"
                        + "{{/last_contact.summary}}. As of today, we have not received the payment.",
                    when: "last_contact"),
                DefaultParagraph(
                    "We are following up on the outstanding balance of {{customer.name}}, which we have not yet "
                        + "received.", unless: "last_contact"),
                DefaultParagraph(
                    "As agreed, the payment was promised for {{promise.date}}{{#promise.amount}} for {{promise.amount}}"
                        + "{{/promise.amount}}, and we have not received it yet.", when: "promise"),
                DefaultParagraph("The details are as follows:"),
            ],
            list: .overdue,
            outro: [
                DefaultParagraph(
                    "Please confirm the date on which you will make the payment. If there is a problem with the "
                        + "invoice (price or quantity differences, missing paperwork), tell us the reason so we can "
                        + "route it to the right department and resolve it promptly.")
            ],
            closing: "We look forward to your confirmation. Kind regards,",
            sms:
                "{{company.name}}: {{contact.name}}, the past-due balance of {{total}} ({{invoice_numbers}}) is still "
                + "outstanding{{#last_contact}} since our contact on {{last_contact.date}}{{/last_contact}}. Please "
                + "confirm your payment date at {{collector.phone}} ({{collector.name}}).",
            whatsApp:
                "Hello {{1}}, this is {{2}} from {{3}}. The past-due balance of {{4}} (documents: {{5}}) is still "
                + "outstanding. {{6}} Could you confirm the date on which you will make the payment?\n"
                + "How to pay: {{7}}\nWe look forward to your reply here or at {{8}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{collector.name}}", "{{company.name}}", "{{total}}", "{{invoice_numbers}}",
                "{{#last_contact}}We contacted you on {{last_contact.date}} {{last_contact.channel_phrase}} and have "
                    + "not yet received the payment.{{/last_contact}}{{^last_contact}}We have not yet received the "
                    + "payment.{{/last_contact}}",
                "{{company.payment_instructions}}", "{{collector.phone}}",
            ],
            objective: "get a firm payment date, citing the previous contact.",
            pitch:
                "We are following up on the past-due balance of {{total}}.{{#last_contact}} We contacted you on "
                + "{{last_contact.date}} {{last_contact.channel_phrase}} and have not yet received the payment."
                + "{{/last_contact}}{{#promise}} The payment was promised for {{promise.date}}.{{/promise}}",
            ask: "Could you confirm the date on which you will make the payment?"),
        DefaultFamilyText(
            family: "formal", title: "formal reminder",
            subject: "Past-due balance of {{customer.name}}: request to settle",
            intro: [
                DefaultParagraph(
                    "We are writing to you about the account of {{customer.name}}, which shows a past-due balance of "
                        + "{{total_owed}}, up to {{max_days_late_text}} overdue."),
                DefaultParagraph(
                    "So far we have dealt with {{billing_contact.name}}, without the matter being resolved. We are "
                        + "therefore asking for your involvement.", when: "billing_contact"),
                DefaultParagraph(
                    "Despite our previous efforts, the matter has not been resolved. We are therefore asking for your "
                        + "involvement.", unless: "billing_contact"),
                enPreviousContacts,
                DefaultParagraph("The overdue documents are:"),
            ],
            list: .account,
            outro: [
                DefaultParagraph(
                    "Please settle the balance or contact us {{#deadline}}by {{deadline.long}}{{/deadline}}"
                        + "{{^deadline}}within the next five business days{{/deadline}} to agree on the terms of "
                        + "payment. If you have any objection to the documents, please send it to us in writing so that "
                        + "we can review it.")
            ],
            closing: "Sincerely,",
            sms:
                "{{company.name}}: {{contact.name}}, the account of {{customer.name}} shows a past-due balance of "
                + "{{total_owed}}, up to {{max_days_late_text}} overdue. Please contact {{collector.name}} at "
                + "{{collector.phone}}.",
            whatsApp:
                "Dear {{1}}, this is {{2}} regarding the account of {{3}}, which shows a past-due balance of {{4}}, up "
                + "to {{5}} overdue. Despite our previous efforts, the matter has not been resolved, so we are asking "
                + "for your involvement.\nHow to pay: {{6}}\nTo agree on the terms of payment, please contact {{7}} "
                + "at {{8}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{total_owed}}",
                "{{max_days_late_text}}", "{{company.payment_instructions}}", "{{collector.name}}",
                "{{collector.phone}}",
            ],
            objective:
                "involve a more senior contact, review the previous contacts and agree on how the balance will be "
                + "settled.",
            pitch:
                "We are contacting you about the account of {{customer.name}}, which shows a past-due balance of "
                + "{{total_owed}}, up to {{max_days_late_text}} overdue. Despite our previous efforts the balance has "
                + "not been settled, which is why we are reaching out to you.",
            ask: "Can we agree today on a payment date or a plan to settle the balance?"),
        DefaultFamilyText(
            family: "final_notice", title: "final notice",
            subject: "Final notice: {{customer.name}}",
            intro: [
                DefaultParagraph(
                    "We hereby give you formal notice that {{customer.name}} owes {{company.name}} the sum of "
                        + "{{total_owed}} for the following overdue documents:")
            ],
            list: .account,
            outro: [
                DefaultParagraph(
                    "This balance has already been requested; our most recent contact was on {{last_contact.date}} "
                        + "{{last_contact.channel_phrase}}.", when: "last_contact"),
                DefaultParagraph(
                    "Please pay the full balance \(enFinalDeadline). If we do not receive the payment or a proposal to "
                        + "settle within that time, we will proceed with \(enConsequence), with any costs this may "
                        + "entail."),
                DefaultParagraph(
                    "If the payment has already been made, please send us the remittance so that we can apply it and "
                        + "withdraw this notice."),
            ],
            closing: "Sincerely,",
            sms:
                "{{company.name}}, FINAL NOTICE: {{customer.name}} owes {{total_owed}}. Unless settled "
                + "{{#deadline}}by {{deadline}}{{/deadline}}{{^deadline}}within 5 business days{{/deadline}}, we will "
                + "proceed with {{#action}}{{action}}{{/action}}{{^action}}account suspension and collection action"
                + "{{/action}}. Phone: {{collector.phone}}.",
            whatsApp:
                "Dear {{1}}, {{2}} hereby gives notice that {{3}} owes the sum of {{4}} (documents: {{5}}). Unless we "
                + "receive the payment or a proposal to settle {{6}}, we will proceed with {{7}}.\n"
                + "How to pay: {{8}}\nTo settle, please contact {{9}} at {{10}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{total_owed}}",
                "{{account_invoice_numbers}}",
                enFinalDeadline, enConsequence, "{{company.payment_instructions}}", "{{collector.name}}",
                "{{collector.phone}}",
            ],
            objective:
                "formally state the amount owed and the consequences of not paying, and get a firm commitment.",
            pitch:
                "We are contacting you to formally inform you that {{customer.name}} owes {{total_owed}}. Unless we "
                + "receive the payment or a proposal \(enFinalDeadline), we will proceed with \(enConsequence).",
            ask: "Can you pay the balance within that time, or would you rather propose a payment plan today?"),
        DefaultFamilyText(
            family: "action", title: "action notice",
            subject: "Notice of action for non-payment: {{customer.name}}",
            intro: [
                DefaultParagraph(
                    "Despite the notices sent{{#last_contact}} (the most recent on {{last_contact.date}})"
                        + "{{/last_contact}}, we have not received payment of the past-due balance of {{total_owed}}, "
                        + "nor a proposal to settle it."),
                DefaultParagraph(
                    "We therefore inform you that {{company.name}} will proceed with {{#action}}{{action}}{{/action}}"
                        + "{{^action}}the suspension of your credit account and pending deliveries, and will refer the "
                        + "case to our legal department{{/action}}."),
                DefaultParagraph("Unpaid documents:"),
            ],
            list: .account,
            outro: [
                DefaultParagraph(
                    "This measure can still be avoided if you pay the balance or contact us \(enActionDeadline) to "
                        + "agree on a payment plan.")
            ],
            closing: "Sincerely,",
            sms:
                "{{company.name}}: as {{total_owed}} remains unpaid, we will proceed with {{#action}}{{action}}"
                + "{{/action}}{{^action}}account suspension and legal action{{/action}}. To avoid this, contact "
                + "{{collector.name}} at {{collector.phone}} immediately.",
            whatsApp:
                "Dear {{1}}, {{2}} informs you that, as the balance of {{3}} owed by {{4}} remains unpaid, it will "
                + "proceed with {{5}}. This can still be avoided if you contact us {{6}}.\nHow to pay: {{7}}\n"
                + "Contact: {{8}}, {{9}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{total_owed}}", "{{customer.name}}",
                "{{#action}}{{action}}{{/action}}{{^action}}the suspension of the credit account and the referral of "
                    + "the case to our legal department{{/action}}",
                enActionDeadline, "{{company.payment_instructions}}", "{{collector.name}}", "{{collector.phone}}",
            ],
            objective: "announce the measure that will be taken and offer a last chance to settle.",
            pitch:
                "We are contacting you to let you know that, as the balance of {{total_owed}} remains unpaid, "
                + "{{company.name}} will proceed with {{#action}}{{action}}{{/action}}{{^action}}the suspension of the "
                + "credit account and the referral of the case to our legal department{{/action}}.",
            ask: "Would you like to settle the balance today or agree on a payment plan to avoid this measure?"),
        DefaultFamilyText(
            family: "statement", title: "account statement",
            subject: "Account statement for {{customer.name}} as of {{today}}",
            intro: [
                DefaultParagraph(
                    "We tried to reach you without success, so we are sending you the account statement of "
                        + "{{customer.name}} as of {{today.long}}, with the documents pending payment:")
            ],
            list: .account,
            outro: [
                DefaultParagraph(
                    "Please review the details and let us know when you expect to make the payment. If any of these "
                        + "documents has already been paid or you have a question about it, please tell us so we can "
                        + "update our records.")
            ],
            closing: "Kind regards,",
            sms:
                "{{company.name}}: we tried to reach you without success. The outstanding balance of {{customer.name}} "
                + "is {{total_owed}}. Please contact {{collector.name}} at {{collector.phone}}.",
            whatsApp:
                "Hello {{1}}, this is {{2}}. We tried to reach you without success, so we are sharing the account "
                + "statement of {{3}} as of {{4}}.\nDocuments: {{5}}\nOutstanding balance: {{6}}\nHow to pay: {{7}}\n"
                + "If you have any questions, please contact {{8}} at {{9}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{today}}", "{{account_invoice_numbers}}",
                "{{total_owed}}", "{{company.payment_instructions}}", "{{collector.name}}", "{{collector.phone}}",
            ],
            objective: "go over the account statement with the customer and get a payment date.",
            pitch:
                "We would like to go over the account statement of {{customer.name}}: the outstanding balance is "
                + "{{total_owed}}.",
            ask: "Could you confirm that the details are correct and when you expect to make the payment?"),
    ]
}
