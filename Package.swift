// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "Prover",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "prover", targets: ["prover"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CGMP",
      pkgConfig: "gmp",
      providers: [.apt(["libgmp-dev"]), .brew(["gmp"])]
    ),
    .target(name: "ProverCore"),
    .target(name: "LeanSyntax", dependencies: ["ProverCore"]),
    .target(name: "LeanREPL", dependencies: ["ProverCore"]),
    .executableTarget(name: "BenchREPL", dependencies: ["LeanREPL", "ProverCore"], path: "Benchmarks/BenchREPL"),
    .executableTarget(
      name: "prover",
      dependencies: [
        "ProverCore",
        "LeanSyntax",
        "LeanREPL",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ProverCoreTests", dependencies: ["ProverCore"]),
    .testTarget(name: "LeanSyntaxTests", dependencies: ["LeanSyntax", "ProverCore"]),
    .testTarget(name: "LeanREPLTests", dependencies: ["LeanREPL", "ProverCore"], resources: [.copy("Fixtures")]),
  ],
  swiftLanguageModes: [.v6]
)
