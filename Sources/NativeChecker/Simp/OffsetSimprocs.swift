import Kernel

/// The offset cases of Lean's `Nat.reduceEqDiff`, `Nat.reduceLeDiff` and `Nat.reduceSubDiff`: a
/// literal common to both sides of a ℕ `=`, `≤` or `-` between offsets `e + k` (or literals) is
/// cancelled, as Lean's do:
/// `x + 2 = 5` ↦ `x = 3`, `5 = x + 2` ↦ `x = 3`, `x + 5 = 3` ↦ `False`, `x + 3 ≤ y + 1` ↦
/// `x + 2 ≤ y`, `3 ≤ x + 5` ↦ `True`. Proofs use `NatOffsetFacts` and `Theorem.evaluate`.
enum OffsetSimprocs {
  static func reduce(_ term: Term, enabled: Set<Simproc>) throws(SimpFailure) -> (Simproc, Theorem)? {
    guard let (constant, lhs, rhs) = term.asBinaryOperation else { return nil }
    let simproc: Simproc
    switch constant {
    case .equal(.nat): simproc = .natReduceEqDiff
    case .natLe: simproc = .natReduceLeDiff
    case .natSub: simproc = .natReduceSubDiff
    default: return nil
    }
    guard enabled.contains(simproc), let left = OffsetSimprocGuard.offset(lhs),
      let right = OffsetSimprocGuard.offset(rhs), left.base != nil || right.base != nil
    else { return nil }
    let proof = try kernelStep(lemma: simproc.name) { () throws(KernelError) in
      try rewrite(constant, lhs, rhs, left, right)
    }
    return (simproc, proof)
  }

  private typealias Offset = (base: Term?, amount: BigInt)

  private static func rewrite(_ constant: Constant, _ lhs: Term, _ rhs: Term, _ left: Offset, _ right: Offset)
    throws(KernelError) -> Theorem
  {
    if constant == .natSub { return try subtract(lhs, rhs, left, right) }
    let isEquation = constant != .natLe
    let common = min(left.amount, right.amount)
    var proof: Theorem = try Theorem.refl(Term.apply(Term.constant(constant), [lhs, rhs]))
    if !common.isZero {
      let (leftProof, leftRest) = try split(lhs, left, common)
      let (rightProof, rightRest) = try split(rhs, right, common)
      let regrouped = try Theorem.congruence(
        Theorem.congruence(Theorem.refl(Term.constant(constant)), leftProof), rightProof)
      let cancellation = isEquation ? NatOffsetFacts.addRightCancel : NatOffsetFacts.addLeRightCancel
      let cancelled = try Theorem.axiomInstance(cancellation, [leftRest, rightRest, literal(common)])
      proof = try Theorem.trans(proof, Theorem.trans(regrouped, cancelled))
    }
    guard let (_, a, b) = proof.conclusion.asEquation.flatMap({ $0.rhs.asBinaryOperation }) else { return proof }
    let zero = try literal(0)
    if isEquation {
      if a == zero, OffsetSimprocGuard.offset(b)?.base != nil {
        let flipped = try proof.chained(equationSymmetry(a, b))
        return try flipped.chained(falseOfSuccessorEqualsZero(b))
      }
      if b == zero, OffsetSimprocGuard.offset(a)?.base != nil {
        return try proof.chained(falseOfSuccessorEqualsZero(a))
      }
      if left.base == nil, a.natLiteralValue != nil {
        return try proof.chained(equationSymmetry(a, b))
      }
      return proof
    }
    if a == zero {
      return try proof.chained(Theorem.forallElim(NatOffsetFacts.zeroLe, b))
    }
    if b == zero, OffsetSimprocGuard.offset(a)?.base != nil {
      let successor = try successorForm(a)
      let rewritten = try Theorem.congruence(
        Theorem.congruence(Theorem.refl(Term.constant(.natLe)), successor), Theorem.refl(zero))
      guard let base = successor.conclusion.asEquation?.rhs.operands(of: .natAdd)?.lhs else { return proof }
      return try proof.chained(rewritten).chained(Theorem.forallElim(NatOffsetFacts.addOneLeZero, base))
    }
    return proof
  }

  /// `p - q` between offsets, as Lean's `Nat.reduceSubDiff`: `x + 5 - 2` ↦ `x + 3`,
  /// `x + 2 - 5` ↦ `x - 3`, `x + 3 - (y + 1)` ↦ `x + 2 - y`, `7 - (y + 2)` ↦ `5 - y`.
  private static func subtract(_ lhs: Term, _ rhs: Term, _ left: Offset, _ right: Offset) throws(KernelError)
    -> Theorem
  {
    let zero = try literal(0)
    if left.base == nil, let base = right.base, left.amount < right.amount {
      // po - (nb + nn) with po < nn: Lean gives 0 - nb (both are 0).
      let (leftProof, leftRest) = try split(lhs, left, left.amount)
      let (rightProof, rightRest) = try split(rhs, right, left.amount)
      let regrouped = try Theorem.congruence(
        Theorem.congruence(Theorem.refl(Term.constant(.natSub)), leftProof), rightProof)
      let cancelled = try Theorem.axiomInstance(
        NatOffsetFacts.addSubAddRight, [leftRest, rightRest, literal(left.amount)])
      let vanished = try Theorem.forallElim(NatOffsetFacts.zeroSub, rightRest)
      let target = try Theorem.symm(Theorem.forallElim(NatOffsetFacts.zeroSub, base))
      return try regrouped.chained(cancelled).chained(vanished).chained(target)
    }
    let common = min(left.amount, right.amount)
    let (leftProof, leftRest) = try split(lhs, left, common)
    let (rightProof, rightRest) = try split(rhs, right, common)
    let regrouped = try Theorem.congruence(
      Theorem.congruence(Theorem.refl(Term.constant(.natSub)), leftProof), rightProof)
    var proof = try regrouped.chained(
      Theorem.axiomInstance(NatOffsetFacts.addSubAddRight, [leftRest, rightRest, literal(common)]))
    if rightRest == zero {
      proof = try proof.chained(Theorem.axiom(.natSubZero, [leftRest]))
    }
    return proof
  }

