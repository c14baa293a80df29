// swift-tools-version: 6.0
import PackageDescription

// Cobranza's storage ports on PostgreSQL, through postgres-nio: several engine processes (on one machine or
// many) run the same day against one database and split the work with `SELECT … FOR UPDATE SKIP LOCKED`
// claims and leases. The tests need a real server: run them through `scripts/with-postgres.sh swift test`.
let package = Package(
    name: "PostgresStore",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CobranzaPostgres", targets: ["CobranzaPostgres"]),
        .executable(name: "cobranza-pg-worker", targets: ["cobranza-pg-worker"]),
    ],
    dependencies: [
        .package(name: "Cobranza", path: "../.."),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.3"),
    ],
    targets: [
        .target(
            name: "CobranzaPostgres",
            dependencies: [
                .product(name: "Cobranza", package: "Cobranza"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // A worker process: the tests launch several of them against one database.
        .executableTarget(
            name: "cobranza-pg-worker",
            dependencies: [
                "CobranzaPostgres",
                .product(name: "Cobranza", package: "Cobranza"),
                .product(name: "CobranzaTesting", package: "Cobranza"),
            ]),
        .testTarget(
            name: "CobranzaPostgresTests",
            dependencies: [
                "CobranzaPostgres",
                .product(name: "Cobranza", package: "Cobranza"),
                .product(name: "CobranzaTesting", package: "Cobranza"),
                .product(name: "Logging", package: "swift-log"),
                "cobranza-pg-worker",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
