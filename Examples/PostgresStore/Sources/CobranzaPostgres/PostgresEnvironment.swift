import Foundation
import PostgresNIO

/// The libpq environment variables: `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, as
/// `scripts/with-postgres.sh` exports them.
public enum PostgresEnvironment {
    /// Whether `PGHOST` is set.
    public static var isConfigured: Bool { ProcessInfo.processInfo.environment["PGHOST"] != nil }

    /// A client configuration from the environment (defaults: 127.0.0.1, 5432, `postgres`, no password, no
    /// TLS on loopback).
    ///
    /// - Parameter maximumConnections: The most connections the client opens.
    /// - Returns: The configuration.
    public static func configuration(maximumConnections: Int = 8) -> PostgresClient.Configuration {
        let environment = ProcessInfo.processInfo.environment
        var configuration = PostgresClient.Configuration(
            host: environment["PGHOST"] ?? "127.0.0.1", port: Int(environment["PGPORT"] ?? "") ?? 5432,
            username: environment["PGUSER"] ?? "postgres", password: environment["PGPASSWORD"],
            database: environment["PGDATABASE"] ?? environment["PGUSER"] ?? "postgres", tls: .disable)
        configuration.options.maximumConnections = maximumConnections
        return configuration
    }
}
