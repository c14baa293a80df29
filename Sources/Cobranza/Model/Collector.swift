/// Identifies a ``Collector``.
public typealias CollectorID = Identifier<Collector>

/// A person who collects: calls customers, records outcomes, receives alerts (cobrador, gestor, ejecutivo).
public struct Collector: Sendable, Hashable, Codable, Identifiable {
    /// The identifier.
    public var id: CollectorID
    /// The collector's name, as it appears in messages to customers.
    public var name: String
    /// The email address alerts and digests go to.
    public var email: String?
    /// The phone number customers can call back, quoted in messages.
    public var phone: String?
    /// The collector's supervisor, who receives escalations.
    public var supervisorID: CollectorID?

    /// Creates a collector.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - name: The name.
    ///   - email: The email address.
    ///   - phone: The phone number.
    ///   - supervisorID: The supervisor.
    public init(
        id: CollectorID, name: String, email: String? = nil, phone: String? = nil, supervisorID: CollectorID? = nil
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.supervisorID = supervisorID
    }
}
