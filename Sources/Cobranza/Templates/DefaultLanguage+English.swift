extension DefaultLanguage {
    /// The English frame (American conventions; dates follow the message's locale).
    static let english = DefaultLanguage(
        code: "en",
        emailSkeleton: """
            Dear {{contact.name}},

            %INTRO%

            %LIST%

            %OUTRO%

            How to pay:
            {{company.payment_instructions}}

            %CLOSING%

            {{collector.name}}
            {{company.name}}
            Phone: {{collector.phone}}{{#collector.email}} · {{collector.email}}{{/collector.email}}
            """,
        htmlSkeleton: """
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%SUBJECT%</title>
            </head>
            <body style="margin:0;padding:0;background-color:#f4f5f7;">
            <div style="max-width:600px;margin:0 auto;padding:24px;background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;">
            <p>Dear {{contact.name}},</p>
            %INTRO%
            %TABLE%
            %OUTRO%
            <div style="margin:20px 0;padding:12px 16px;background-color:#f0f4f8;border-left:4px solid #3e5c76;">
            <strong>How to pay</strong><br>
            {{company.payment_instructions}}
            </div>
            <p>%CLOSING%</p>
            <p><strong>{{collector.name}}</strong><br>
            {{company.name}}<br>
            Phone: {{collector.phone}}{{#collector.email}} · <a href="mailto:{{collector.email}}">{{collector.email}}</a>{{/collector.email}}</p>
            </div>
            </body>
            </html>
            """,
        letterSkeleton: """
            {{#company.city}}{{company.city}}, {{/company.city}}{{today.long}}

            {{customer.name}}
            {{#customer.postal_address}}
            {{customer.postal_address}}
            {{/customer.postal_address}}
            Attention: {{contact.name}}

            Re: %SUBJECT%

            Dear {{contact.name}},

            %INTRO%

            %LIST%

            %OUTRO%

            How to pay:
            {{company.payment_instructions}}

            Sincerely,

            {{collector.name}}
            {{company.name}}
            Phone: {{collector.phone}}{{#collector.email}} · {{collector.email}}{{/collector.email}}
            {{#company.postal_address}}
            {{company.postal_address}}
            {{/company.postal_address}}
            """,
        callSkeleton: """
            CALL SCRIPT: %TITLE%
            Customer: {{customer.name}}
            Contact: {{contact.name}}{{#contact.phone}} · {{contact.phone}}{{/contact.phone}}
            Balance in this contact: {{total}}{{#has_other_invoices}} · Total overdue on the account: {{total_owed}}{{/has_other_invoices}}
            {{#promise}}
            Payment promise on file: {{promise.date}}{{#promise.amount}} for {{promise.amount}}{{/promise.amount}}
            {{/promise}}
            {{#has_previous_contacts}}
            Previous contacts:
            {{#previous_contacts}}
            - {{date}}: {{channel}}{{#summary}} ({{summary}}){{/summary}}
            {{/previous_contacts}}
            {{/has_previous_contacts}}

            Goal: %OBJECTIVE%

            1. Greeting
            "Good morning, may I speak with {{contact.name}}? This is {{collector.name}} from {{company.name}}."

            2. Reason for the call
            "%PITCH%"

            3. Documents
            %LIST%

            4. Request
            "%ASK%"

            5. Depending on the answer
            - Promises to pay: record the payment promise with its date (and amount, if given) and confirm how to pay.
            - Says it has already paid: ask for the date and the remittance, and record the reported payment.
            - Raises a dispute or asks for clarification: note the reason and the department responsible (sales, billing, shipping, customer service) and record it.
            - Makes no commitment: record what was said and schedule a follow-up in a few days.
            - No answer: record the attempt, email the account statement and schedule another call.

            6. How to pay (if asked)
            {{company.payment_instructions}}

            7. Closing
            "Thank you for your time. If you have any questions, you can reach me at {{collector.phone}}."
            """,
        visitSkeleton: """
            VISIT SCRIPT: %TITLE%
            Customer: {{customer.name}}
            {{#customer.postal_address}}
            Address: {{customer.postal_address}}
            {{/customer.postal_address}}
            Contact: {{contact.name}}{{#contact.phone}} · {{contact.phone}}{{/contact.phone}}
            Balance in this contact: {{total}}{{#has_other_invoices}} · Total overdue on the account: {{total_owed}}{{/has_other_invoices}}
            {{#promise}}
            Payment promise on file: {{promise.date}}{{#promise.amount}} for {{promise.amount}}{{/promise.amount}}
            {{/promise}}
            {{#has_previous_contacts}}
            Previous contacts:
            {{#previous_contacts}}
            - {{date}}: {{channel}}{{#summary}} ({{summary}}){{/summary}}
            {{/previous_contacts}}
            {{/has_previous_contacts}}

            Goal: %OBJECTIVE%
            Bring: a printed account statement and copies of the documents.

            1. Introduction
            "Good morning, I'm {{collector.name}} from {{company.name}}. May I speak with {{contact.name}}?"

            2. Reason for the visit
            "%PITCH%"

            3. Documents
            %LIST%

            4. Request
            "%ASK%"

            5. Depending on the answer
            - Promises to pay: record the payment promise with its date (and amount, if given) and leave the payment details.
            - Says it has already paid: ask for the date and a copy of the remittance, and record the reported payment.
            - Raises a dispute or asks for clarification: note the reason and the department responsible (sales, billing, shipping, customer service) and record it.
            - Makes no commitment: record what was said and schedule a follow-up in a few days.
            - Not available: leave the account statement with your contact details and record the visit.

            6. How to pay
            {{company.payment_instructions}}

            7. Closing
            "Thank you for seeing me. If you have any questions, you can reach me at {{collector.phone}}."
            """,
        callSubject: "Call {{customer.name}}: %TITLE%",
        visitSubject: "Visit {{customer.name}}: %TITLE%",
        issuedLine: "{{document}} {{number}}, issued {{issue_date}}, due {{due_date}}: {{amount}}",
        upcomingLine:
            "{{document}} {{number}}, due {{due_date}} {{#days_until_due}}(in {{days_until_due_text}})"
            + "{{/days_until_due}}{{^days_until_due}}(today){{/days_until_due}}: balance {{balance}}",
        overdueLine:
            "{{document}} {{number}}, due {{due_date}}{{#is_overdue}} ({{days_late_text}} overdue){{/is_overdue}}"
            + ": balance {{balance}}{{#is_partially_paid}} (original amount {{amount}}){{/is_partially_paid}}",
        totalLabel: "Total",
        othersIntro: "Your account also shows these other overdue documents:",
        headers: ["Document", "Issued", "Due date", "Overdue", "Due in", "Amount", "Balance"],
        notYetDue: "not yet due",
        dueToday: "today")
}
