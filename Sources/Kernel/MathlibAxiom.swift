/// The definitions of Mathlib's `Even`, `Odd`, `Nat.Prime` and `Nat.factorial`, the only facts the
/// kernel knows about those constants: Lean's equation lemmas of the definitions (true by `rfl`),
/// `Nat.prime_def` (Mathlib's characterisation of `Nat.Prime`, whose definition `Irreducible p`
/// is outside the fragment), and the two recursion equations of `Nat.factorial`. Each is stated
/// closed, `∀` over Mathlib's arguments in Mathlib's order; only a Mathlib file can name them.
public enum MathlibAxiom: String, CaseIterable, Sendable {
  case natEvenDefinition = "Even.eq_1 (ℕ)"
  case intEvenDefinition = "Even.eq_1 (ℤ)"
  case natOddDefinition = "Odd.eq_1 (ℕ)"
  case intOddDefinition = "Odd.eq_1 (ℤ)"
  case natPrimeDef = "Nat.prime_def"
  case natFactorialZero = "Nat.factorial_zero"
  case natFactorialSucc = "Nat.factorial_succ"

  /// The name in the listing: a Lean name, with the instance type for the unfoldings of the
  /// polymorphic `Even` and `Odd`.
  public var name: String { rawValue }

  /// Why the kernel may trust it.
  public var justification: String {
    switch self {
    case .natEvenDefinition, .intEvenDefinition:
      "Mathlib's definition `Even a : Prop := ∃ r, a = r + r` (Algebra/Group/Even), unfolded by rfl"
    case .natOddDefinition, .intOddDefinition:
      "Mathlib's definition `Odd a : Prop := ∃ m, a = 2 * m + 1` (Algebra/Ring/Parity), unfolded by rfl"
    case .natPrimeDef: "Mathlib's theorem Nat.prime_def (Data/Nat/Prime/Defs)"
    case .natFactorialZero, .natFactorialSucc:
      "Mathlib's definition of Nat.factorial by structural recursion (Data/Nat/Factorial/Basic), rfl"
    }
  }

  /// The closed statement.
  public var statement: Term { Self.statements[self]! }

  private static let statements: [MathlibAxiom: Term] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0, $0.build()) })

  private func build() -> Term {
    let (a, r, m, p, n) = (
      Term.variable("a", type), Term.variable("r", type), Term.variable("m", type), Term.variable("p", .nat),
      Term.variable("n", .nat)
    )
    let one = Self.literal(1, type)
    let two = Self.literal(2, type)
    do {
      switch self {
      case .natEvenDefinition, .intEvenDefinition:
        let body = try Term.exists(r, Term.equal(a, Term.add(r, r)))
        return try Term.forall(a, Term.equal(Term.even(a), body))
      case .natOddDefinition, .intOddDefinition:
        let body = try Term.exists(m, Term.equal(a, Term.add(Term.multiply(two, m), one)))
        return try Term.forall(a, Term.equal(Term.odd(a), body))
      case .natPrimeDef:
        let divisors = try Term.forall(
          m, Term.implies(Term.divides(m, p), Term.or(Term.equal(m, one), Term.equal(m, p))))
        return try Term.forall(
          p, Term.iff(Term.prime(p), Term.and(Term.lessOrEqual(two, p), divisors)))
      case .natFactorialZero:
        return try Term.equal(Term.factorial(Self.literal(0, .nat)), one)
      case .natFactorialSucc:
        let successor = try Term.add(n, one)
        return try Term.forall(
          n, Term.equal(Term.factorial(successor), Term.multiply(successor, Term.factorial(n))))
      }
    } catch {
      fatalError("ill-typed Mathlib axiom \(rawValue): \(error.message)")
    }
  }

  /// The type the statement is about.
  private var type: TermType {
    switch self {
    case .intEvenDefinition, .intOddDefinition: .int
    default: .nat
    }
  }

  private static func literal(_ value: Int, _ type: TermType) -> Term {
    type == .int ? Term.intLiteral(BigInt(value)) : Term.make(.natLiteral(BigInt(value)), .nat)
  }
}

extension Theorem {
  /// `⊢ statement` of a Mathlib definition's axiom.
  public static func mathlibAxiom(_ axiom: MathlibAxiom) -> Theorem {
    Theorem(hypotheses: [], conclusion: axiom.statement, dependencies: [])
  }

  /// The Mathlib axiom instantiated at its leading universal binders, in order.
  public static func mathlibAxiom(_ axiom: MathlibAxiom, _ arguments: [Term]) throws(KernelError) -> Theorem {
    var theorem = Theorem.mathlibAxiom(axiom)
    for argument in arguments { theorem = try forallElim(theorem, argument) }
    return theorem
  }
}