  private static func literal(_ value: BigInt) throws(KernelError) -> Term { try Term.natLiteral(value) }

  /// `⊢ side = rest + common` for a side whose offset is at least `common`, and `rest`.
  private static func split(_ side: Term, _ offset: Offset, _ common: BigInt) throws(KernelError) -> (Theorem, Term) {
    let remainder = offset.amount - common
    guard let base = offset.base else {
      let rest = try literal(remainder)
      let sum = try Term.add(rest, literal(common))
      if remainder.isZero {
        return (try Theorem.symm(Theorem.forallElim(NatOffsetFacts.zeroAdd, literal(common))), rest)
      }
      return (try Theorem.symm(Theorem.evaluate(sum)), rest)
    }
    let canonical = try canonicalForm(side) ?? Theorem.refl(side)
    if remainder.isZero { return (canonical, base) }
    let rest = try Term.add(base, literal(remainder))
    let association = try Theorem.axiomInstance(NatOffsetFacts.addAssoc, [base, literal(remainder), literal(common)])
    let folded = try Theorem.congruence(
      Theorem.refl(Term.application(Term.constant(.natAdd), base)),
      Theorem.evaluate(Term.add(literal(remainder), literal(common))))
    let regrouped = try Theorem.symm(Theorem.trans(association, folded))
    return (try Theorem.trans(canonical, regrouped), rest)
  }

  /// `⊢ term = base + k` for an offset term written with nested `+ literal` or `Nat.succ`; nil
  /// when it already has that form.
  private static func canonicalForm(_ term: Term) throws(KernelError) -> Theorem? {
    if let (constant, operand) = term.asUnaryOperation, constant == .natSucc {
      let step = try Theorem.axiom(.natSuccEqAddOne, [operand])
      guard let next = step.conclusion.asEquation?.rhs else { return step }
      return try SimpProofs.chain(step, canonicalForm(next))
    }
    guard let (inner, amount) = term.operands(of: .natAdd), amount.natLiteralValue != nil,
      let innerOffset = OffsetSimprocGuard.offset(inner), let base = innerOffset.base
    else { return nil }
    let innerProof = try canonicalForm(inner) ?? Theorem.refl(inner)
    let lifted = try Theorem.congruence(
      Theorem.congruence(Theorem.refl(Term.constant(.natAdd)), innerProof), Theorem.refl(amount))
    let association = try Theorem.axiomInstance(NatOffsetFacts.addAssoc, [base, literal(innerOffset.amount), amount])
    let folded = try Theorem.congruence(
      Theorem.refl(Term.application(Term.constant(.natAdd), base)),
      Theorem.evaluate(Term.add(literal(innerOffset.amount), amount)))
    return try Theorem.trans(lifted, Theorem.trans(association, folded))
  }

  /// `⊢ term = p + 1` for an offset term with a base.
  private static func successorForm(_ term: Term) throws(KernelError) -> Theorem {
    let canonical = try canonicalForm(term) ?? Theorem.refl(term)
    guard let (base, amount) = canonical.conclusion.asEquation?.rhs.operands(of: .natAdd),
      let value = amount.natLiteralValue, value > BigInt(1)
    else { return canonical }
    let one = try literal(1)
    let predecessor = try literal(value - BigInt(1))
    let association = try Theorem.axiomInstance(NatOffsetFacts.addAssoc, [base, predecessor, one])
    let folded = try Theorem.congruence(
      Theorem.refl(Term.application(Term.constant(.natAdd), base)), Theorem.evaluate(Term.add(predecessor, one)))
    return try Theorem.trans(canonical, Theorem.symm(Theorem.trans(association, folded)))
  }

  /// `⊢ (term = 0) = False` for an offset term with a base.
  private static func falseOfSuccessorEqualsZero(_ term: Term) throws(KernelError) -> Theorem {
    let successor = try successorForm(term)
    let zero = try literal(0)
    let rewritten = try Theorem.congruence(
      Theorem.congruence(Theorem.refl(Term.constant(.equal(.nat))), successor), Theorem.refl(zero))
    guard let base = successor.conclusion.asEquation?.rhs.operands(of: .natAdd)?.lhs else { return rewritten }
    return try Theorem.trans(rewritten, Theorem.forallElim(NatOffsetFacts.addOneNeZero, base))
  }

  /// `⊢ (a = b) = (b = a)`.
  private static func equationSymmetry(_ a: Term, _ b: Term) throws(KernelError) -> Theorem {
    try SimpProofs.equivalence(
      try Term.equal(a, b), try Term.equal(b, a),
      forward: { h throws(KernelError) in try Theorem.symm(h) },
      backward: { h throws(KernelError) in try Theorem.symm(h) })
  }
}

extension Theorem {
  /// A closed `∀ xs, p` instantiated at `values`.
  fileprivate static func axiomInstance(_ theorem: Theorem, _ values: [Term]) throws(KernelError) -> Theorem {
    var result = theorem
    for value in values { result = try Theorem.forallElim(result, value) }
    return result
  }

  /// `⊢ a = c` from `⊢ a = b` (self) and `⊢ b = c`.
  fileprivate func chained(_ next: Theorem) throws(KernelError) -> Theorem {
    try Theorem.trans(self, next)
  }
}
