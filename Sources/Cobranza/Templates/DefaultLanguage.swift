/// The frame of the default templates in one language — greeting, invoice lines, tables, signature,
/// letter and script layouts — into which each family's ``DefaultFamilyText`` is laid out.
///
/// Skeletons hold placeholders (`%INTRO%`, `%LIST%`, …) that ``templates(for:)`` replaces with the family's
/// parts before the result is compiled like any other template.
struct DefaultLanguage {
    /// The language code, `es` or `en`.
    var code: String
    /// The plain email: `%INTRO%`, `%LIST%`, `%OUTRO%`, `%CLOSING%`.
    var emailSkeleton: String
    /// The HTML email: `%SUBJECT%`, `%INTRO%`, `%TABLE%`, `%OUTRO%`, `%CLOSING%`.
    var htmlSkeleton: String
    /// The letter: `%SUBJECT%`, `%INTRO%`, `%LIST%`, `%OUTRO%`.
    var letterSkeleton: String
    /// The phone script: `%TITLE%`, `%OBJECTIVE%`, `%PITCH%`, `%LIST%`, `%ASK%`.
    var callSkeleton: String
    /// The visit script: the same placeholders.
    var visitSkeleton: String
    /// The task title of a call: `%TITLE%`.
    var callSubject: String
    /// The task title of a visit: `%TITLE%`.
    var visitSubject: String
    /// One new invoice, inside `{{#invoices}}`.
    var issuedLine: String
    /// One invoice about to fall due.
    var upcomingLine: String
    /// One overdue invoice (or one not yet due, listed with overdue ones).
    var overdueLine: String
    /// "Total".
    var totalLabel: String
    /// The sentence before the other overdue invoices.
    var othersIntro: String
    /// Table headers: document, issue date, due date, days late, due in, amount, balance.
    var headers: [String]
    /// "por vencer" in the days-late column of an invoice not yet due.
    var notYetDue: String
    /// "hoy" in the due-in column.
    var dueToday: String

    /// The default templates of a family on every channel.
    func templates(for text: DefaultFamilyText) -> [MessageTemplate] {
        let intro = text.intro.map(\.plain).joined(separator: "\n\n")
        let outro = text.outro.map(\.plain).joined(separator: "\n\n")
        let list = plainList(text.list)
        let email = fill(
            emailSkeleton, ["%INTRO%": intro, "%LIST%": list, "%OUTRO%": outro, "%CLOSING%": text.closing])
        let html = fill(
            htmlSkeleton,
            [
                "%SUBJECT%": text.subject, "%INTRO%": text.intro.map(\.html).joined(separator: "\n"),
                "%TABLE%": htmlTable(text.list), "%OUTRO%": text.outro.map(\.html).joined(separator: "\n"),
                "%CLOSING%": text.closing,
            ])
        let letter = fill(
            letterSkeleton, ["%SUBJECT%": text.subject, "%INTRO%": intro, "%LIST%": list, "%OUTRO%": outro])
        let script = [
            "%TITLE%": text.title, "%OBJECTIVE%": text.objective, "%PITCH%": text.pitch, "%LIST%": list,
            "%ASK%": text.ask,
        ]
        return [
            MessageTemplate(
                family: text.family, channel: .email, language: code, subject: text.subject, body: email, html: html),
            MessageTemplate(
                family: text.family, channel: .whatsApp, language: code, body: text.whatsApp,
                whatsApp: MessageTemplate.WhatsApp(name: "cobranza_" + text.family, parameters: text.whatsAppParameters)
            ),
            MessageTemplate(family: text.family, channel: .sms, language: code, body: text.sms),
            MessageTemplate(
                family: text.family, channel: .letter, language: code, subject: text.subject, body: letter),
            MessageTemplate(
                family: text.family, channel: .phoneCall, language: code,
                subject: fill(callSubject, ["%TITLE%": text.title]), body: fill(callSkeleton, script)),
            MessageTemplate(
                family: text.family, channel: .visit, language: code,
                subject: fill(visitSubject, ["%TITLE%": text.title]), body: fill(visitSkeleton, script)),
        ]
    }

    private func fill(_ skeleton: String, _ parts: [String: String]) -> String {
        var result = skeleton
        for (placeholder, value) in parts { result = result.replacingOccurrences(of: placeholder, with: value) }
        return result
    }

