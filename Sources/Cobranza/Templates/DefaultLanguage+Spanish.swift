extension DefaultLanguage {
    /// The Spanish frame: neutral *usted*, for Argentina, Mexico, Chile and the rest of Latin America.
    static let spanish = DefaultLanguage(
        code: "es",
        emailSkeleton: """
            Estimado/a {{contact.name}}:

            %INTRO%

            %LIST%

            %OUTRO%

            Datos para el pago:
            {{company.payment_instructions}}

            %CLOSING%

            {{collector.name}}
            {{company.name}}
            Tel.: {{collector.phone}}{{#collector.email}} · {{collector.email}}{{/collector.email}}
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
            <p>Estimado/a {{contact.name}}:</p>
            %INTRO%
            %TABLE%
            %OUTRO%
            <div style="margin:20px 0;padding:12px 16px;background-color:#f0f4f8;border-left:4px solid #3e5c76;">
            <strong>Datos para el pago</strong><br>
            {{company.payment_instructions}}
            </div>
            <p>%CLOSING%</p>
            <p><strong>{{collector.name}}</strong><br>
            {{company.name}}<br>
            Tel.: {{collector.phone}}{{#collector.email}} · <a href="mailto:{{collector.email}}">{{collector.email}}</a>{{/collector.email}}</p>
            </div>
            </body>
            </html>
            """,
        letterSkeleton: """
            {{#company.city}}{{company.city}}, {{/company.city}}{{today.long}}

            Señores
            {{customer.name}}
            {{#customer.postal_address}}
            {{customer.postal_address}}
            {{/customer.postal_address}}
            At.: {{contact.name}}
            Presente

            Ref.: %SUBJECT%

            De nuestra consideración:

            %INTRO%

            %LIST%

            %OUTRO%

            Datos para el pago:
            {{company.payment_instructions}}

            Sin otro particular, saludamos a usted atentamente.

            {{collector.name}}
            {{company.name}}
            Tel.: {{collector.phone}}{{#collector.email}} · {{collector.email}}{{/collector.email}}
            {{#company.postal_address}}
            {{company.postal_address}}
            {{/company.postal_address}}
            """,
        callSkeleton: """
            GUION DE LLAMADA: %TITLE%
            Cliente: {{customer.name}}
            Contacto: {{contact.name}}{{#contact.phone}} · {{contact.phone}}{{/contact.phone}}
            Saldo de esta gestión: {{total}}{{#has_other_invoices}} · Total vencido de la cuenta: {{total_owed}}{{/has_other_invoices}}
            {{#promise}}
            Promesa de pago registrada: {{promise.date}}{{#promise.amount}} por {{promise.amount}}{{/promise.amount}}
            {{/promise}}
            {{#has_previous_contacts}}
            Contactos anteriores:
            {{#previous_contacts}}
            - {{date}}: {{channel}}{{#summary}} ({{summary}}){{/summary}}
            {{/previous_contacts}}
            {{/has_previous_contacts}}

            Objetivo: %OBJECTIVE%

            1. Saludo
            "Buenos días, ¿hablo con {{contact.name}}? Le habla {{collector.name}}, de {{company.name}}."

            2. Motivo del llamado
            "%PITCH%"

            3. Comprobantes
            %LIST%

            4. Pedido
            "%ASK%"

            5. Según la respuesta
            - Promete pagar: registre la promesa de pago con la fecha (y el monto, si lo indica) y confirme los datos para el pago.
            - Informa que ya pagó: pida la fecha y el comprobante, y registre el pago informado.
            - Plantea una disputa o pide una aclaración: anote el motivo y el área responsable (ventas, facturación, embarques, atención al cliente) y regístrela.
            - No se compromete: registre lo conversado y programe un nuevo contacto en unos días.
            - No atiende: registre el intento, envíe el estado de cuenta por correo y programe un nuevo llamado.

            6. Datos para el pago (si los solicita)
            {{company.payment_instructions}}

            7. Cierre
            "Muchas gracias por su tiempo. Ante cualquier consulta, puede comunicarse conmigo al {{collector.phone}}."
            """,
        visitSkeleton: """
            GUION DE VISITA: %TITLE%
            Cliente: {{customer.name}}
            {{#customer.postal_address}}
            Dirección: {{customer.postal_address}}
            {{/customer.postal_address}}
            Contacto: {{contact.name}}{{#contact.phone}} · {{contact.phone}}{{/contact.phone}}
            Saldo de esta gestión: {{total}}{{#has_other_invoices}} · Total vencido de la cuenta: {{total_owed}}{{/has_other_invoices}}
            {{#promise}}
            Promesa de pago registrada: {{promise.date}}{{#promise.amount}} por {{promise.amount}}{{/promise.amount}}
            {{/promise}}
            {{#has_previous_contacts}}
            Contactos anteriores:
            {{#previous_contacts}}
            - {{date}}: {{channel}}{{#summary}} ({{summary}}){{/summary}}
            {{/previous_contacts}}
            {{/has_previous_contacts}}

            Objetivo: %OBJECTIVE%
            Llevar: el estado de cuenta impreso y una copia de los comprobantes.

            1. Presentación
            "Buenos días, soy {{collector.name}}, de {{company.name}}. ¿Podría hablar con {{contact.name}}?"

            2. Motivo de la visita
            "%PITCH%"

            3. Comprobantes
            %LIST%

            4. Pedido
            "%ASK%"

            5. Según la respuesta
            - Promete pagar: registre la promesa de pago con la fecha (y el monto, si lo indica) y deje los datos para el pago.
            - Informa que ya pagó: pida la fecha y una copia del comprobante, y registre el pago informado.
            - Plantea una disputa o pide una aclaración: anote el motivo y el área responsable (ventas, facturación, embarques, atención al cliente) y regístrela.
            - No se compromete: registre lo conversado y programe un nuevo contacto en unos días.
            - No se encuentra: deje el estado de cuenta con sus datos de contacto y registre la visita.

            6. Datos para el pago
            {{company.payment_instructions}}

            7. Cierre
            "Muchas gracias por recibirme. Ante cualquier consulta, puede comunicarse conmigo al {{collector.phone}}."
            """,
        callSubject: "Llamar a {{customer.name}}: %TITLE%",
        visitSubject: "Visitar a {{customer.name}}: %TITLE%",
        issuedLine: "{{document}} {{number}}, emitida el {{issue_date}}, vence el {{due_date}}: {{amount}}",
        upcomingLine:
            "{{document}} {{number}}, vence el {{due_date}} {{#days_until_due}}(en {{days_until_due_text}})"
            + "{{/days_until_due}}{{^days_until_due}}(hoy){{/days_until_due}}: saldo {{balance}}",
        overdueLine:
            "{{document}} {{number}}, {{#is_overdue}}vencida el {{due_date}} ({{days_late_text}} de atraso)"
            + "{{/is_overdue}}{{^is_overdue}}vence el {{due_date}}{{/is_overdue}}: saldo {{balance}}"
            + "{{#is_partially_paid}} (importe original {{amount}}){{/is_partially_paid}}",
        totalLabel: "Total",
        othersIntro: "Además, su cuenta registra estos otros comprobantes vencidos:",
        headers: ["Comprobante", "Emisión", "Vencimiento", "Atraso", "Vence en", "Importe", "Saldo"],
        notYetDue: "por vencer",
        dueToday: "hoy")
}
