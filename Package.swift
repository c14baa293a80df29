// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cobranza",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "Cobranza", targets: ["Cobranza"]),
        .library(name: "CobranzaTesting", targets: ["CobranzaTesting"]),
        .executable(name: "cobranza-bench", targets: ["cobranza-bench"]),
    ],
    targets: [
        .target(name: "Cobranza"),
        .target(name: "CobranzaTesting", dependencies: ["Cobranza"]),
        .executableTarget(name: "cobranza-bench", dependencies: ["Cobranza", "CobranzaTesting"]),
        .testTarget(name: "CobranzaTests", dependencies: ["Cobranza", "CobranzaTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
