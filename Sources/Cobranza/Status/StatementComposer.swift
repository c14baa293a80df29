/// Writes the email that lists a customer's open invoices, sent when a collector could not reach the
/// customer (seed 001, outcome 5).
///
/// Cobranza ships ``PlainStatementComposer`` (plain text in Spanish and English); a template-based composer
/// can replace it by conforming to this protocol and being passed in ``StatusContext``.
///
/// ## Implementation requirements
/// - Be a pure function of the request: the same request gives the same message (the outbox deduplicates
///   by key, not by content, but tests and re-runs rely on it).
/// - Address the message to ``StatementRequest/contact``'s email, on ``Channel/email``, with the request's
///   invoices in ``OutgoingMessage/invoiceIDs`` and its purpose and locale.
/// - Treat customer-supplied text (names, invoice numbers) as data; escape it in HTML bodies.
///
/// ## Conforming to the protocol
/// ```swift
/// struct TemplateStatementComposer: StatementComposer {
///     let templates: TemplateSet
///     func composeStatement(_ request: StatementRequest) throws -> OutgoingMessage {
///         try templates.render("statement", for: request)
///     }
/// }
/// ```
public protocol StatementComposer: Sendable {
    /// Composes the statement.
    ///
    /// - Parameter request: The customer, contact, invoices, collector, date and locale.
    /// - Returns: The message, addressed.
    /// - Throws: Whatever the composer's rendering throws; the outcome is then not recorded.
    func composeStatement(_ request: StatementRequest) throws -> OutgoingMessage
}
