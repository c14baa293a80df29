/// A planned dispute resolution: the writes, and the figures the dispute measures use.
public struct ResolvedDispute: Sendable, Hashable {
    /// The writes.
    public var plan: StatusPlan
    /// The invoice.
    public var invoiceID: InvoiceID
    /// The department that resolved it.
    public var departmentID: DepartmentID
    /// The day it was opened.
    public var openedOn: CivilDate
    /// The day it was resolved.
    public var resolvedOn: CivilDate
    /// How it was resolved.
    public var resolution: DisputeResolution

    /// Creates a resolved dispute.
    ///
    /// - Parameters:
    ///   - plan: The writes.
    ///   - invoiceID: The invoice.
    ///   - departmentID: The department.
    ///   - openedOn: The day it was opened.
    ///   - resolvedOn: The day it was resolved.
    ///   - resolution: How.
    public init(
        plan: StatusPlan, invoiceID: InvoiceID, departmentID: DepartmentID, openedOn: CivilDate,
        resolvedOn: CivilDate, resolution: DisputeResolution
    ) {
        self.plan = plan
        self.invoiceID = invoiceID
        self.departmentID = departmentID
        self.openedOn = openedOn
        self.resolvedOn = resolvedOn
        self.resolution = resolution
    }

    /// The days it took, from opening to resolution.
    public var daysToResolve: Int { openedOn.days(to: resolvedOn) }
}
