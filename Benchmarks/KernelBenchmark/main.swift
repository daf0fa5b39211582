import BenchmarkSupport
import Kernel

/// Measures the kernel's hot paths in a release build: `swift run -c release KernelBenchmark`.

func measure(_ label: String, operations: Int, _ body: () throws -> Void) rethrows {
  let start = BenchClock.wall()
  try body()
  let seconds = BenchClock.wall() - start
  let rate = Double(operations) / seconds
  print("\(label): \(operations) in \(Int(seconds * 1000)) ms, \(Int(rate)) per second")
}

let count = 200_000
let n = Term.variable("n", .nat)
var terms: [Term] = []
terms.reserveCapacity(count)

try measure("new terms (n + k) * n", operations: count) {
  for k in 0..<count {
    terms.append(try Term.multiply(Term.add(n, Term.natLiteral(BigInt(k))), n))
  }
}
try measure("interned again (hits)", operations: count) {
  for k in 0..<count {
    _ = try Term.multiply(Term.add(n, Term.natLiteral(BigInt(k))), n)
  }
}
print("interned terms: \(Term.internedCount)")
terms = []
measure("collect unused terms", operations: 1) { print("dropped \(Term.collectUnusedTerms())") }

// A replay-like mix: instantiate an axiom, rewrite under a context, chain with trans, discharge.
let steps = 50_000
var ruleApplications = 0
try measure("replayed steps (≈12 rule applications each)", operations: steps) {
  for k in 0..<steps {
    let value = try Term.add(n, Term.natLiteral(BigInt(k % 97)))
    let hypothesis = try Term.equal(value, n)
    let assumed = try Theorem.assume(hypothesis)
    let addZero = try Theorem.axiom(.natAddZero, [value])
    let chained = try Theorem.trans(addZero, assumed)
    let plus = try Term.application(Term.constant(.natAdd), Term.natLiteral(3))
    let underPlus = try Theorem.congruence(Theorem.refl(plus), chained)
    let symmetric = try Theorem.symm(underPlus)
    let discharged = try Theorem.impIntro(hypothesis, symmetric)
    let general = try Theorem.forallIntro(n, discharged)
    let instance = try Theorem.forallElim(general, Term.natLiteral(BigInt(k % 13)))
    let evaluation = try Theorem.evaluate(Term.multiply(Term.natLiteral(BigInt(k)), Term.natLiteral(12345)))
    _ = try Theorem.andIntro(instance, evaluation)
    ruleApplications += 12
  }
}
print("rule applications: \(ruleApplications)")
