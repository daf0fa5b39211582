import Kernel

/// Lean's default simprocs `Nat.reduceEqDiff`, `Nat.reduceLeDiff` and `Nat.reduceSubDiff` rewrite
/// ℕ offsets (`x + 2 = 5` to `x = 3`); `OffsetSimprocs` does the same. Should a result still
/// contain a term they would rewrite (a shape `OffsetSimprocs` declines), it is not the goal
/// Lean's `simp` would leave, so `simp` refuses it rather than continue from a goal Lean never
/// shows. The same offset recognition (`offset(_:)`) serves both.
enum OffsetSimprocGuard {
  /// The first subterm that one of the enabled offset simprocs would still rewrite.
  static func pending(in term: Term, enabled: Set<Simproc>) -> (Simproc, Term)? {
    guard
      enabled.contains(.natReduceEqDiff) || enabled.contains(.natReduceLeDiff)
        || enabled.contains(.natReduceSubDiff)
    else { return nil }
    return search(term, enabled)
  }

  private static func search(_ term: Term, _ enabled: Set<Simproc>) -> (Simproc, Term)? {
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      let simproc: Simproc? =
        switch constant {
        case .equal(.nat): .natReduceEqDiff
        case .natLe: .natReduceLeDiff
        case .natSub: .natReduceSubDiff
        default: nil
        }
      if let simproc, enabled.contains(simproc), let left = offset(lhs), let right = offset(rhs),
        left.base != nil || right.base != nil
      {
        return (simproc, term)
      }
    }
    switch term.kind {
    case .application(let function, let argument):
      return search(function, enabled) ?? search(argument, enabled)
    case .lambda(let name, let type):
      let local = Term.freshVariable(name, type, avoiding: [term])
      guard let body = try? term.instantiateBinder(with: local) else { return nil }
      return search(body, enabled)
    default:
      return nil
    }
  }

  /// Lean's `NatOffset`: a literal `k`, or `e + k` / `Nat.succ e` with a literal total `k > 0`.
  static func offset(_ term: Term) -> (base: Term?, amount: BigInt)? {
    if let value = term.natLiteralValue { return (nil, value) }
    var base = term
    var amount = BigInt(0)
    while true {
      if let (constant, lhs, rhs) = base.asBinaryOperation, constant == .natAdd, let value = rhs.natLiteralValue {
        amount = amount + value
        base = lhs
      } else if let (constant, operand) = base.asUnaryOperation, constant == .natSucc {
        amount = amount + BigInt(1)
        base = operand
      } else {
        break
      }
    }
    return amount.isZero ? nil : (base, amount)
  }
}
