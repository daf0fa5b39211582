import BenchmarkSupport
import Kernel
import NativeChecker

/// Measures `simp` on typical corpus goals in a release build: `swift run -c release BenchSimp`.
/// The simp set is the kernel-proved core logic lemmas, the `@[simp]` axiom schemas and a few
/// Lean core `@[simp]` lemmas admitted here under their Lean statements.

func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }

let n = Term.variable("n", .nat)
let m = Term.variable("m", .nat)
let x = Term.variable("x", .int)
let p = Term.variable("p", .prop)
func nat(_ value: Int) -> Term { try! Term.natLiteral(BigInt(value)) }
func all(_ variables: [Term], _ body: Term) -> Term {
  variables.reversed().reduce(body) { try! Term.forall($1, $0) }
}

let admitted: [(String, Term)] = [
  ("Nat.mul_one", all([n], try! Term.equal(Term.multiply(n, nat(1)), n))),
  ("Nat.zero_add", all([n], try! Term.equal(Term.add(nat(0), n), n))),
  ("Nat.le_refl", all([n], try! Term.lessOrEqual(n, n))),
  ("Nat.lt_irrefl", all([n], try! Term.not(Term.lessThan(n, n)))),
  ("Nat.sub_self", all([n], try! Term.equal(Term.subtract(n, n), nat(0)))),
  ("Nat.add_sub_cancel", all([n, m], try! Term.equal(Term.subtract(Term.add(n, m), m), n))),
]
var lemmas = SimpLemma.coreLogic
for (name, statement) in admitted {
  try TrustedFacts.registerAdmissibleLemma(name: name, statement: statement, reason: "BenchSimp: Lean core @[simp]")
  lemmas.append(try SimpLemma(name: name, theorem: Theorem.admit(name: name, statement: statement)))
}
let axioms: [Axiom] = [
  .natAddZero, .natMulZero, .natPowZero, .natSubZero, .natDivZero, .natModZero, .intAddZero, .intMulOne,
  .intEdivZero, .intEmodZero, .intPowZero,
]
for axiom in axioms { lemmas.append(try SimpLemma(name: axiom.name, theorem: Theorem.axiom(axiom))) }
let simplifier = Simplifier(set: SimpSet(lemmas))

let goals: [(String, Term)] = [
  ("n * 1 + 0 = n", try Term.equal(Term.add(Term.multiply(n, nat(1)), nat(0)), n)),
  ("n + 0 = 0 + n", try Term.equal(Term.add(n, nat(0)), Term.add(nat(0), n))),
  ("2 + 3 * 4 = 14", try Term.equal(Term.add(nat(2), Term.multiply(nat(3), nat(4))), nat(14))),
  (
    "(2 ^ 10 + 3 * 7 - 5) % 7 = 4",
    try Term.equal(
      Term.modulo(Term.subtract(Term.add(Term.power(nat(2), nat(10)), Term.multiply(nat(3), nat(7))), nat(5)), nat(7)),
      nat(4))
  ),
  ("x * 1 + 0 = x (ℤ)", try Term.equal(Term.add(Term.multiply(x, Term.intLiteral(1)), Term.intLiteral(0)), x)),
  ("∀ n, n + 0 = n", all([n], try Term.equal(Term.add(n, nat(0)), n))),
  ("p ∧ True ↔ p", try Term.iff(Term.and(p, Term.trueProposition), p)),
  ("¬(n < n) ∧ n ≤ n", try Term.and(Term.not(Term.lessThan(n, n)), Term.lessOrEqual(n, n))),
  ("n + m - m = n", try Term.equal(Term.subtract(Term.add(n, m), m), n)),
  ("n + 2 = 5 (↦ n = 3)", try Term.equal(Term.add(n, nat(2)), nat(5))),
]

let iterations = 20_000
var total = 0.0
for (label, goal) in goals {
  guard let result = try simplifier.simplify(goal) else {
    print("\(label): no progress")
    continue
  }
  let start = BenchClock.cpu()
  for _ in 0..<iterations { _ = try simplifier.simplify(goal) }
  let micros = (BenchClock.cpu() - start) / Double(iterations) * 1e6
  total += micros
  let lemmas = result.usedLemmas.joined(separator: ", ")
  print("\(label): \(tenths(micros)) µs CPU per call  [\(lemmas)]")
}
print("mean over \(goals.count) goals: \(tenths(total / Double(goals.count))) µs CPU per call")
