import Cobranza
import Foundation

/// `cobranza policy`: prints the standard policy, or checks a policy file.
struct PolicyCommand: Subcommand {
    let name = "policy"
    let summary = "Print the standard policy as JSON, or check a policy file"
    let usage = """
        USAGE: cobranza policy show
               cobranza policy check FILE

        show    Prints the standard policy (statuses, risk, risk schedule, cadences, alerts, delivery, company)
                as JSON. Save it, change what your company does differently, and pass it to
                `cobranza run --policy FILE`. Members left out of a file take their standard values.
        check   Validates a policy file; errors name the field, such as status.promiseGraceDays.
        """

    func run(_ arguments: [String], console: Console) async throws -> Int32 {
        let parsed = try ParsedArguments(arguments, options: [], flags: [])
        switch parsed.positionals.first {
        case "show":
            guard parsed.positionals.count == 1 else { throw UsageError("policy show takes no file") }
            console.out(try JSONOutput.text(CollectionPolicy.standard))
        case "check":
            guard parsed.positionals.count == 2 else { throw UsageError("policy check needs one FILE") }
            let path = parsed.positionals[1]
            let policy = try PolicyFile.load(path)
            let tiers = policy.cadence.tiers.keys.map(\.name).sorted().joined(separator: ", ")
            console.out("\(path): valid policy (company \(policy.company.name); cadences for tiers \(tiers))")
        case let other?:
            throw UsageError("unknown policy action '\(other)': use show or check FILE")
        case nil:
            throw UsageError("say show or check FILE")
        }
        return 0
    }
}
