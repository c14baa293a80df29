/// `cobranza demo`: a synthetic portfolio run day by day, with a weekly summary and the final measures.
struct DemoCommand: Subcommand {
    let name = "demo"
    let summary = "Simulate a portfolio day by day (no files needed) and print a weekly summary and the measures"
    let usage = """
        USAGE: cobranza demo [--customers N] [--days N] [--seed N]

        Builds a synthetic portfolio of Argentine customers in memory — punctual, late and chronic payers and new
        ones, with a year of invoices and payments — and runs Cobranza on it day by day from Monday 7 September
        2026: every day new invoices are billed, customers pay (on time, late or not at all), answer reminders
        with promises they keep or break, say they already paid or dispute an invoice, collectors make the calls
        the cadence asks for, and the daily run sends the reminders and raises the alerts. It prints a summary
        per week and the final measures (aging, DSO, CEI, promises kept). The same seed tells the same story.

        OPTIONS:
          --customers N   How many customers (default 100).
          --days N        How many days to simulate (default 56).
          --seed N        The seed of the portfolio and of the customers' behaviour (default 1).
        """

    func run(_ arguments: [String], console: Console) async throws -> Int32 {
        let parsed = try ParsedArguments(arguments, options: ["customers", "days", "seed"], flags: [])
        try parsed.expectNoPositionals()
        var options = DemoSimulation.Options()
        options.customers = try parsed.integer("customers", in: 1...100_000) ?? options.customers
        options.days = try parsed.integer("days", in: 1...3_660) ?? options.days
        options.seed = UInt64(try parsed.integer("seed", in: 0...Int.max) ?? Int(options.seed))
        var simulation = DemoSimulation(options)
        try await simulation.run { console.out($0) }
        return 0
    }
}
