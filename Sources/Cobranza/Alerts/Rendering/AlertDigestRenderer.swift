/// Turns a digest into the text of an internal email.
///
/// Cobranza ships ``PlainAlertDigestRenderer`` (plain text, Spanish and English). Conform to this protocol
/// to write digests with your own templates — for example through the template language once a policy
/// defines alert templates — and pass the renderer to ``AlertEvaluation/changeSet(renderer:createdAt:)``.
///
/// ## Conforming to the protocol
/// - Be deterministic: the same digest renders the same text (digests are compared and re-run).
/// - Write in ``AlertDigest/locale``; treat customer-supplied text (names, dispute reasons, comments) as
///   data, escaping it if you produce HTML.
/// - Throw when a template cannot be rendered; nothing is enqueued then.
///
/// ```swift
/// struct OneLineRenderer: AlertDigestRenderer {
///     func render(_ digest: AlertDigest) throws -> RenderedAlertDigest {
///         RenderedAlertDigest(subject: digest.wording.title, body: "\(digest.items.count) items")
///     }
/// }
/// ```
public protocol AlertDigestRenderer: Sendable {
    /// Renders a digest.
    ///
    /// - Parameter digest: The digest.
    /// - Returns: The subject and bodies.
    /// - Throws: When the digest cannot be rendered.
    func render(_ digest: AlertDigest) throws -> RenderedAlertDigest
}
