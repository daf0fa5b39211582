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
    .target(name: "Kernel", dependencies: ["CGMP"], exclude: ["README.md"]),
    .target(name: "DecisionProcedures", dependencies: ["Kernel"]),
    .target(name: "LeanSyntax", dependencies: ["ProverCore"], exclude: ["README.md"]),
    .target(
      name: "NativeChecker",
      dependencies: ["Kernel", "DecisionProcedures", "ProverCore", "LeanSyntax"],
      exclude: ["README.md"],
      resources: [
        .copy("Prelude/CorePrelude.lean"), .copy("Prelude/CoreProofs.lean"), .copy("Prelude/GenericLogic.lean"),
        .copy("Prelude/MathlibPrelude.lean"), .copy("Prelude/MathlibProofs.lean"),
      ]
    ),
    .target(name: "LeanREPL", dependencies: ["ProverCore"]),
    .target(name: "GenerativeLogic", dependencies: ["ProverCore"], exclude: ["README.md"]),
    .target(
      name: "ProofSearch",
      dependencies: [
        "ProverCore", "LeanSyntax", .product(name: "HeapModule", package: "swift-collections"),
      ],
      exclude: ["README.md"]
    ),
    .executableTarget(
      name: "prover",
      dependencies: [
        "ProverCore",
        "LeanSyntax",
        "NativeChecker",
        "LeanREPL",
        "GenerativeLogic",
        "ProofSearch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "BenchmarkSupport", path: "Benchmarks/BenchmarkSupport"),
    .executableTarget(
      name: "KernelBenchmark", dependencies: ["Kernel", "BenchmarkSupport"], path: "Benchmarks/KernelBenchmark"),
    .executableTarget(
      name: "CheckBenchmark", dependencies: ["NativeChecker", "LeanSyntax", "ProverCore", "BenchmarkSupport"],
      path: "Benchmarks/CheckBenchmark"),
    .executableTarget(
      name: "BenchREPL", dependencies: ["LeanREPL", "ProverCore", "BenchmarkSupport"], path: "Benchmarks/BenchREPL"),
    .executableTarget(name: "BenchDecision", dependencies: ["DecisionProcedures"], path: "Benchmarks/BenchDecision"),
    .executableTarget(
      name: "BenchSimp", dependencies: ["NativeChecker", "Kernel", "BenchmarkSupport"], path: "Benchmarks/BenchSimp"),
    .target(
      name: "NativeReplay",
      dependencies: ["NativeChecker", "DecisionProcedures", "Kernel", "ProofSearch", "ProverCore", "LeanSyntax"]
    ),
    .executableTarget(
      name: "BenchSearch",
      dependencies: [
        "ProofSearch", "ProverCore", "LeanSyntax", "NativeChecker", "NativeReplay", "DecisionProcedures", "Kernel",
        "SearchDoubles", "TestSupport", "BenchmarkSupport",
      ],
      path: "Benchmarks/BenchSearch"),
    .executableTarget(
      name: "BenchOmega", dependencies: ["DecisionProcedures", "BenchmarkSupport"], path: "Benchmarks/BenchOmega"),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .target(
      name: "SearchDoubles", dependencies: ["ProverCore", "LeanSyntax", "ProofSearch"], path: "Tests/SearchDoubles"),
    .target(name: "SoundnessSupport", dependencies: ["LeanSyntax", "Kernel"], path: "Tests/SoundnessSupport"),
    .testTarget(name: "ProverCoreTests", dependencies: ["ProverCore"]),
    .testTarget(name: "KernelTests", dependencies: ["Kernel"]),
    .testTarget(name: "DecisionProceduresTests", dependencies: ["DecisionProcedures", "Kernel", "TestSupport"]),
    .testTarget(
      name: "LeanSyntaxTests", dependencies: ["LeanSyntax", "ProverCore", "TestSupport", "SoundnessSupport", "Kernel"]),
    .testTarget(
      name: "NativeCheckerTests",
      dependencies: ["NativeChecker", "Kernel", "LeanSyntax", "ProverCore", "TestSupport", "SoundnessSupport"]
    ),
    .testTarget(name: "LeanREPLTests", dependencies: ["LeanREPL", "ProverCore"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "ProofSearchTests",
      dependencies: [
        "ProofSearch", "ProverCore", "LeanSyntax", "SearchDoubles", "TestSupport", "NativeReplay", "NativeChecker",
      ]
    ),
    .testTarget(
      name: "EndToEndTests", dependencies: ["LeanREPL", "NativeChecker", "ProverCore", "LeanSyntax", "GenerativeLogic"]),
    .testTarget(name: "GenerativeLogicTests", dependencies: ["GenerativeLogic", "ProverCore"]),
  ],
  swiftLanguageModes: [.v6]
)
