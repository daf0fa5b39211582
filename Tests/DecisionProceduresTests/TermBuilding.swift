import DecisionProcedures
import Foundation
import Kernel

// Compact term construction for the tests; every term here is well typed by construction.

func nat(_ value: Int) -> Term { try! Term.natLiteral(BigInt(value)) }
func int(_ value: Int) -> Term { Term.intLiteral(BigInt(value)) }
func natVar(_ name: String) -> Term { Term.variable(name, .nat) }
func intVar(_ name: String) -> Term { Term.variable(name, .int) }
func big(_ text: String) -> Term { try! Term.natLiteral(BigInt(text)!) }

func + (lhs: Term, rhs: Term) -> Term { try! Term.add(lhs, rhs) }
func - (lhs: Term, rhs: Term) -> Term { try! Term.subtract(lhs, rhs) }
func * (lhs: Term, rhs: Term) -> Term { try! Term.multiply(lhs, rhs) }
func / (lhs: Term, rhs: Term) -> Term { try! Term.divide(lhs, rhs) }
func % (lhs: Term, rhs: Term) -> Term { try! Term.modulo(lhs, rhs) }
prefix func - (operand: Term) -> Term { try! Term.negate(operand) }
func pow(_ base: Term, _ exponent: Int) -> Term { try! Term.power(base, nat(exponent)) }
func pow(_ base: Term, _ exponent: Term) -> Term { try! Term.power(base, exponent) }
func cast(_ operand: Term) -> Term { try! Term.natCast(operand) }

func eq(_ lhs: Term, _ rhs: Term) -> Term { try! Term.equal(lhs, rhs) }
func ne(_ lhs: Term, _ rhs: Term) -> Term { try! Term.notEqual(lhs, rhs) }
func le(_ lhs: Term, _ rhs: Term) -> Term { try! Term.lessOrEqual(lhs, rhs) }
func lt(_ lhs: Term, _ rhs: Term) -> Term { try! Term.lessThan(lhs, rhs) }
func ge(_ lhs: Term, _ rhs: Term) -> Term { try! Term.greaterOrEqual(lhs, rhs) }
func gt(_ lhs: Term, _ rhs: Term) -> Term { try! Term.greaterThan(lhs, rhs) }
func dvd(_ lhs: Term, _ rhs: Term) -> Term { try! Term.divides(lhs, rhs) }
func not(_ operand: Term) -> Term { try! Term.not(operand) }
func and(_ lhs: Term, _ rhs: Term) -> Term { try! Term.and(lhs, rhs) }
func or(_ lhs: Term, _ rhs: Term) -> Term { try! Term.or(lhs, rhs) }
func implies(_ lhs: Term, _ rhs: Term) -> Term { try! Term.implies(lhs, rhs) }

/// `∀ n < bound, body(n)` as Lean elaborates it: `∀ n, n < bound → body n`.
func forallBelow(_ name: String, _ bound: Term, _ body: (Term) -> Term) -> Term {
  let variable = natVar(name)
  return try! Term.forall(variable, implies(lt(variable, bound), body(variable)))
}

/// `∃ n ≤ bound, body(n)` as Lean elaborates it: `∃ n, n ≤ bound ∧ body n`.
func existsAtMost(_ name: String, _ bound: Term, _ body: (Term) -> Term) -> Term {
  let variable = natVar(name)
  return try! Term.exists(variable, and(le(variable, bound), body(variable)))
}

/// Whether the procedure proves the goal (a thrown `DecisionFailure` is a refusal).
func proves(_ attempt: () throws(DecisionFailure) -> Theorem) -> Bool {
  (try? attempt()) != nil
}

/// `ring_nf`'s normal form of `proposition` with `⊢ proposition = normal form`, atoms of any kind
/// allowed (as the goal `ring_nf` runs it); nil when nothing changes or the normaliser refuses.
func ringNF(_ proposition: Term, opaqueAtoms: Bool = true) -> (normalized: Term, proof: Theorem)? {
  var normalizer = RingNormalizer(opaqueAtoms: opaqueAtoms)
  return try? normalizer.normalize(proposition)
}

/// Whether heavy tests are on (`PROVER_HEAVY_TESTS=1`).
let heavyTests = ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1"

/// The numeral `value` at `type` (ℕ or ℤ).
func numeral(_ value: Int, _ type: TermType) -> Term { type == .nat ? nat(value) : int(value) }
