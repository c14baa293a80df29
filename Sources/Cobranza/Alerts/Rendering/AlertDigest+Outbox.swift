import Foundation

extension AlertDigest {
    /// The internal email for the digest, addressed to its recipient.
    ///
    /// - Parameter renderer: Writes the subject and body.
    /// - Returns: An email message whose ``OutgoingMessage/purpose`` is the rule's name.
    /// - Throws: What the renderer throws.
    public func message(renderedBy renderer: any AlertDigestRenderer = PlainAlertDigestRenderer()) throws
        -> OutgoingMessage
    {
        let rendered = try renderer.render(self)
        return OutgoingMessage(
            recipient: recipient, channel: .email, to: addressee.emails, subject: rendered.subject,
            body: rendered.body, htmlBody: rendered.htmlBody, invoiceIDs: invoiceIDs, purpose: rule, locale: locale)
    }

    /// The outbox entry for the digest, keyed by ``key`` so that it is recorded once per rule, recipient and
    /// period.
    ///
    /// - Parameters:
    ///   - renderer: Writes the subject and body.
    ///   - createdAt: When the intent is recorded.
    /// - Returns: A pending entry.
    /// - Throws: What the renderer throws.
    public func outboxEntry(
        renderedBy renderer: any AlertDigestRenderer = PlainAlertDigestRenderer(), createdAt: Date
    ) throws -> OutboxEntry {
        OutboxEntry(key: key, message: try message(renderedBy: renderer), createdAt: createdAt)
    }
}

extension AlertEvaluation {
    /// The outbox entries of every digest.
    ///
    /// - Parameters:
    ///   - renderer: Writes the subjects and bodies.
    ///   - createdAt: When the intents are recorded.
    /// - Returns: One pending entry per digest.
    /// - Throws: What the renderer throws.
    public func outboxEntries(
        renderer: any AlertDigestRenderer = PlainAlertDigestRenderer(), createdAt: Date
    ) throws -> [OutboxEntry] {
        try digests.map { try $0.outboxEntry(renderedBy: renderer, createdAt: createdAt) }
    }

    /// A change set that records every digest in the outbox; a key already recorded is skipped by the store,
    /// so committing a re-run sends nothing twice.
    ///
    /// - Parameters:
    ///   - renderer: Writes the subjects and bodies.
    ///   - createdAt: When the intents are recorded.
    /// - Returns: The change set.
    /// - Throws: What the renderer throws.
    public func changeSet(
        renderer: any AlertDigestRenderer = PlainAlertDigestRenderer(), createdAt: Date
    ) throws -> ChangeSet {
        var changes = ChangeSet()
        for entry in try outboxEntries(renderer: renderer, createdAt: createdAt) { changes.enqueue(entry) }
        return changes
    }
}
