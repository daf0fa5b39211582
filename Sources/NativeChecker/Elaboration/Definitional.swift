import Kernel

/// The definitional unfoldings of ℕ arithmetic that Lean's `rfl` sees through, each justified by
/// a kernel axiom: `n + 0 = n`, `n * 0 = 0`, `n ^ 0 = 1`, `n - 0 = n`, `n + (m + 1) = n + m + 1`,
/// `n * (m + 1) = n * m + n`, `n ^ (m + 1) = n ^ m * n`, with literals evaluated and `Nat.succ n`
/// read as `n + 1`. Only equalities that hold by `rfl` in Lean are used, so this is never stronger.
enum Definitional {
  /// `⊢ lhs = rhs` when both sides reduce to the same normal form.
  static func equation(_ lhs: KTerm, _ rhs: KTerm) throws(KernelError) -> Theorem? {
    let left = try normalize(lhs)
    let right = try normalize(rhs)
    let leftNormal = left?.conclusion.asEquation!.rhs ?? lhs
    let rightNormal = right?.conclusion.asEquation!.rhs ?? rhs
    guard leftNormal == rightNormal else { return nil }
    var proof = left ?? Theorem.refl(lhs)
    if let right { proof = try Theorem.trans(proof, Theorem.symm(right)) }
    return proof
  }

  static func normalize(_ term: KTerm) throws(KernelError) -> Theorem? {
    var proof: Theorem?
    var current = term
    for _ in 0..<64 {
      guard let step = try Conversion.bottomUp(current, reduce) else { break }
      proof = try Conversion.chain(proof, step)
      current = step.conclusion.asEquation!.rhs
    }
    return proof
  }

  private static func reduce(_ term: KTerm) throws(KernelError) -> Theorem? {
    if let (constant, operand) = term.asUnaryOperation, constant == .natSucc {
      return try Theorem.axiom(.natSuccEqAddOne, [operand])
    }
    guard let (constant, lhs, rhs) = term.asBinaryOperation else { return nil }
    if lhs.natLiteralValue != nil, rhs.natLiteralValue != nil { return try? Theorem.evaluate(term) }
    if let value = rhs.natLiteralValue, value.isZero {
      switch constant {
      case .natAdd: return try Theorem.axiom(.natAddZero, [lhs])
      case .natMul: return try Theorem.axiom(.natMulZero, [lhs])
      case .natPow: return try Theorem.axiom(.natPowZero, [lhs])
      case .natSub: return try Theorem.axiom(.natSubZero, [lhs])
      default: return nil
      }
    }
    if let value = rhs.natLiteralValue, value > BigInt(1), lhs.natLiteralValue == nil,
      [.natAdd, .natMul, .natPow].contains(constant)
    {
      let split = try KTerm.add(try KTerm.natLiteral(value - BigInt(1)), try KTerm.natLiteral(BigInt(1)))
      let function = try KTerm.application(KTerm.constant(constant), lhs)
      let splitting = try Theorem.congruence(Theorem.refl(function), Theorem.symm(Theorem.evaluate(split)))
      guard let step = try successorStep(constant, lhs, try KTerm.natLiteral(value - BigInt(1))) else { return nil }
      return try Theorem.trans(splitting, step)
    }
    guard let (addition, m, one) = rhs.asBinaryOperation, addition == .natAdd, one.natLiteralValue == BigInt(1)
    else { return nil }
    return try successorStep(constant, lhs, m)
  }

  /// `⊢ n op (m + 1) = …` by the defining equation of `op` at a successor.
  private static func successorStep(_ constant: Constant, _ lhs: KTerm, _ m: KTerm) throws(KernelError) -> Theorem? {
    let axiom: Axiom
    switch constant {
    case .natAdd: axiom = .natAddSucc
    case .natMul: axiom = .natMulSucc
    case .natPow: axiom = .natPowSucc
    default: return nil
    }
    let successor = try Theorem.axiom(.natSuccEqAddOne, [m])
    let step = try Theorem.axiom(axiom, [lhs, m])
    let function = try KTerm.application(KTerm.constant(constant), lhs)
    let rewritten = try Theorem.congruence(Theorem.refl(function), Theorem.symm(successor))
    var result = try Theorem.trans(rewritten, step)
    if axiom == .natAddSucc {
      let inner = result.conclusion.asEquation!.rhs.asUnaryOperation!.operand
      result = try Theorem.trans(result, Theorem.axiom(.natSuccEqAddOne, [inner]))
    }
    return result
  }
}
