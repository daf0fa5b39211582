import TestSupport

/// Generates toy-provable theorems of growing depth (nested connectives, hypotheses to take apart,
/// existential witnesses, closed arithmetic leaves), and false variants, from a seed.
struct ToyProblemGenerator {
  var generator: SeededGenerator

  init(seed: UInt64) {
    generator = SeededGenerator(seed: seed)
  }

  mutating func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }

  /// A closed fact, true or false.
  mutating func fact(true truth: Bool) -> String {
    let a = number(0...12)
    let b = number(0...12)
    switch number(0...3) {
    case 0: return truth ? "\(a) + \(b) = \(a + b)" : "\(a) + \(b) = \(a + b + 1)"
    case 1: return truth ? "\(a) < \(a + b + 1)" : "\(a + b + 1) < \(a)"
    case 2: return truth ? "\(a) * \(b) = \(a * b)" : "\(a) * \(b) = \(a * b + 2)"
    default: return truth ? "\(a + b) - \(b) = \(a)" : "\(a) - \(a + b + 1) = 1"
    }
  }

  /// A proposition of the given depth; `truth` says whether it holds.
  mutating func proposition(depth: Int, true truth: Bool) -> String {
    guard depth > 0 else { return fact(true: truth) }
    switch number(0...3) {
    case 0:
      if truth {
        return "(\(proposition(depth: depth - 1, true: true)) ∧ \(proposition(depth: depth - 1, true: true)))"
      }
      let bad = number(0...1)
      return "(\(proposition(depth: depth - 1, true: bad != 0)) ∧ \(proposition(depth: depth - 1, true: bad == 0)))"
    case 1:
      if !truth {
        return "(\(proposition(depth: depth - 1, true: false)) ∨ \(proposition(depth: depth - 1, true: false)))"
      }
      let good = number(0...1)
      return "(\(proposition(depth: depth - 1, true: good == 0)) ∨ \(proposition(depth: depth - 1, true: good != 0)))"
    case 2:
      let k = number(0...2)
      let c = number(1...9)
      return truth ? "(∃ k : Nat, k + \(c) = \(k + c))" : "(∃ k : Nat, k + \(c + 1) = \(c - 1 < 0 ? 0 : c - 1))"
    default:
      return "(\(fact(true: true)) → \(proposition(depth: depth - 1, true: truth)))"
    }
  }

  /// `count` theorems per depth in `depths`, as one file; each is true unless `falseEvery` divides its index.
  mutating func file(count: Int, depths: ClosedRange<Int>, falseEvery: Int? = nil, prefix: String) -> String {
    var lines: [String] = []
    var index = 0
    for depth in depths {
      for _ in 0..<count {
        let truth = falseEvery.map { index % $0 != 0 } ?? true
        var statement = proposition(depth: depth, true: truth)
        if statement.hasPrefix("("), statement.hasSuffix(")") { statement = String(statement.dropFirst().dropLast()) }
        if number(0...2) == 0 {
          let x = number(0...9)
          lines.append(
            "theorem \(prefix)\(index) (a : Nat) (h : a = \(x) ∧ \(fact(true: true))) : a = \(x) ∧ (\(statement)) := by sorry"
          )
        } else {
          lines.append("theorem \(prefix)\(index) : \(statement) := by sorry")
        }
        lines.append("")
        index += 1
      }
    }
    return lines.joined(separator: "\n")
  }
}
