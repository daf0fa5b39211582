import Kernel
import LeanSyntax
import SoundnessSupport
import Testing
import TestSupport

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
      generator.evaluator.intDomain = [0, 1, -1] + (0..<size).map { _ in BigInt(Int.random(in: -60...60, using: &random)) }
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
