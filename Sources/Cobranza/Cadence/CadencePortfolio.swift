/// What the cadence planner reads: the portfolio as it stands on the day of the plan, and what the cadence
/// already did.
///
/// ```swift
/// let portfolio = CadencePortfolio(
///     customers: customers, invoices: openInvoices,
///     portfolioStages: stages,                       // computed by the caller
///     completedSteps: doneSteps,                     // every CadenceStepKey carried out so far
///     lastAutomaticMessage: lastMessageDates)        // per customer
/// ```
public struct CadencePortfolio: Sendable {
    /// The customers. Invoices of customers not listed here are skipped.
    public var customers: [Customer]
    /// The invoices; passing only open ones is enough (closed ones, credit notes and zero balances are
    /// ignored).
    public var invoices: [Invoice]
    /// Each customer's portfolio stage, for steps with a ``CadenceConditions/portfolioStages`` condition.
    public var portfolioStages: [CustomerID: PortfolioStage]
    /// Every (invoice, step) pair already carried out; none of them is planned again.
    public var completedSteps: Set<CadenceStepKey>
    /// The day of each customer's last automatic message, for the policy's minimum gap.
    public var lastAutomaticMessage: [CustomerID: CivilDate]

    /// Creates the planner's input.
    ///
    /// - Parameters:
    ///   - customers: The customers.
    ///   - invoices: The invoices.
    ///   - portfolioStages: Each customer's portfolio stage.
    ///   - completedSteps: The (invoice, step) pairs already carried out.
    ///   - lastAutomaticMessage: The day of each customer's last automatic message.
    public init(
        customers: [Customer], invoices: [Invoice], portfolioStages: [CustomerID: PortfolioStage] = [:],
        completedSteps: Set<CadenceStepKey> = [], lastAutomaticMessage: [CustomerID: CivilDate] = [:]
    ) {
        self.customers = customers
        self.invoices = invoices
        self.portfolioStages = portfolioStages
        self.completedSteps = completedSteps
        self.lastAutomaticMessage = lastAutomaticMessage
    }
}
