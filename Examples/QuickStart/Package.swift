// swift-tools-version: 6.0
import PackageDescription

// The README's quick start as a package of its own: `main.swift` is the README's code block, byte for byte
// (Tests/CobranzaTests/Documentation/ReadmeTests.swift checks it), and `.ci/examples` builds and runs it.
let package = Package(
    name: "QuickStart",
    platforms: [.macOS(.v13), .iOS(.v16)],
    dependencies: [.package(name: "Cobranza", path: "../..")],
    targets: [
        .executableTarget(name: "QuickStart", dependencies: [.product(name: "Cobranza", package: "Cobranza")])
    ],
    swiftLanguageModes: [.v6]
)
