/// One rule of the customer-partition contract (`CustomerPartitionStore`) that
/// ``CustomerPartitionConformance`` checks. Run each as its own test
/// (`@Test(arguments: CustomerPartitionCheck.allCases)`) so a failure names the rule.
public enum CustomerPartitionCheck: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The day's first claim records its partitions (its count wins over later claims'), claims take the
    /// lowest-numbered open partition, and reads list them ordered by number.
    case firstClaimRecordsTheDay
    /// Many claims at once never hand one partition to two claimants while its lease runs.
    case claimsAreExclusive
    /// A claim whose lease has ended is taken over by the next claim; an unexpired one is not.
    case lapsedClaimsAreTakenOver
    /// A finished partition is never claimed again and finishing it again changes nothing; finishing a
    /// partition the day does not have is refused.
    case finishedPartitionsStayFinished
    /// Each date has its own partitions.
    case daysAreIndependent

    /// The check's name.
    public var description: String { rawValue }
}
