/// What the person responsible for actions must do when a debt reaches the ``CadenceStage/action`` stage.
public enum CollectionAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Suspend the service or further sales to the customer (suspender el servicio).
    case suspendService = "suspend_service"
    /// Hand the debt to legal collection (iniciar acciones legales).
    case legal
    /// Write the sale off as uncollectible (castigar la venta).
    case writeOff = "write_off"
}
