import Kernel

/// Facts about ℕ offsets that the offset simprocs rewrite with, each derived once from the
/// kernel's axiom schemas (through the casts to ℤ, where `Int.add_assoc`, `Int.add_comm` and
/// `Int.add_left_neg` are axioms): cancellation of `+ n` in `=` and `≤`, associativity of `+`,
/// `0 + n = n`, `n + 1 ≠ 0`, `¬n + 1 ≤ 0` and `0 ≤ n`.
enum NatOffsetFacts {
  /// `∀ m k n : ℕ, (m + n = k + n) = (m = k)`.
  static let addRightCancel: Theorem = build { () throws(KernelError) in
    let (m, k, n) = (variable("m"), variable("k"), variable("n"))
    let proof = try SimpProofs.equivalence(
      try Term.equal(Term.add(m, n), Term.add(k, n)), try Term.equal(m, k),
      forward: { h throws(KernelError) in
        let casted = try Theorem.congruence(Theorem.refl(Term.constant(.intOfNat)), h)
        let pushed = try Theorem.trans(Theorem.symm(castAdd(m, n)), Theorem.trans(casted, castAdd(k, n)))
        let negated = try Term.negate(cast(n))
        let shifted = try Theorem.congruence(
          Theorem.congruence(Theorem.refl(Term.constant(.intAdd)), pushed), Theorem.refl(negated))
        let cancelled = try Theorem.trans(
          Theorem.symm(cancel(cast(m), cast(n))), Theorem.trans(shifted, cancel(cast(k), cast(n))))
        return try Theorem.impElim(Theorem.iffMP(Theorem.axiom(.intOfNatInj, [m, k])), cancelled)
      },
      backward: { h throws(KernelError) in
        try Theorem.congruence(Theorem.congruence(Theorem.refl(Term.constant(.natAdd)), h), Theorem.refl(n))
      })
    return try closed([m, k, n], proof)
  }

  /// `∀ m k n : ℕ, (m + n ≤ k + n) = (m ≤ k)`.
  static let addLeRightCancel: Theorem = build { () throws(KernelError) in
    let (m, k, n) = (variable("m"), variable("k"), variable("n"))
    let proof = try SimpProofs.equivalence(
      try Term.lessOrEqual(Term.add(m, n), Term.add(k, n)), try Term.lessOrEqual(m, k),
      forward: { h throws(KernelError) in
        let casted = try Theorem.impElim(
          Theorem.iffMPR(Theorem.axiom(.intOfNatLe, [Term.add(m, n), Term.add(k, n)])), h)
        let pushed = try Theorem.eqMP(relation(.intLe, castAdd(m, n), castAdd(k, n)), casted)
        let negated = try Term.negate(cast(n))
        let shifted = try addLeft(pushed, negated)
        let left = try Theorem.trans(
          Theorem.axiom(.intAddComm, [negated, Term.add(cast(m), cast(n))]), cancel(cast(m), cast(n)))
        let right = try Theorem.trans(
          Theorem.axiom(.intAddComm, [negated, Term.add(cast(k), cast(n))]), cancel(cast(k), cast(n)))
        let reduced = try Theorem.eqMP(relation(.intLe, left, right), shifted)
        return try Theorem.impElim(Theorem.iffMP(Theorem.axiom(.intOfNatLe, [m, k])), reduced)
      },
      backward: { h throws(KernelError) in
        let casted = try Theorem.impElim(Theorem.iffMPR(Theorem.axiom(.intOfNatLe, [m, k])), h)
        let shifted = try addLeft(casted, cast(n))
        let commuted = try Theorem.eqMP(
          relation(
            .intLe, Theorem.axiom(.intAddComm, [cast(n), cast(m)]), Theorem.axiom(.intAddComm, [cast(n), cast(k)])),
          shifted)
        let pulled = try Theorem.eqMP(
          relation(.intLe, Theorem.symm(castAdd(m, n)), Theorem.symm(castAdd(k, n))), commuted)
        return try Theorem.impElim(
          Theorem.iffMP(Theorem.axiom(.intOfNatLe, [Term.add(m, n), Term.add(k, n)])), pulled)
      })
    return try closed([m, k, n], proof)
  }

