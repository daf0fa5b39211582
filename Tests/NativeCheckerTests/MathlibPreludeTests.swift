import DecisionProcedures
import Kernel
import TestSupport
import Testing

@testable import NativeChecker

/// Mathlib's lemmas of `MathlibPrelude.lean`: all of them load, only under `import Mathlib`, the
/// admitted ones are trusted facts, and every statement (the kernel's Mathlib axioms included)
/// holds on at least 1,000 random instances, inner quantifiers searched in a window that covers
/// every witness and divisor of the sampled values.
@Suite struct MathlibPreludeTests {
  static let mathlibNames: Set<String> = {
    let text = Prelude.source("MathlibPrelude")
    return Set(
      text.split(separator: "\n").compactMap { line -> String? in
        let words = line.split(separator: " ")
        guard let index = words.firstIndex(of: "axiom"), index + 1 < words.count else { return nil }
        return String(words[index + 1])
      })
  }()

  @Test func everyLemmaLoadsUnderMathlibOnly() {
    #expect(Self.mathlibNames.count >= 50)
    for name in Self.mathlibNames {
      #expect(Prelude.mathlib.lemmas[name] != nil, "\(name) did not load")
      #expect(Prelude.core.lemmas[name] == nil, "\(name) is in core")
    }
    #expect(!Prelude.mathlib.skipped.contains { Self.mathlibNames.contains($0.name) })
    for axiom in MathlibAxiom.allCases where axiom.name.hasPrefix("Nat.") {
      #expect(Prelude.mathlib.lemmas[axiom.name]?.theorem.dependencies.isEmpty == true, "\(axiom.name)")
      #expect(Prelude.core.lemmas[axiom.name] == nil)
    }
  }

  @Test func admittedLemmasAreListedAsTrustedFacts() {
    let admitted = Prelude.mathlib.admitted.filter { Self.mathlibNames.contains($0) }
    let listed = Set(TrustedFacts.admissibleLemmas.map(\.name))
    #expect(admitted.count == Self.mathlibNames.count)
    for name in admitted { #expect(listed.contains(name), "\(name)") }
  }

  @Test func admittedLemmasHoldOnRandomInstances() throws {
    var random = SeededGenerator(seed: 0x3A7_0D5)
    for name in Self.mathlibNames.sorted() {
      let statement = try #require(Prelude.mathlib.lemmas[name]?.statement)
      try Self.expectHolds(name, statement, using: &random)
    }
  }

  @Test func mathlibAxiomsHoldOnRandomInstances() throws {
    var random = SeededGenerator(seed: 0xA8_10)
    for axiom in MathlibAxiom.allCases {
      try Self.expectHolds(axiom.name, axiom.statement, using: &random)
    }
  }

  @Test func theInstanceCheckCatchesWrongStatements() throws {
    var random = SeededGenerator(seed: 7)
    let n = Kernel.Term.variable("n", .nat)
    let p = Kernel.Term.variable("p", .nat)
    let wrong = [
      try Term.forall(n, Term.iff(Term.even(n), Term.equal(Term.modulo(n, Self.nat(2)), Self.nat(1)))),
      try Term.forall(p, Term.implies(Term.prime(p), Term.lessOrEqual(Self.nat(3), p))),
      try Term.forall(n, Term.lessThan(n, Term.factorial(n))),
    ]
    for statement in wrong {
      var refuted = false
      for _ in 0..<1000 where !(try Self.randomInstanceHolds(statement, using: &random)) { refuted = true }
      #expect(refuted, "\(statement)")
    }
  }

  static func nat(_ value: Int) -> Kernel.Term { try! Term.natLiteral(BigInt(value)) }

  static func expectHolds(_ name: String, _ statement: Kernel.Term, using random: inout SeededGenerator) throws {
    for _ in 0..<1000 {
      let holds = try randomInstanceHolds(statement, using: &random)
      #expect(holds, "\(name) : \(statement)")
      if !holds { return }
    }
  }

  /// The leading `∀`s instantiated at random (ℕ in 0...40, ℤ in -40...40), premises included.
  static func randomInstanceHolds(_ statement: Kernel.Term, using random: inout SeededGenerator) throws -> Bool {
    var current = statement
    while let (quantifier, _) = current.asQuantifier, case .forall(let type) = quantifier {
      let value =
        type == .int
        ? Term.intLiteral(BigInt(Int.random(in: -40...40, using: &random)))
        : nat(Int.random(in: 0...40, using: &random))
      current = try current.instantiateBinder(with: value)
    }
    return try holds(current)
  }

  /// Truth by recursion on the connectives; quantifiers over a window of ±90 (every witness of
  /// `Even`, `Odd`, every divisor of a sampled value is inside); atoms by `Evaluator`.
  static func holds(_ term: Kernel.Term) throws -> Bool {
    if let (quantifier, _) = term.asQuantifier {
      let window: [Kernel.Term]
      switch quantifier {
      case .forall(.int), .exists(.int): window = (-90...90).map { Term.intLiteral(BigInt($0)) }
      default: window = (0...90).map { nat($0) }
      }
      let universal = if case .forall = quantifier { true } else { false }
      for value in window where try holds(term.instantiateBinder(with: value)) != universal { return !universal }
      return universal
    }
    if let (constant, operand) = term.asUnaryOperation, constant == .not { return !(try holds(operand)) }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .and: return try holds(lhs) && holds(rhs)
      case .or: return try holds(lhs) || holds(rhs)
      case .implies: return try !holds(lhs) || holds(rhs)
      case .iff, .equal(.prop): return try holds(lhs) == holds(rhs)
      default: break
      }
    }
    return try Evaluator().truth(term)
  }
}