    /// The invoice list of a plain text, with its total and, for reminders, the other overdue invoices.
    private func plainList(_ style: DefaultListStyle) -> String {
        func block(_ list: String, _ line: String) -> String { "{{#\(list)}}\n- \(line)\n{{/\(list)}}" }
        let others =
            "{{#has_other_invoices}}\n\n\(othersIntro)\n\(block("other_invoices", overdueLine))\n{{/has_other_invoices}}"
        switch style {
        case .issued:
            return block("invoices", issuedLine) + "\n\(totalLabel): {{total}}"
        case .upcoming:
            return block("invoices", upcomingLine) + "\n\(totalLabel): {{total}}\n" + others
        case .overdue:
            return block("invoices", overdueLine) + "\n\(totalLabel): {{total}}\n" + others
        case .account:
            return block("account_invoices", overdueLine) + "\n\(totalLabel): {{total_owed}}"
        }
    }

    /// The invoice table of an HTML email, with the other overdue invoices in a second table for reminders.
    private func htmlTable(_ style: DefaultListStyle) -> String {
        let document = headers[0]
        let overdueColumns = [document, headers[2], headers[3], headers[6]]
        let overdueRow = [
            "{{document}} {{number}}", "{{due_date}}",
            "{{#is_overdue}}{{days_late_text}}{{/is_overdue}}{{^is_overdue}}\(notYetDue){{/is_overdue}}", "{{balance}}",
        ]
        let others =
            "{{#has_other_invoices}}\n<p>\(othersIntro)</p>\n"
            + table(columns: overdueColumns, row: overdueRow, lists: ["other_invoices"], totals: nil)
            + "\n{{/has_other_invoices}}"
        switch style {
        case .issued:
            return table(
                columns: [document, headers[1], headers[2], headers[5]],
                row: ["{{document}} {{number}}", "{{issue_date}}", "{{due_date}}", "{{amount}}"], lists: ["invoices"],
                totals: "totals")
        case .upcoming:
            let row = [
                "{{document}} {{number}}", "{{due_date}}",
                "{{#days_until_due}}{{days_until_due_text}}{{/days_until_due}}{{^days_until_due}}\(dueToday){{/days_until_due}}",
                "{{balance}}",
            ]
            return table(
                columns: [document, headers[2], headers[4], headers[6]], row: row, lists: ["invoices"],
                totals: "totals") + "\n" + others
        case .overdue:
            return table(columns: overdueColumns, row: overdueRow, lists: ["invoices"], totals: "totals") + "\n"
                + others
        case .account:
            return table(
                columns: overdueColumns, row: overdueRow, lists: ["account_invoices"], totals: "totals_owed")
        }
    }

    /// An HTML table: a header row, one row per item of each list, and a total row per currency.
    private func table(columns: [String], row: [String], lists: [String], totals: String?) -> String {
        let header = "padding:6px 8px;border-bottom:2px solid #d9dee3;"
        let cell = "padding:6px 8px;border-bottom:1px solid #e4e7eb;"
        let money = "text-align:right;white-space:nowrap;"
        var html =
            "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" "
            + "style=\"width:100%;border-collapse:collapse;margin:16px 0;font-size:14px;\">\n<thead><tr>"
        for (index, column) in columns.enumerated() {
            html += "<th style=\"\(header)\(index == columns.count - 1 ? money : "text-align:left;")\">\(column)</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for list in lists {
            html += "{{#\(list)}}\n<tr>"
            for (index, value) in row.enumerated() {
                html += "<td style=\"\(cell)\(index == row.count - 1 ? money : "")\">\(value)</td>"
            }
            html += "</tr>\n{{/\(list)}}\n"
        }
        html += "</tbody>\n"
        if let totals {
            html += "<tfoot>\n{{#\(totals)}}\n<tr><td colspan=\"\(columns.count - 1)\" "
            html += "style=\"padding:8px;text-align:right;\"><strong>\(totalLabel) {{currency}}</strong></td>"
            html += "<td style=\"padding:8px;\(money)\"><strong>{{amount}}</strong></td></tr>\n{{/\(totals)}}\n"
            html += "</tfoot>\n"
        }
        return html + "</table>"
    }
}