  /// `∀ a b c : ℕ, a + b + c = a + (b + c)`.
  static let addAssoc: Theorem = build { () throws(KernelError) in
    let (a, b, c) = (variable("a"), variable("b"), variable("c"))
    let steps = [
      try castAdd(Term.add(a, b), c),
      try Theorem.congruence(
        Theorem.congruence(Theorem.refl(Term.constant(.intAdd)), castAdd(a, b)), Theorem.refl(cast(c))),
      try Theorem.axiom(.intAddAssoc, [cast(a), cast(b), cast(c)]),
      try Theorem.congruence(
        Theorem.refl(Term.application(Term.constant(.intAdd), cast(a))), Theorem.symm(castAdd(b, c))),
      try Theorem.symm(castAdd(a, Term.add(b, c))),
    ]
    var chain = steps[0]
    for step in steps.dropFirst() { chain = try Theorem.trans(chain, step) }
    let equal = try Theorem.impElim(
      Theorem.iffMP(Theorem.axiom(.intOfNatInj, [Term.add(Term.add(a, b), c), Term.add(a, Term.add(b, c))])), chain)
    return try closed([a, b, c], equal)
  }

  /// `∀ n : ℕ, 0 + n = n`.
  static let zeroAdd: Theorem = build { () throws(KernelError) in
    let n = variable("n")
    let zero = try Term.natLiteral(0)
    let castZero = try Theorem.evaluate(Term.natCast(zero))
    let steps = [
      try castAdd(zero, n),
      try Theorem.congruence(
        Theorem.congruence(Theorem.refl(Term.constant(.intAdd)), castZero), Theorem.refl(cast(n))),
      try Theorem.axiom(.intAddComm, [Term.intLiteral(0), cast(n)]),
      try Theorem.axiom(.intAddZero, [cast(n)]),
    ]
    var chain = steps[0]
    for step in steps.dropFirst() { chain = try Theorem.trans(chain, step) }
    let equal = try Theorem.impElim(Theorem.iffMP(Theorem.axiom(.intOfNatInj, [Term.add(zero, n), n])), chain)
    return try closed([n], equal)
  }

  /// `∀ n : ℕ, (n + 1 = 0) = False`.
  static let addOneNeZero: Theorem = build { () throws(KernelError) in
    let n = variable("n")
    let zero = try Term.natLiteral(0)
    let successor = try Theorem.axiom(.natSuccEqAddOne, [n])
    let equation = try Theorem.congruence(
      Theorem.congruence(Theorem.refl(Term.constant(.equal(.nat))), successor), Theorem.refl(zero))
    let negation = try Theorem.congruence(Theorem.refl(Term.constant(.not)), equation)
    let refuted = try Theorem.eqMP(negation, Theorem.axiom(.natSuccNeZero, [n]))
    return try closed([n], SimpProofs.equalsFalse(refuted))
  }

  /// `∀ n : ℕ, (n + 1 ≤ 0) = False`.
  static let addOneLeZero: Theorem = build { () throws(KernelError) in
    let n = variable("n")
    let (zero, one) = (try Term.natLiteral(0), try Term.natLiteral(1))
    let (intZero, intOne) = (Term.intLiteral(0), Term.intLiteral(1))
    let statement = try Term.lessOrEqual(Term.add(n, one), zero)
    let assumed = try Theorem.assume(statement)
    let nonnegative = try Theorem.axiom(.intNatCastNonneg, [n])
    let shifted = try addLeft(nonnegative, intOne)
    let lower = try Theorem.eqMP(
      relation(.intLe, Theorem.refl(Term.add(intOne, intZero)), Theorem.axiom(.intAddComm, [intOne, cast(n)])),
      shifted)
    let casted = try Theorem.impElim(Theorem.iffMPR(Theorem.axiom(.intOfNatLe, [Term.add(n, one), zero])), assumed)
    let castOne = try Theorem.evaluate(Term.natCast(one))
    let pushedLeft = try Theorem.trans(
      castAdd(n, one),
      Theorem.congruence(Theorem.refl(Term.application(Term.constant(.intAdd), cast(n))), castOne))
    let upper = try Theorem.eqMP(relation(.intLe, pushedLeft, Theorem.evaluate(Term.natCast(zero))), casted)
    let transitive = try Theorem.axiom(.intLeTrans, [Term.add(intOne, intZero), Term.add(cast(n), intOne), intZero])
    let combined = try Theorem.impElim(Theorem.impElim(transitive, lower), upper)
    let folded = try Theorem.eqMP(
      relation(.intLe, Theorem.evaluate(Term.add(intOne, intZero)), Theorem.refl(intZero)), combined)
    let absurdity = try Theorem.eqMP(Theorem.evaluate(Term.lessOrEqual(intOne, intZero)), folded)
    let refuted = try Theorem.notIntro(Theorem.impIntro(statement, absurdity))
    return try closed([n], SimpProofs.equalsFalse(refuted))
  }

