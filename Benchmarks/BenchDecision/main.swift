import DecisionProcedures
import Dispatch
import Kernel

// Measures the decision procedures in release mode on corpus-style goals (the statements of
// corpora/mathlib-like/Algebra.lean and similar): the median and worst time of one call, each
// goal repeated. Usage: scripts/bench-decision [--repeat N]   (default 200)

let repeats: Int = {
  let arguments = CommandLine.arguments
  if let index = arguments.firstIndex(of: "--repeat"), index + 1 < arguments.count,
    let value = Int(arguments[index + 1])
  {
    return max(1, value)
  }
  return 200
}()

func nat(_ value: Int) -> Term { try! Term.natLiteral(BigInt(value)) }
func int(_ value: Int) -> Term { Term.intLiteral(BigInt(value)) }
func + (lhs: Term, rhs: Term) -> Term { try! Term.add(lhs, rhs) }
func - (lhs: Term, rhs: Term) -> Term { try! Term.subtract(lhs, rhs) }
func * (lhs: Term, rhs: Term) -> Term { try! Term.multiply(lhs, rhs) }
func % (lhs: Term, rhs: Term) -> Term { try! Term.modulo(lhs, rhs) }
func / (lhs: Term, rhs: Term) -> Term { try! Term.divide(lhs, rhs) }
func pow(_ base: Term, _ exponent: Int) -> Term { try! Term.power(base, nat(exponent)) }
func eq(_ lhs: Term, _ rhs: Term) -> Term { try! Term.equal(lhs, rhs) }
func le(_ lhs: Term, _ rhs: Term) -> Term { try! Term.lessOrEqual(lhs, rhs) }
func lt(_ lhs: Term, _ rhs: Term) -> Term { try! Term.lessThan(lhs, rhs) }

let a = Term.variable("a", .int)
let b = Term.variable("b", .int)
let c = Term.variable("c", .int)
let d = Term.variable("d", .int)
let x = Term.variable("x", .int)
let y = Term.variable("y", .int)
let n = Term.variable("n", .nat)
let p = Term.variable("p", .nat)
let q = Term.variable("q", .nat)
let r = Term.variable("r", .nat)

let ringGoals: [Term] = [
  eq(pow(a + b, 2), pow(a, 2) + int(2) * a * b + pow(b, 2)),
  eq(pow(a - b, 2), pow(a, 2) - int(2) * a * b + pow(b, 2)),
  eq((a + b) * (a - b), pow(a, 2) - pow(b, 2)),
  eq(pow(a + b, 3), pow(a, 3) + int(3) * pow(a, 2) * b + int(3) * a * pow(b, 2) + pow(b, 3)),
  eq(pow(a, 3) - pow(b, 3), (a - b) * (pow(a, 2) + a * b + pow(b, 2))),
  eq(pow(n + nat(1), 2), pow(n, 2) + nat(2) * n + nat(1)),
  eq(n * (n + nat(1)) * (n + nat(2)), pow(n, 3) + nat(3) * pow(n, 2) + nat(2) * n),
  eq(
    pow(a, 4) + int(4) * pow(b, 4),
    (pow(a, 2) + int(2) * pow(b, 2) + int(2) * a * b) * (pow(a, 2) + int(2) * pow(b, 2) - int(2) * a * b)),
  eq((pow(a, 2) + pow(b, 2)) * (pow(c, 2) + pow(d, 2)), pow(a * c - b * d, 2) + pow(a * d + b * c, 2)),
  eq(pow(a, 2) * pow(b, 2), pow(a * b, 2)),
  eq((p + q) * r + p * (q + r), p * r + q * r + p * q + p * r),
  eq(pow(a + b, 2) - pow(a - b, 2), int(4) * a * b),
]

let linarithProblems: [(hypotheses: [Term], target: Term)] = [
  ([eq(x + y, int(10)), eq(x - y, int(2))], eq(x, int(6))),
  ([eq(int(2) * a - b, int(1)), eq(a + b, int(5))], eq(a, int(2))),
  ([le(int(3) * a + int(2) * b, int(12)), le(int(0), b)], le(a, int(4))),
  ([le(a, b), lt(b, c)], lt(a, c)),
  ([le(n + nat(2), nat(5))], le(n, nat(3))),
  ([le(a, b)], le(int(2) * a, a + b)),
  ([lt(x, y), lt(y, c), lt(c, x + int(2))], Term.falseProposition),
  (
    [lt(int(2) * x, int(3) * y), lt(int(0) - int(4) * x + int(2) * c, int(0)), lt(int(12) * y - int(4) * c, int(0))],
    Term.falseProposition
  ),
]

