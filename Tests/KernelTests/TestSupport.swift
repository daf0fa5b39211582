import Kernel
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small deterministic generator (SplitMix64), so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Whether the heavy variants of the property tests run (`PROVER_HEAVY_TESTS=1`).
let heavyTests: Bool = {
  guard let pointer = getenv("PROVER_HEAVY_TESTS") else { return false }
  return String(cString: pointer) == "1"
}()

/// The ℕ numeral `value`.
func nat(_ value: BigInt) -> Term { try! Term.natLiteral(value) }

/// The ℤ value `value`.
func int(_ value: BigInt) -> Term { Term.intLiteral(value) }

let natN = Term.variable("n", .nat)
let natM = Term.variable("m", .nat)
let intA = Term.variable("a", .int)
let intB = Term.variable("b", .int)
let propP = Term.variable("p", .prop)
let propQ = Term.variable("q", .prop)
let propR = Term.variable("r", .prop)

/// Expects the kernel step to be refused by `rule`.
func expectRefusal<Result>(
  _ rule: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws(KernelError) -> Result
) {
  do {
    let result = try body()
    Issue.record("expected \(rule) to refuse, got \(result)", sourceLocation: sourceLocation)
  } catch {
    #expect(error.rule == rule, "\(error)", sourceLocation: sourceLocation)
  }
}

/// Expects the kernel step to be refused by `rule`.
func expectRefusal<Result>(
  _ rule: Rule, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws(KernelError) -> Result
) {
  expectRefusal(rule.rawValue, sourceLocation: sourceLocation, body)
}

/// The right side of an equation proved by `Theorem.evaluate`.
func evaluated(_ term: Term) throws -> Term {
  try #require(Theorem.evaluate(term).conclusion.asEquation).rhs
}
