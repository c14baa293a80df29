/// Where a cadence step stands in the escalation of a debt, from the first notice to the action stage.
///
/// Stages are ordered by severity: `new_invoice` < `upcoming_due` < `friendly` < `direct` < `formal` <
/// `final_notice` < `action`. When several of a customer's invoices reach steps on the same day, the
/// consolidated contact takes the most severe stage among them. A stage encodes as its raw value.
///
/// The four tones of the overdue series:
/// 1. ``friendly`` assumes an administrative oversight; cordial, not confrontational.
/// 2. ``direct`` refers to the previous contact and asks to confirm a payment date.
/// 3. ``formal`` involves a higher-ranking contact and documents every previous attempt.
/// 4. ``finalNotice`` states in writing the amount owed and the consequences.
///
/// Then ``action``: reminders stop and a person must act (suspend service, start legal action, write off).
public enum CadenceStage: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A new invoice was issued (notificación de nueva factura).
    case newInvoice = "new_invoice"
    /// The due date is close (aviso de próximo vencimiento).
    case upcomingDue = "upcoming_due"
    /// First overdue reminder: cordial, assumes an oversight (recordatorio amable).
    case friendly
    /// Second tone: cites the previous contact, asks for a payment date (más directo).
    case direct
    /// Third tone: a higher-ranking contact, all previous attempts documented (tono formal).
    case formal
    /// Fourth tone: formal written statement of the amount owed and the consequences (comunicación final).
    case finalNotice = "final_notice"
    /// Reminders stop; a person acts on the debt (aviso de acción).
    case action

    /// The position in the escalation: 0 for ``newInvoice`` … 6 for ``action``.
    public var severity: Int {
        switch self {
        case .newInvoice: return 0
        case .upcomingDue: return 1
        case .friendly: return 2
        case .direct: return 3
        case .formal: return 4
        case .finalNotice: return 5
        case .action: return 6
        }
    }

    /// Whether the stage is a notice sent before the due date (``newInvoice``, ``upcomingDue``) rather
    /// than part of the overdue series.
    public var isPreDue: Bool { self == .newInvoice || self == .upcomingDue }

    /// The contact a step at this stage addresses unless the policy says otherwise: the billing contact up to
    /// ``direct``, the higher-ranking escalation contact from ``formal`` on.
    public var defaultContactRole: ContactRole { self >= .formal ? .escalation : .billing }

    /// Orders stages by severity.
    public static func < (lhs: CadenceStage, rhs: CadenceStage) -> Bool { lhs.severity < rhs.severity }
}
