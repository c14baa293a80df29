// swift-tools-version: 6.0
import PackageDescription

// The runnable examples of the guides in Documentation/ and the DocC articles: each `main.swift` is the
// guide's "whole program" block, byte for byte (Tests/CobranzaTests/Documentation/ReadmeTests.swift checks
// it), and `.ci/examples` builds and runs them and compares their output with `expected-output/`.
let package = Package(
    name: "Guides",
    platforms: [.macOS(.v13), .iOS(.v16)],
    dependencies: [.package(name: "Cobranza", path: "../..")],
    targets: [
        .executableTarget(name: "OverviewGuide", dependencies: [.product(name: "Cobranza", package: "Cobranza")]),
        .executableTarget(
            name: "MoneyAndDatesGuide", dependencies: [.product(name: "Cobranza", package: "Cobranza")]),
        .executableTarget(
            name: "StoresGuide",
            dependencies: [
                .product(name: "Cobranza", package: "Cobranza"),
                .product(name: "CobranzaTesting", package: "Cobranza"),
            ]),
        .executableTarget(name: "OutboxGuide", dependencies: [.product(name: "Cobranza", package: "Cobranza")]),
        .executableTarget(name: "StatusGuide", dependencies: [.product(name: "Cobranza", package: "Cobranza")]),
        .executableTarget(name: "CadencesGuide", dependencies: [.product(name: "Cobranza", package: "Cobranza")]),
    ],
    swiftLanguageModes: [.v6]
)