  /// `∀ n : ℕ, (0 ≤ n) = True`.
  static let zeroLe: Theorem = build { () throws(KernelError) in
    let n = variable("n")
    let zero = try Term.natLiteral(0)
    let introduction = try Theorem.axiom(.natLeIntro, [zero, n, n])
    let holds = try Theorem.impElim(introduction, Theorem.forallElim(zeroAdd, n))
    return try closed([n], SimpProofs.equalsTrue(holds))
  }

  /// `∀ m k n : ℕ, (m + n) - (k + n) = m - k`, by induction on `n` (`Nat.add_sub_add_right`).
  static let addSubAddRight: Theorem = build { () throws(KernelError) in
    let (m, k, n) = (variable("m"), variable("k"), variable("n"))
    let motiveBody = try Term.equal(Term.subtract(Term.add(m, n), Term.add(k, n)), Term.subtract(m, k))
    let motive = try Term.lambda(n, motiveBody)
    let base = try Theorem.congruence(
      Theorem.congruence(
        Theorem.refl(Term.constant(.natSub)), Theorem.axiom(.natAddZero, [m])),
      Theorem.axiom(.natAddZero, [k]))
    let previous = try motive.instantiateBinder(with: n)
    let hypothesis = try Theorem.assume(previous)
    let one = try Term.natLiteral(1)
    let regroupLeft = try Theorem.symm(Theorem.forallElim(Theorem.forallElim(Theorem.forallElim(addAssoc, m), n), one))
    let regroupRight = try Theorem.symm(Theorem.forallElim(Theorem.forallElim(Theorem.forallElim(addAssoc, k), n), one))
    let regrouped = try Theorem.congruence(
      Theorem.congruence(Theorem.refl(Term.constant(.natSub)), regroupLeft), regroupRight)
    let peeled = try Theorem.forallElim(
      Theorem.forallElim(succSubSucc, Term.add(k, n)), Term.add(m, n))
    let step = try Theorem.trans(Theorem.trans(regrouped, peeled), hypothesis)
    let successor = try Theorem.forallIntro(n, Theorem.impIntro(previous, step))
    let induction = try Theorem.natInduction(motive: motive, zero: base, succ: successor)
    return try closed([m, k], induction)
  }

  /// `∀ y x : ℕ, (x + 1) - (y + 1) = x - y`, by induction on `y` (`Nat.add_sub_add_right` at 1).
  static let succSubSucc: Theorem = build { () throws(KernelError) in
    let (x, y) = (variable("x"), variable("y"))
    let one = try Term.natLiteral(1)
    let zero = try Term.natLiteral(0)
    func body(_ value: Term) throws(KernelError) -> Term {
      try Term.forall(x, Term.equal(Term.subtract(Term.add(x, one), Term.add(value, one)), Term.subtract(x, value)))
    }
    let motive = try Term.lambda(y, body(y))
    // (x + 1) - (0 + 1) = x - 0
    let successorOfX = try Theorem.symm(Theorem.axiom(.natSuccEqAddOne, [x]))
    let zeroPlusOne = try Theorem.evaluate(Term.add(zero, one))
    let left = try Theorem.congruence(
      Theorem.congruence(Theorem.refl(Term.constant(.natSub)), successorOfX), zeroPlusOne)
    let base = try Theorem.forallIntro(
      x,
      Theorem.trans(
        Theorem.trans(left, Theorem.axiom(.natSuccSubOne, [x])), Theorem.symm(Theorem.axiom(.natSubZero, [x]))))
    // P y → P (y + 1)
    let previous = try body(y)
    let hypothesis = try Theorem.assume(previous)
    let yPlusOne = try Term.add(y, one)
    let rewriteSuccessor = try Theorem.symm(Theorem.axiom(.natSuccEqAddOne, [yPlusOne]))
    let unfold = try Theorem.congruence(
      Theorem.refl(Term.application(Term.constant(.natSub), Term.add(x, one))), rewriteSuccessor)
    let subSucc = try Theorem.axiom(.natSubSucc, [Term.add(x, one), yPlusOne])
    let inner = try Theorem.forallElim(hypothesis, x)
    let applied = try Theorem.congruence(
      Theorem.congruence(Theorem.refl(Term.constant(.natSub)), inner), Theorem.refl(one))
    let back = try Theorem.symm(Theorem.axiom(.natSubSucc, [x, y]))
    let fold = try Theorem.congruence(
      Theorem.refl(Term.application(Term.constant(.natSub), x)), Theorem.axiom(.natSuccEqAddOne, [y]))
    var chain = try Theorem.trans(unfold, subSucc)
    for next in [applied, back, fold] { chain = try Theorem.trans(chain, next) }
    let step = try Theorem.forallIntro(y, Theorem.impIntro(previous, Theorem.forallIntro(x, chain)))
    return try Theorem.natInduction(motive: motive, zero: base, succ: step)
  }