let square = { (t: Term) in le(int(0), pow(t, 2)) }
let nlinarithProblems: [(hypotheses: [Term], target: Term, hints: [Term])] = [
  ([], le(int(2) * a * b, pow(a, 2) + pow(b, 2)), [square(a - b)]),
  ([], le(int(4) * a * b, pow(a + b, 2)), [square(a - b)]),
  ([], le(a * b + b * c + c * a, pow(a, 2) + pow(b, 2) + pow(c, 2)), [square(a - b), square(b - c), square(c - a)]),
  ([le(int(0), a), le(a, b)], le(pow(a, 2), pow(b, 2)), []),
  ([eq(pow(a, 2) + pow(b, 2), int(0))], eq(pow(a, 2), int(0)), [square(a), square(b)]),
]

/// Runs `body` `repeats` times per goal and returns all the durations in microseconds.
func measure(_ goals: Int, _ body: (Int) -> Bool) -> (durations: [Double], proved: Int) {
  var durations: [Double] = []
  var proved = 0
  for goal in 0..<goals {
    for round in 0..<repeats {
      let start = DispatchTime.now().uptimeNanoseconds
      let success = body(goal)
      durations.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
      if round == 0 && success { proved += 1 }
    }
  }
  return (durations, proved)
}

func report(_ name: String, _ goals: Int, _ result: (durations: [Double], proved: Int)) {
  let sorted = result.durations.sorted()
  let median = sorted[sorted.count / 2]
  let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
  let line = "\(name): \(result.proved)/\(goals) proved, median \(format(median)) µs, p99 \(format(p99)) µs"
  print(line + ", max \(format(sorted.last!)) µs")
}

func format(_ value: Double) -> String {
  let tenths = Int((value * 10).rounded())
  return "\(tenths / 10).\(tenths % 10)"
}

print("bench-decision: \(repeats) runs per goal (release)")
report("ring", ringGoals.count, measure(ringGoals.count) { (try? Ring.prove(ringGoals[$0])) != nil })
report(
  "ring_nf", ringGoals.count,
  measure(ringGoals.count) {
    var normalizer = RingNormalizer(opaqueAtoms: true)
    return (try? normalizer.normalize(ringGoals[$0])) != nil
  })
let decideGoal = eq((pow(nat(19), 19) + pow(nat(99), 99)) % nat(10), nat(8))
report("decide (19 ^ 19 + 99 ^ 99) % 10 = 8", 1, measure(1) { _ in (try? Decide.prove(decideGoal)) != nil })
report(
  "linarith", linarithProblems.count,
  measure(linarithProblems.count) {
    (try? Linarith.prove(hypotheses: linarithProblems[$0].hypotheses, target: linarithProblems[$0].target)) != nil
  })
report(
  "nlinarith", nlinarithProblems.count,
  measure(nlinarithProblems.count) {
    let problem = nlinarithProblems[$0]
    return (try? Nlinarith.prove(hypotheses: problem.hypotheses, target: problem.target, hints: problem.hints)) != nil
  })
let positivityGoals = [
  le(int(0), pow(x, 2) + pow(x, 4)), lt(nat(0), pow(n, 2) + nat(1)), lt(int(0), pow(a - b, 2) + int(3)),
]
report(
  "positivity", positivityGoals.count,
  measure(positivityGoals.count) { (try? Positivity.prove(positivityGoals[$0])) != nil })
let normNumGoals = [
  eq(pow(nat(2), 100) % nat(7), nat(2)), eq(int(-7) / int(2), int(-4)), le(x * int(1) + int(0), x),
]
report(
  "norm_num", normNumGoals.count,
  measure(normNumGoals.count) { (try? NormNum.prove(hypotheses: [], target: normNumGoals[$0])) != nil })
