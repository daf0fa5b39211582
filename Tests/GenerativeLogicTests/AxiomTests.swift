import Testing

@testable import GenerativeLogic

@Suite struct AxiomTests {
  let derivation = AxiomDerivation(file: try! Fixtures.peano())

  @Test func readsTheRecursionEquations() {
    let readings = Set(derivation.axioms.map(\.readingText))
    for expected in [
      "∀ a, a + 0 = a", "∀ a b, a + s(b) = s(a + b)", "∀ a, a * 0 = 0", "∀ a b, a * s(b) = a * b + a", "s(0) = 1",
      "∀ y x, s(y) = s(x) → x = y", "∀ x, s(x) ≠ 0",
    ] {
      #expect(readings.contains(expected), "\(expected) missing from \(readings.sorted())")
    }
  }

  @Test func licensesTheTermReading() {
    let meanings = derivation.axioms.map(\.meaning)
    for operation in ["succ", "+", "*"] {
      #expect(meanings.contains(.structural(.totality(operation: operation))))
      #expect(meanings.contains(.structural(.functionality(operation: operation))))
    }
  }

  @Test func anInjectivityAxiomIsAConditionalRule() {
    let conditional = derivation.rules.filter(\.isConditional)
    #expect(conditional.count == 1)
  }
}