  /// `∀ n : ℕ, 0 - n = 0`, by induction on `n` (`Nat.zero_sub`).
  static let zeroSub: Theorem = build { () throws(KernelError) in
    let n = variable("n")
    let zero = try Term.natLiteral(0)
    let one = try Term.natLiteral(1)
    let motive = try Term.lambda(n, Term.equal(Term.subtract(zero, n), zero))
    let base = try Theorem.axiom(.natSubZero, [zero])
    let previous = try Term.equal(Term.subtract(zero, n), zero)
    let hypothesis = try Theorem.assume(previous)
    let unfold = try Theorem.congruence(
      Theorem.refl(Term.application(Term.constant(.natSub), zero)),
      Theorem.symm(Theorem.axiom(.natSuccEqAddOne, [n])))
    let subSucc = try Theorem.axiom(.natSubSucc, [zero, n])
    let applied = try Theorem.congruence(
      Theorem.congruence(Theorem.refl(Term.constant(.natSub)), hypothesis), Theorem.refl(one))
    let folded = try Theorem.evaluate(Term.subtract(zero, one))
    let chain = try Theorem.trans(Theorem.trans(Theorem.trans(unfold, subSucc), applied), folded)
    let step = try Theorem.forallIntro(n, Theorem.impIntro(previous, chain))
    return try Theorem.natInduction(motive: motive, zero: base, succ: step)
  }

  // MARK: - Helpers

  private static func build(_ body: () throws(KernelError) -> Theorem) -> Theorem {
    do {
      return try body()
    } catch {
      fatalError("a ℕ offset fact failed to derive: \(error)")
    }
  }

  private static func variable(_ name: String) -> Term { Term.variable(name, .nat) }

  private static func cast(_ term: Term) throws(KernelError) -> Term { try Term.natCast(term) }

  /// `⊢ ↑(a + b) = ↑a + ↑b`.
  private static func castAdd(_ a: Term, _ b: Term) throws(KernelError) -> Theorem {
    try Theorem.axiom(.intNatCastAdd, [a, b])
  }

  /// `⊢ (u + c) + -c = u` in ℤ.
  private static func cancel(_ u: Term, _ c: Term) throws(KernelError) -> Theorem {
    let negated = try Term.negate(c)
    let association = try Theorem.axiom(.intAddAssoc, [u, c, negated])
    let inverse = try Theorem.trans(Theorem.axiom(.intAddComm, [c, negated]), Theorem.axiom(.intAddLeftNeg, [c]))
    let inside = try Theorem.congruence(Theorem.refl(Term.application(Term.constant(.intAdd), u)), inverse)
    return try Theorem.trans(Theorem.trans(association, inside), Theorem.axiom(.intAddZero, [u]))
  }

  /// `⊢ (a ≤ b) = (a' ≤ b')` (or another relation) from `⊢ a = a'` and `⊢ b = b'`.
  private static func relation(_ constant: Constant, _ left: Theorem, _ right: Theorem) throws(KernelError)
    -> Theorem
  {
    try Theorem.congruence(Theorem.congruence(Theorem.refl(Term.constant(constant)), left), right)
  }

  /// `⊢ c + a ≤ c + b` from `⊢ a ≤ b` in ℤ (`Int.add_le_add_left`).
  private static func addLeft(_ inequality: Theorem, _ c: Term) throws(KernelError) -> Theorem {
    guard let (a, b) = inequality.conclusion.operands(of: .intLe) else {
      throw KernelError(rule: "simp.addLeft", message: "not an inequality", terms: [inequality.conclusion])
    }
    let lemma = try Theorem.axiom(.intAddLeAddLeft, [a, b])
    return try Theorem.forallElim(Theorem.impElim(lemma, inequality), c)
  }

  private static func closed(_ variables: [Term], _ theorem: Theorem) throws(KernelError) -> Theorem {
    var result = theorem
    for variable in variables.reversed() { result = try Theorem.forallIntro(variable, result) }
    return result
  }
}
