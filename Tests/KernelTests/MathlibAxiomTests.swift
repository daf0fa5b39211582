import Kernel
import Testing

/// The kernel's Mathlib constants (`Even`, `Odd`, `Nat.Prime`, `Nat.factorial`) and their axioms:
/// listed as trusted facts, closed, typed, and `Nat.factorial` evaluated within its bound only.
@Suite struct MathlibAxiomTests {
  @Test func axiomsAreListedClosedAndDistinct() {
    let listing = TrustedFacts.listing()
    for axiom in MathlibAxiom.allCases {
      #expect(listing.contains("axiom \(axiom.name) : \(axiom.statement)"), "\(axiom.name)")
      #expect(axiom.statement.isProposition && axiom.statement.freeVariables.isEmpty, "\(axiom.name)")
      #expect(Theorem.mathlibAxiom(axiom).hypotheses.isEmpty)
    }
    #expect(Set(MathlibAxiom.allCases.map(\.name)).count == MathlibAxiom.allCases.count)
    #expect(listing.contains("axiom Nat.factorial_succ : ∀ n : Nat, Nat.factorial (n + 1) = (n + 1) * Nat.factorial n"))
    #expect(listing.contains("axiom Even.eq_1 (ℤ) : ∀ a : Int, Even a = ∃ r : Int, a = r + r"))
  }

  @Test func constantsAreTyped() throws {
    let n = Term.variable("n", .nat)
    let x = Term.variable("x", .int)
    #expect(try Term.even(n) != Term.even(x))
    #expect(try Term.odd(n) != Term.odd(x))
    #expect(try Term.prime(n).isProposition)
    #expect(try Term.factorial(n).type == .nat)
    #expect(throws: KernelError.self) { try Term.prime(x) }
    #expect(throws: KernelError.self) { try Term.factorial(x) }
    #expect(throws: KernelError.self) { try Term.even(Term.trueProposition) }
  }

  @Test func factorialEvaluatesWithinItsBound() throws {
    var product = BigInt(1)
    for n in 0...100 {
      if n > 0 { product = product * BigInt(n) }
      let theorem = try Theorem.evaluate(Term.factorial(nat(BigInt(n))))
      #expect(theorem.conclusion == (try Term.equal(Term.factorial(nat(BigInt(n))), nat(product))), "\(n)")
    }
    #expect(throws: KernelError.self) { try Theorem.evaluate(Term.factorial(nat(BigInt(101)))) }
    #expect(throws: KernelError.self) { try Theorem.evaluate(Term.even(nat(BigInt(4)))) }
    #expect(throws: KernelError.self) { try Theorem.evaluate(Term.prime(nat(BigInt(7)))) }
  }

  /// The evaluation agrees with the defining equations `Nat.factorial_zero` and `Nat.factorial_succ`.
  @Test func factorialEvaluationAgreesWithItsEquations() throws {
    let zero = try Theorem.evaluate(Term.factorial(nat(BigInt(0))))
    #expect(zero.conclusion == Theorem.mathlibAxiom(.natFactorialZero).conclusion)
    for n in 0..<100 {
      let step = try Theorem.mathlibAxiom(.natFactorialSucc, [nat(BigInt(n))])
      guard let (lhs, rhs) = step.conclusion.asEquation, let (_, sum) = lhs.asUnaryOperation,
        let (_, _, previous) = rhs.asBinaryOperation
      else {
        Issue.record("unexpected shape \(step.conclusion)")
        return
      }
      let successor = try Theorem.evaluate(sum).conclusion.asEquation!.rhs
      let value = try Theorem.evaluate(Term.factorial(successor)).conclusion.asEquation!.rhs
      let before = try Theorem.evaluate(previous).conclusion.asEquation!.rhs
      #expect(value.natLiteralValue == successor.natLiteralValue! * before.natLiteralValue!, "\(n)")
    }
  }
}
