extension DefaultTemplates {
    private static let esComprobante =
        "{{#single_invoice}}el comprobante {{invoice_numbers}}{{/single_invoice}}"
        + "{{^single_invoice}}los comprobantes {{invoice_numbers}}{{/single_invoice}}"
    private static let esFinalDeadline =
        "{{#deadline}}antes del {{deadline.long}}{{/deadline}}"
        + "{{^deadline}}dentro de los próximos cinco (5) días hábiles{{/deadline}}"
    private static let esActionDeadline =
        "{{#deadline}}antes del {{deadline.long}}{{/deadline}}{{^deadline}}dentro de las próximas 48 horas{{/deadline}}"
    private static let esConsequence =
        "{{#action}}{{action}}{{/action}}{{^action}}la suspensión de la cuenta corriente y de las entregas "
        + "pendientes, y el inicio de las acciones de cobro extrajudiciales o judiciales que correspondan{{/action}}"
    private static let esPreviousContacts = DefaultParagraph(
        "Contactos realizados hasta la fecha:\n{{#previous_contacts}}\n- {{date}}: {{channel}}{{#summary}} ({{summary}}){{/summary}}\n{{/previous_contacts}}",
        html:
            "<p>Contactos realizados hasta la fecha:</p>\n<ul>\n{{#previous_contacts}}\n<li>{{date}}: {{channel}}{{#summary}} ({{summary}}){{/summary}}</li>\n{{/previous_contacts}}\n</ul>",
        when: "has_previous_contacts")

