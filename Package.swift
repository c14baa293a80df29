// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cobranza",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "Cobranza", targets: ["Cobranza"]),
        .library(name: "CobranzaTesting", targets: ["CobranzaTesting"]),
    ],
    targets: [
        .target(name: "Cobranza"),
        .target(name: "CobranzaTesting", dependencies: ["Cobranza"]),
        .testTarget(name: "CobranzaTests", dependencies: ["Cobranza", "CobranzaTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
