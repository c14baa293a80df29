// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cobranza",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "Cobranza", targets: ["Cobranza"]),
        .library(name: "CobranzaSQLite", targets: ["CobranzaSQLite"]),
        .library(name: "CobranzaTesting", targets: ["CobranzaTesting"]),
        .executable(name: "cobranza", targets: ["cobranza"]),
        .executable(name: "cobranza-bench", targets: ["cobranza-bench"]),
    ],
    targets: [
        .target(name: "Cobranza"),
        // The system's SQLite: libsqlite3 on Linux (`apt-get install libsqlite3-dev`), the SDK's on Apple platforms.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "CobranzaSQLite", dependencies: ["Cobranza", "CSQLite"]),
        .target(name: "CobranzaTesting", dependencies: ["Cobranza"]),
        // The `cobranza` command: its code in a library target, `cobranza` its entry point.
        .target(name: "CobranzaCLI", dependencies: ["Cobranza", "CobranzaSQLite", "CobranzaTesting"]),
        .executableTarget(name: "cobranza", dependencies: ["CobranzaCLI"]),
        .executableTarget(
            name: "cobranza-bench", dependencies: ["Cobranza", "CobranzaSQLite", "CobranzaTesting", "CSQLite"]),
        // A helper the SQLite tests run as child processes (crash and multi-process tests); not a product.
        .executableTarget(
            name: "cobranza-sqlite-probe", dependencies: ["Cobranza", "CobranzaSQLite", "CobranzaTesting"]),
        .testTarget(name: "CobranzaTests", dependencies: ["Cobranza", "CobranzaTesting"]),
        .testTarget(
            name: "CobranzaSQLiteTests",
            dependencies: ["Cobranza", "CobranzaSQLite", "CobranzaTesting", "CSQLite", "cobranza-sqlite-probe"]),
        // Runs the built `cobranza` executable as a child process.
        .testTarget(name: "CobranzaCLITests", dependencies: ["Cobranza", "CobranzaSQLite", "cobranza"]),
    ],
    swiftLanguageModes: [.v6]
)