    /// The Spanish words of every family.
    static let spanishFamilies: [DefaultFamilyText] = [
        DefaultFamilyText(
            family: "new_invoice", title: "aviso de nuevo comprobante",
            subject:
                "{{company.name}}: {{#single_invoice}}nuevo comprobante {{invoice_numbers}}{{/single_invoice}}"
                + "{{^single_invoice}}nuevos comprobantes {{invoice_numbers}}{{/single_invoice}}",
            intro: [
                DefaultParagraph(
                    "Le informamos que emitimos {{#single_invoice}}el siguiente comprobante{{/single_invoice}}"
                        + "{{^single_invoice}}los siguientes comprobantes{{/single_invoice}} a nombre de {{customer.name}}:"
                )
            ],
            list: .issued,
            outro: [
                DefaultParagraph(
                    "Le pedimos que verifique los datos. Si encuentra alguna diferencia, o si necesita una orden de "
                        + "compra u otra información para procesar el pago, avísenos y lo resolveremos antes del vencimiento."
                )
            ],
            closing: "Muchas gracias por su confianza. Saludos cordiales,",
            sms:
                "{{company.name}}: emitimos \(esComprobante) por {{total}}. Consultas: {{collector.name}}, {{collector.phone}}.",
            whatsApp:
                "Hola {{1}}, le escribimos de {{2}}. Emitimos nueva documentación a nombre de {{3}}.\n"
                + "Comprobantes: {{4}}\nTotal: {{5}}\nDatos para el pago: {{6}}\n"
                + "Si necesita una orden de compra u otro dato, puede comunicarse con {{7}} al {{8}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{invoice_numbers}}", "{{total}}",
                "{{company.payment_instructions}}", "{{collector.name}}", "{{collector.phone}}",
            ],
            objective: "confirmar que recibieron la documentación y que no hay impedimentos para el pago.",
            pitch: "Nos comunicamos para confirmar que recibieron \(esComprobante), por {{total}}.",
            ask:
                "¿Está todo correcto para procesar el pago? ¿Necesitan una orden de compra u otro dato de nuestra parte?"
        ),
        DefaultFamilyText(
            family: "upcoming_due", title: "aviso de próximo vencimiento",
            subject: "{{company.name}}: aviso de próximo vencimiento",
            intro: [
                DefaultParagraph(
                    "Le recordamos que {{#single_invoice}}el siguiente comprobante de {{customer.name}} vence"
                        + "{{/single_invoice}}{{^single_invoice}}los siguientes comprobantes de {{customer.name}} vencen"
                        + "{{/single_invoice}} en los próximos días:")
            ],
            list: .upcoming,
            outro: [
                DefaultParagraph(
                    "Le escribimos con anticipación para asegurarnos de que no haya inconvenientes con el pago. Si no "
                        + "recibió la factura, encuentra alguna diferencia o necesita algún dato adicional, avísenos y lo "
                        + "resolveremos antes del vencimiento."),
                DefaultParagraph("Si ya programó el pago, muchas gracias; no necesita responder este mensaje."),
            ],
            closing: "Saludos cordiales,",
            sms:
                "{{company.name}}: le recordamos que {{#single_invoice}}el comprobante {{invoice_numbers}} vence el "
                + "{{#invoices}}{{due_date}}{{/invoices}}{{/single_invoice}}{{^single_invoice}}los comprobantes "
                + "{{invoice_numbers}} vencen en los próximos días{{/single_invoice}}. Total: {{total}}. Si ya "
                + "programó el pago, desestime este mensaje. Consultas: {{collector.phone}}.",
            whatsApp:
                "Hola {{1}}, le escribimos de {{2}} para recordarle un próximo vencimiento de la cuenta de {{3}}.\n"
                + "Comprobantes: {{4}}\nTotal: {{5}}\nDatos para el pago: {{6}}\n"
                + "Si ya programó el pago, muchas gracias. Si necesita algún dato o encuentra una diferencia, "
                + "puede comunicarse con {{7}} al {{8}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{invoice_numbers}}", "{{total}}",
                "{{company.payment_instructions}}", "{{collector.name}}", "{{collector.phone}}",
            ],
            objective:
                "confirmar que el pago está programado para el vencimiento y detectar a tiempo cualquier problema "
                + "(factura no recibida, diferencias).",
            pitch:
                "Nos comunicamos para recordarle que {{#single_invoice}}el comprobante {{invoice_numbers}} vence"
                + "{{/single_invoice}}{{^single_invoice}}los comprobantes {{invoice_numbers}} vencen{{/single_invoice}} "
                + "en los próximos días, por un total de {{total}}.",
            ask:
                "¿Tienen programado el pago para esa fecha? ¿Recibieron bien la factura o hay algo que debamos corregir?"
        ),
        DefaultFamilyText(
            family: "friendly", title: "recordatorio amable",
            subject: "Recordatorio de pago: {{customer.name}}",
            intro: [
                DefaultParagraph(
                    "Esperamos que se encuentre muy bien. Le escribimos porque en nuestros registros "
                        + "{{#single_invoice}}figura pendiente de pago el siguiente comprobante{{/single_invoice}}"
                        + "{{^single_invoice}}figuran pendientes de pago los siguientes comprobantes{{/single_invoice}}. "
                        + "Entendemos que puede tratarse de un simple olvido o de una demora administrativa, por eso "
                        + "queríamos recordárselo:")
            ],
            list: .overdue,
            outro: [
                DefaultParagraph(
                    "Si ya realizó el pago, le pedimos disculpas por la molestia y le agradeceremos que nos envíe el "
                        + "comprobante para registrarlo. Si hay algo que le impida pagar o tiene alguna consulta sobre "
                        + "la factura, con gusto lo conversamos.")
            ],
            closing: "Muchas gracias. Saludos cordiales,",
            sms:
                "{{company.name}}: Hola {{contact.name}}, le recordamos que \(esComprobante) "
                + "{{#single_invoice}}se encuentra vencido{{/single_invoice}}{{^single_invoice}}se encuentran vencidos"
                + "{{/single_invoice}}. Saldo: {{total}}. Si ya pagó, desestime este mensaje. Consultas: "
                + "{{collector.name}}, {{collector.phone}}.",
            whatsApp:
                "Hola {{1}}, ¿cómo está? Le escribimos de {{2}}. Según nuestros registros, la cuenta de {{3}} tiene "
                + "un saldo vencido de {{4}} (comprobantes: {{5}}). Seguramente se trata de un olvido; si ya realizó "
                + "el pago, le pedimos que desestime este mensaje.\nDatos para el pago: {{6}}\n"
                + "Ante cualquier consulta, puede comunicarse con {{7}} al {{8}}. ¡Muchas gracias!",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{total}}", "{{invoice_numbers}}",
                "{{company.payment_instructions}}", "{{collector.name}}", "{{collector.phone}}",
            ],
            objective: "recordar el saldo vencido en tono cordial y obtener una fecha de pago.",
            pitch:
                "Nos comunicamos para recordarle que \(esComprobante) {{#single_invoice}}figura vencido"
                + "{{/single_invoice}}{{^single_invoice}}figuran vencidos{{/single_invoice}}, por un total de {{total}}. "
                + "Seguramente se trata de un olvido, por eso queríamos avisarle.",
            ask: "¿Podría confirmarme para qué fecha tienen previsto el pago?"),
        DefaultFamilyText(
            family: "direct", title: "seguimiento de pago",
            subject: "Saldo vencido pendiente: confirmación de fecha de pago",
            intro: [
                DefaultParagraph(
                    "El {{last_contact.date}} nos comunicamos con ustedes {{last_contact.channel_phrase}} por el saldo "
                        + "pendiente de {{customer.name}}{{#last_contact.summary}} ({{last_contact.summary}})"
                        + "{{/last_contact.summary}}. A la fecha, no hemos registrado el pago.",
                    when: "last_contact"),
                DefaultParagraph(
                    "Volvemos a comunicarnos con ustedes por el saldo pendiente de {{customer.name}}, que a la fecha no "
                        + "hemos registrado como pagado.", unless: "last_contact"),
                DefaultParagraph(
                    "Según lo conversado, el pago estaba comprometido para el {{promise.date}}{{#promise.amount}} por "
                        + "{{promise.amount}}{{/promise.amount}}, y aún no lo hemos recibido.", when: "promise"),
                DefaultParagraph("El detalle es el siguiente:"),
            ],
            list: .overdue,
            outro: [
                DefaultParagraph(
                    "Le solicitamos que nos confirme la fecha en que realizarán el pago. Si existe algún inconveniente "
                        + "con la factura (diferencias de precio o de cantidades, documentación faltante), indíquenos el "
                        + "motivo para derivarlo al área correspondiente y resolverlo a la brevedad.")
            ],
            closing: "Quedamos a la espera de su confirmación. Saludos cordiales,",
            sms:
                "{{company.name}}: {{contact.name}}, el saldo vencido de {{total}} ({{invoice_numbers}}) sigue "
                + "pendiente{{#last_contact}} desde nuestro contacto del {{last_contact.date}}{{/last_contact}}. Por "
                + "favor, confírmenos la fecha de pago al {{collector.phone}} ({{collector.name}}).",
            whatsApp:
                "Hola {{1}}, le escribe {{2}}, de {{3}}. El saldo vencido de {{4}} (comprobantes: {{5}}) sigue "
                + "pendiente. {{6}} ¿Podría confirmarnos la fecha en que realizarán el pago?\n"
                + "Datos para el pago: {{7}}\nQuedamos atentos a su respuesta por este medio o al {{8}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{collector.name}}", "{{company.name}}", "{{total}}", "{{invoice_numbers}}",
                "{{#last_contact}}Nos comunicamos con ustedes el {{last_contact.date}} {{last_contact.channel_phrase}} y "
                    + "aún no registramos el pago.{{/last_contact}}{{^last_contact}}Aún no registramos el pago."
                    + "{{/last_contact}}",
                "{{company.payment_instructions}}", "{{collector.phone}}",
            ],
            objective: "obtener una fecha de pago concreta, citando el contacto anterior.",
            pitch:
                "Nos comunicamos nuevamente por el saldo vencido de {{total}}.{{#last_contact}} Ya nos habíamos "
                + "comunicado el {{last_contact.date}} {{last_contact.channel_phrase}} y a la fecha no registramos el "
                + "pago.{{/last_contact}}{{#promise}} El pago estaba comprometido para el {{promise.date}}.{{/promise}}",
            ask: "¿Podría confirmarme en qué fecha van a realizar el pago?"),
        DefaultFamilyText(
            family: "formal", title: "reclamo formal",
            subject: "Saldo vencido de {{customer.name}}: solicitud de regularización",
            intro: [
                DefaultParagraph(
                    "Nos dirigimos a usted en relación con la cuenta de {{customer.name}}, que registra un saldo vencido "
                        + "de {{total_owed}}, con una antigüedad de hasta {{max_days_late_text}}."),
                DefaultParagraph(
                    "Hasta el momento, nuestras gestiones se realizaron con {{billing_contact.name}}, sin que se lograra "
                        + "regularizar la situación. Por ese motivo, solicitamos su intervención.",
                    when: "billing_contact"),
                DefaultParagraph(
                    "Pese a nuestras gestiones, la situación no ha sido regularizada. Por ese motivo, solicitamos su "
                        + "intervención.", unless: "billing_contact"),
                esPreviousContacts,
                DefaultParagraph("Los comprobantes vencidos son los siguientes:"),
            ],
            list: .account,
            outro: [
                DefaultParagraph(
                    "Le solicitamos que regularice el saldo o que se comunique con nosotros {{#deadline}}antes del "
                        + "{{deadline.long}}{{/deadline}}{{^deadline}}dentro de los próximos cinco días hábiles"
                        + "{{/deadline}} para acordar la forma de pago. Si tiene alguna objeción sobre los comprobantes, "
                        + "le pedimos que nos la haga llegar por escrito para analizarla.")
            ],
            closing: "Atentamente,",
            sms:
                "{{company.name}}: {{contact.name}}, la cuenta de {{customer.name}} registra un saldo vencido de "
                + "{{total_owed}}, con hasta {{max_days_late_text}} de atraso. Le solicitamos comunicarse con "
                + "{{collector.name}} al {{collector.phone}}.",
            whatsApp:
                "Estimado/a {{1}}: le escribimos de {{2}} en relación con la cuenta de {{3}}, que registra un saldo "
                + "vencido de {{4}}, con hasta {{5}} de atraso. Pese a nuestras gestiones anteriores, la situación no "
                + "ha sido regularizada, por lo que solicitamos su intervención.\nDatos para el pago: {{6}}\n"
                + "Para acordar la forma de pago, comuníquese con {{7}} al {{8}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{total_owed}}",
                "{{max_days_late_text}}", "{{company.payment_instructions}}", "{{collector.name}}",
                "{{collector.phone}}",
            ],
            objective:
                "involucrar a un responsable de mayor jerarquía, repasar los contactos anteriores y acordar la "
                + "regularización.",
            pitch:
                "Nos comunicamos con usted por la cuenta de {{customer.name}}, que registra un saldo vencido de "
                + "{{total_owed}}, con hasta {{max_days_late_text}} de atraso. Pese a nuestras gestiones anteriores, el "
                + "saldo no se ha regularizado y por eso nos dirigimos a usted.",
            ask: "¿Podemos acordar hoy una fecha de pago o un plan para regularizar el saldo?"),
        DefaultFamilyText(
            family: "final_notice", title: "aviso final",
            subject: "Aviso final de deuda: {{customer.name}}",
            intro: [
                DefaultParagraph(
                    "Por medio de la presente, le notificamos formalmente que {{customer.name}} adeuda a {{company.name}} "
                        + "la suma de {{total_owed}}, correspondiente a los siguientes comprobantes vencidos:")
            ],
            list: .account,
            outro: [
                DefaultParagraph(
                    "Este saldo ya le fue reclamado anteriormente; nuestro último contacto fue el {{last_contact.date}} "
                        + "{{last_contact.channel_phrase}}.", when: "last_contact"),
                DefaultParagraph(
                    "Le solicitamos cancelar la totalidad del saldo \(esFinalDeadline). De no recibir el pago o una "
                        + "propuesta de regularización en ese plazo, procederemos con \(esConsequence), con los costos "
                        + "que ello pudiera ocasionar."),
                DefaultParagraph(
                    "Si el pago ya fue realizado, le pedimos que nos envíe el comprobante para imputarlo y dejar sin "
                        + "efecto este aviso."),
            ],
            closing: "Atentamente,",
            sms:
                "{{company.name}}, AVISO FINAL: {{customer.name}} adeuda {{total_owed}}. De no regularizar "
                + "{{#deadline}}antes del {{deadline}}{{/deadline}}{{^deadline}}en 5 días hábiles{{/deadline}}, "
                + "procederemos con {{#action}}{{action}}{{/action}}{{^action}}la suspensión de la cuenta y acciones de "
                + "cobro{{/action}}. Tel.: {{collector.phone}}.",
            whatsApp:
                "Estimado/a {{1}}: por este medio, {{2}} le notifica que {{3}} adeuda la suma de {{4}} (comprobantes: "
                + "{{5}}). De no recibir el pago o una propuesta de regularización {{6}}, procederemos con {{7}}.\n"
                + "Datos para el pago: {{8}}\nPara regularizar, comuníquese con {{9}} al {{10}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{total_owed}}",
                "{{account_invoice_numbers}}",
                esFinalDeadline, esConsequence, "{{company.payment_instructions}}", "{{collector.name}}",
                "{{collector.phone}}",
            ],
            objective:
                "comunicar formalmente el monto adeudado y las consecuencias de no pagar, y obtener un compromiso firme.",
            pitch:
                "Nos comunicamos para informarle formalmente que {{customer.name}} adeuda {{total_owed}}. Si no "
                + "recibimos el pago o una propuesta \(esFinalDeadline), vamos a proceder con \(esConsequence).",
            ask: "¿Pueden cancelar el saldo dentro de ese plazo, o prefieren proponer hoy un plan de pagos?"),
        DefaultFamilyText(
            family: "action", title: "aviso de acción",
            subject: "Notificación de medidas por falta de pago: {{customer.name}}",
            intro: [
                DefaultParagraph(
                    "Pese a los avisos enviados{{#last_contact}} (el último, el {{last_contact.date}}){{/last_contact}}, "
                        + "a la fecha no hemos recibido el pago del saldo vencido de {{total_owed}} ni una propuesta "
                        + "para regularizarlo."),
                DefaultParagraph(
                    "Por ese motivo, le informamos que {{company.name}} procederá con {{#action}}{{action}}{{/action}}"
                        + "{{^action}}la suspensión de la cuenta corriente y de las entregas pendientes, y con la "
                        + "derivación del caso para su gestión por vía legal{{/action}}."),
                DefaultParagraph("Comprobantes impagos:"),
            ],
            list: .account,
            outro: [
                DefaultParagraph(
                    "Aún es posible evitar esta medida si cancela el saldo o se comunica con nosotros "
                        + "\(esActionDeadline) para acordar un plan de pagos.")
            ],
            closing: "Atentamente,",
            sms:
                "{{company.name}}: ante la falta de pago de {{total_owed}}, procederemos con {{#action}}{{action}}"
                + "{{/action}}{{^action}}la suspensión de la cuenta y acciones legales{{/action}}. Para evitarlo, "
                + "comuníquese de inmediato con {{collector.name}} al {{collector.phone}}.",
            whatsApp:
                "Estimado/a {{1}}: {{2}} le informa que, ante la falta de pago del saldo de {{3}} adeudado por {{4}}, "
                + "procederá con {{5}}. Aún es posible evitarlo si se comunica con nosotros {{6}}.\n"
                + "Datos para el pago: {{7}}\nContacto: {{8}}, {{9}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{total_owed}}", "{{customer.name}}",
                "{{#action}}{{action}}{{/action}}{{^action}}la suspensión de la cuenta corriente y la derivación del "
                    + "caso a gestión legal{{/action}}",
                esActionDeadline, "{{company.payment_instructions}}", "{{collector.name}}", "{{collector.phone}}",
            ],
            objective: "informar la medida que se tomará y ofrecer una última oportunidad de regularizar.",
            pitch:
                "Nos comunicamos para informarle que, ante la falta de pago del saldo de {{total_owed}}, "
                + "{{company.name}} procederá con {{#action}}{{action}}{{/action}}{{^action}}la suspensión de la cuenta "
                + "corriente y la derivación del caso a gestión legal{{/action}}.",
            ask: "¿Quieren regularizar hoy el saldo o acordar un plan de pagos para evitar esta medida?"),
        DefaultFamilyText(
            family: "statement", title: "estado de cuenta",
            subject: "Estado de cuenta de {{customer.name}} al {{today}}",
            intro: [
                DefaultParagraph(
                    "Intentamos comunicarnos con usted sin éxito, por lo que le enviamos el estado de cuenta de "
                        + "{{customer.name}} al {{today.long}}, con los comprobantes pendientes de pago:")
            ],
            list: .account,
            outro: [
                DefaultParagraph(
                    "Le agradeceremos que revise el detalle y nos indique la fecha prevista de pago. Si alguno de los "
                        + "comprobantes ya fue pagado o tiene alguna observación, por favor avísenos para actualizar "
                        + "nuestros registros.")
            ],
            closing: "Saludos cordiales,",
            sms:
                "{{company.name}}: intentamos comunicarnos con usted sin éxito. El saldo pendiente de {{customer.name}} "
                + "es {{total_owed}}. Por favor, comuníquese con {{collector.name}} al {{collector.phone}}.",
            whatsApp:
                "Hola {{1}}, le escribimos de {{2}}. Intentamos comunicarnos con usted sin éxito, por lo que le "
                + "compartimos el estado de cuenta de {{3}} al {{4}}.\nComprobantes: {{5}}\nSaldo pendiente: {{6}}\n"
                + "Datos para el pago: {{7}}\nAnte cualquier consulta, comuníquese con {{8}} al {{9}}.",
            whatsAppParameters: [
                "{{contact.name}}", "{{company.name}}", "{{customer.name}}", "{{today}}", "{{account_invoice_numbers}}",
                "{{total_owed}}", "{{company.payment_instructions}}", "{{collector.name}}", "{{collector.phone}}",
            ],
            objective: "repasar el estado de cuenta con el cliente y obtener una fecha de pago.",
            pitch:
                "Nos comunicamos para repasar el estado de cuenta de {{customer.name}}: el saldo pendiente es de "
                + "{{total_owed}}.",
            ask: "¿Podría confirmarme si el detalle es correcto y en qué fecha tienen previsto el pago?"),
    ]
}
