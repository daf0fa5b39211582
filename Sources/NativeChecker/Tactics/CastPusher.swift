import Kernel

/// Mathlib's `zify` (`simp -decide only [zify_simps, push_cast, …]`, `Mathlib/Tactic/Zify.lean`)
/// for ℕ → ℤ: every ℕ relation becomes the ℤ relation of the casts (`natCast_eq`, `natCast_le`,
/// `natCast_lt`, `natCast_ne`, `natCast_dvd`; `a ≥ b` is `b ≤ a` to `simp`, so it becomes
/// `↑b ≤ ↑a`), and every cast is pushed to the leaves with `push_cast`'s lemmas (`Nat.cast_add`,
/// `Nat.cast_mul`, `Nat.cast_pow`, `Nat.cast_ofNat`, and `Nat.cast_sub` when `b ≤ a` or `b < a`
/// is a hypothesis or a bracketed fact). A cast of another ℕ operation (`/`, `%`, `min`, ℕ
/// subtraction without such a fact, …) is refused: Lean's result there depends on lemmas and
/// dischargers this checker does not model.
struct CastPusher {
  /// The facts that discharge `Nat.cast_sub`'s side condition, with their proofs.
  let facts: [Theorem]

  /// `⊢ term = result`; nil when nothing changes.
  func rewrite(_ term: KTerm) throws(CheckError) -> Theorem? {
    var failure: CheckError?
    let proof: Theorem?
    do throws(KernelError) {
      proof = try Conversion.bottomUp(term) { (node) throws(KernelError) -> Theorem? in
        do throws(CheckError) { return try step(node) } catch {
          failure = failure ?? error
          return nil
        }
      }
    } catch {
      throw .kernel(error)
    }
    if let failure { throw failure }
    guard let proof, proof.conclusion.asEquation!.rhs != term else { return nil }
    return proof
  }

  /// One node: an ℕ relation moved to ℤ (its casts then pushed), or a cast pushed.
  private func step(_ node: KTerm) throws(CheckError) -> Theorem? {
    do {
      return try stepUntyped(node)
    } catch let error as CheckError {
      throw error
    } catch let error as KernelError {
      throw .kernel(error)
    } catch {
      throw .tactic("zify failed: \(error)")
    }
  }

  private func stepUntyped(_ node: KTerm) throws -> Theorem? {
    if let operand = CastNormalizer.castOperand(node) { return try push(operand) }
    guard let (constant, a, b) = node.asBinaryOperation, a.type == .nat else { return nil }
    let moved: Theorem
    switch constant {
    case .equal(.nat): moved = try Theorem.symm(Theorem.propext(Theorem.axiom(.intOfNatInj, [a, b])))
    case .natLe: moved = try Theorem.symm(Theorem.propext(Theorem.axiom(.intOfNatLe, [a, b])))
    case .natLt: moved = try Theorem.symm(Theorem.propext(CastNormalizer.lemma("Int.ofNat_lt", [a, b])))
    case .natDvd:
      moved = try Theorem.symm(Theorem.propext(CastNormalizer.lemma("Int.natCast_dvd_natCast", [a, b])))
    case .natGe, .natGt:
      let unfolded = try Theorem.unfoldNotation(node)
      guard let inner = try stepUntyped(unfolded.conclusion.asEquation!.rhs) else { return nil }
      return try Theorem.trans(unfolded, inner)
    case .notEqual(.nat):
      let unfolded = try Theorem.unfoldNotation(node)
      let equation = try Theorem.symm(Theorem.propext(Theorem.axiom(.intOfNatInj, [a, b])))
      let negated = try Theorem.congruence(Theorem.refl(KTerm.constant(.not)), equation)
      let castNe = try KTerm.notEqual(KTerm.natCast(a), KTerm.natCast(b))
      moved = try Theorem.trans(Theorem.trans(unfolded, negated), Theorem.symm(Theorem.unfoldNotation(castNe)))
    default: return nil
    }
    let relation = moved.conclusion.asEquation!.rhs
    guard let (relationConstant, castA, castB) = relation.asBinaryOperation else { return moved }
    let left = try push(a)
    let right = try push(b)
    guard left != nil || right != nil else { return moved }
    let head = try Theorem.congruence(Theorem.refl(KTerm.constant(relationConstant)), left ?? Theorem.refl(castA))
    return try Theorem.trans(moved, Theorem.congruence(head, right ?? Theorem.refl(castB)))
  }

  /// `⊢ ↑operand = pushed` with the cast moved to the leaves; nil when `↑operand` stays.
  private func push(_ operand: KTerm) throws -> Theorem? {
    let cast = try KTerm.natCast(operand)
    if operand.natLiteralValue != nil { return try Theorem.evaluate(cast) }
    if case .variable = operand.kind { return nil }
    if let (constant, a, b) = operand.asBinaryOperation {
      switch constant {
      case .natAdd: return try pushOperands(Theorem.axiom(.intNatCastAdd, [a, b]), [a, b])
      case .natMul: return try pushOperands(Theorem.axiom(.intNatCastMul, [a, b]), [a, b])
      case .natPow: return try pushOperands(CastNormalizer.lemma("Int.natCast_pow", [a, b]), [a])
      case .natSub:
        guard let condition = try dischargeSubtraction(a, b) else {
          throw CheckError.unsupported(
            "zify on ↑(\(operand))", at: nil, detail: "no hypothesis \(b) ≤ \(a) for Nat.cast_sub")
        }
        return try pushOperands(CastNormalizer.castSubtraction(a, b, condition), [a, b])
      default:
        throw CheckError.unsupported("zify on ↑(\(operand))", at: nil)
      }
    }
    if case .variable = operand.applicationHead.kind { return nil }
    throw CheckError.unsupported("zify on ↑(\(operand))", at: nil)
  }

  /// After `↑(a ∘ b) = ↑a ∘' ↑b`, the casts `↑a`, `↑b` pushed further.
  private func pushOperands(_ moved: Theorem, _ operands: [KTerm]) throws -> Theorem {
    let pushed = moved.conclusion.asEquation!.rhs
    guard let (constant, lhs, rhs) = pushed.asBinaryOperation else { return moved }
    let left = operands.count >= 1 ? try push(operands[0]) : nil
    let right = operands.count >= 2 ? try push(operands[1]) : nil
    guard left != nil || right != nil else { return moved }
    let head = try Theorem.congruence(Theorem.refl(KTerm.constant(constant)), left ?? Theorem.refl(lhs))
    return try Theorem.trans(moved, Theorem.congruence(head, right ?? Theorem.refl(rhs)))
  }

  /// A proof of `b ≤ a` from a fact `b ≤ a`, `a ≥ b` or `b < a` (`Nat.cast_sub`,
  /// `Nat.cast_sub_of_lt`); nil when there is none.
  private func dischargeSubtraction(_ a: KTerm, _ b: KTerm) throws(KernelError) -> Theorem? {
    let condition = try KTerm.lessOrEqual(b, a)
    let flipped = try KTerm.greaterOrEqual(a, b)
    let strict = try KTerm.lessThan(b, a)
    for fact in facts {
      if fact.conclusion == condition { return fact }
      if fact.conclusion == flipped { return try Theorem.eqMP(Theorem.unfoldNotation(flipped), fact) }
      if fact.conclusion == strict { return try Theorem.impElim(CastNormalizer.lemma("Nat.le_of_lt", [b, a]), fact) }
    }
    return nil
  }
}

extension KTerm {
  /// The head of an application spine (`f` in `f x y`).
  fileprivate var applicationHead: KTerm {
    var head = self
    while let (function, _) = head.asApplication { head = function }
    return head
  }
}
