import Kernel
import LeanSyntax
import SoundnessSupport
import TestSupport
import Testing

@testable import NativeChecker

@Suite struct PreludeTests {
  @Test func preludeLoadsAtLeastThreeHundredLemmas() {
    let prelude = Prelude.core
    #expect(prelude.lemmas.count >= 300)
    #expect(prelude.lemmas["Nat.add_comm"] != nil)
    #expect(prelude.lemmas["Nat.le_trans"]?.argumentKinds.prefix(3) == [.implicit, .implicit, .implicit])
  }

  @Test func admittedLemmasAreListedAsTrustedFacts() {
    let prelude = Prelude.core
    #expect(!prelude.admitted.isEmpty)
    let listed = Set(TrustedFacts.admissibleLemmas.map(\.name))
    for name in prelude.admitted { #expect(listed.contains(name)) }
    #expect(prelude.lemmas["Nat.add_zero"]?.theorem.dependencies.isEmpty == true)
  }

  /// Statements with casts of compound terms (`↑(natAbs a * natAbs a)`) are elaborated as Lean
  /// does (the cast of the ℕ term) and admitted, so the evaluation test below covers them.
  @Test func castsOfCompoundTermsAreAdmitted() {
    let prelude = Prelude.core
    let names = [
      "Int.natAbs_eq", "Int.natAbs_mul_self", "Int.ofNat_add", "Int.ofNat_mul", "Int.natCast_emod",
      "Int.ofNat_mod_ofNat", "Int.toNat_sub_toNat_neg",
    ]
    for name in names {
      #expect(prelude.lemmas[name] != nil, "\(name): \(prelude.skipped.filter { $0.name == name })")
    }
    let printer = Delaborator(mathlib: false, names: [:])
    let entry = prelude.lemmas["Int.natAbs_mul_self"]
    #expect(entry.map { printer.print($0.statement) } == "∀ (a : Int), ↑(a.natAbs * a.natAbs) = a * a")
    #expect(entry?.argumentKinds == [.implicit])
  }

  /// Every admitted lemma, as elaborated (printed back as Lean and read again), holds on at least
  /// 1,000 instances drawn at random: a mistyped statement would be caught here.
  @Test func admittedLemmasHoldOnRandomInstances() throws {
    var random = SeededGenerator(seed: 0xA11_0ED)
    var checked = 0
    var undecided = 0
    for name in Prelude.core.admitted.sorted() {
      let entry = try #require(Prelude.core.lemmas[name])
      let text = Delaborator(mathlib: false, names: [:]).print(entry.statement)
      let signature = try #require(Parser.parseDeclarationBody(": " + text + " := sorry").signature, "\(name): \(text)")
      let variables = Self.quantifierCount(entry.statement)
      // A domain of `size` values per variable gives size^variables ≥ 1,000 instances.
      var size = 1
      while Self.power(size, max(variables, 1)) < 1000 { size += 1 }
      var generator = FalseVariantGenerator()
      generator.evaluator.natDomain = [0, 1] + (0..<size).map { _ in BigInt(Int.random(in: 0...60, using: &random)) }
      generator.evaluator.intDomain =
        [0, 1, -1] + (0..<size).map { _ in BigInt(Int.random(in: -60...60, using: &random)) }
      let counterexample = generator.counterexample(to: signature)
      #expect(counterexample == nil, "\(name): \(text) fails at \(counterexample ?? [:])")
      let evaluated = variables > 0
      if evaluated { checked += 1 } else { undecided += 1 }
    }
    #expect(checked >= 300)
  }

  /// How many variables the statement quantifies, nested ones included.
  static func quantifierCount(_ term: Kernel.Term) -> Int {
    switch term.kind {
    case .application(let function, let argument):
      let own = term.asQuantifier == nil ? 0 : 1
      return own + quantifierCount(function) + quantifierCount(argument)
    case .lambda(let name, let type):
      guard let body = try? term.instantiateBinder(with: Kernel.Term.variable("␣" + name, type)) else { return 0 }
      return quantifierCount(body)
    default:
      return 0
    }
  }

  static func power(_ base: Int, _ exponent: Int) -> Int {
    (0..<exponent).reduce(1) { result, _ in result * base }
  }
}

@Suite struct CoreProofsTests {
  /// The lemmas of `CoreProofs.lean` are proved by the checker from the kernel's axioms, so they
  /// are not admitted and rest on no trusted fact.
  @Test func coreProofsAreProvedNotAdmitted() {
    let prelude = Prelude.core
    #expect(prelude.proved.count >= 8, "proved: \(prelude.proved)")
    for name in prelude.proved {
      #expect(prelude.lemmas[name]?.theorem.dependencies.isEmpty == true)
      #expect(!prelude.admitted.contains(name))
    }
    #expect(prelude.proved.contains("Nat.add_comm"))
  }
}
