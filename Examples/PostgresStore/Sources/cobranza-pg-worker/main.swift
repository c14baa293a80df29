// A Cobranza worker process on PostgreSQL: the tests and the measurement launch several against one
// database. Connection from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (scripts/with-postgres.sh).
//
//   cobranza-pg-worker seed  --schema s --customers 1000 [--seed 7] [--date 2024-07-01]
//   cobranza-pg-worker run   --schema s --worker w1 --deliveries w1.txt [--date 2024-07-01] [--epoch <unix s>]
//                            [--lease 600] [--batch 50] [--send-delay-ms 0]
//                            [--partitions 1] [--partition-lease 900] [--hold-partition-ms 0]
//   cobranza-pg-worker bench [--customers 1000] [--workers 1,2,4] [--send-delay-ms 0] [--partitions 16]
//                            [--folder /tmp/x]
//
// --lease is the outbox claims' lease (seconds); --partitions splits the day's customers among the workers
// (policy sharing.customerPartitions, 1: each worker runs every customer's stages), --partition-lease is
// sharing.leaseSeconds; --hold-partition-ms makes each partition slow (tests kill a worker holding one).
import Cobranza
import CobranzaPostgres
import CobranzaTesting
import Foundation
import PostgresNIO

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    let options = try WorkerOptions(arguments)
    switch options.command {
    case "seed": try await Worker.seed(options)
    case "run": try await Worker.run(options)
    case "bench": try await Bench.run(options)
    default: throw WorkerError.usage("usage: cobranza-pg-worker seed|run|bench [options]")
    }
} catch {
    FileHandle.standardError.write(Data("cobranza-pg-worker: \(error)\n".utf8))
    exit(1)
}
