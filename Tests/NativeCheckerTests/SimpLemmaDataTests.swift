import Kernel
import NativeChecker
import Testing

@testable import TestSupport

/// The test fixture itself: Lean core's `@[simp]` lemmas elaborate into true kernel statements.
@Suite struct SimpLemmaDataTests {
  @Test func mostCoreSimpLemmasElaborate() {
    let total = SimpCoreLemmaData.declarations.count
    let elaborated = SimpFixtures.coreLemmas.count
    var failures: [String] = []
    for line in SimpCoreLemmaData.declarations {
      do { _ = try SimpFixtures.parseDeclaration(line) } catch { failures.append("\(line)  -- \(error)") }
    }
    print("elaborated \(elaborated) of \(total); simp refuses \(SimpFixtures.simpLemmas.refused)")
    print(failures.joined(separator: "\n"))
    #expect(elaborated * 4 >= total * 3)
  }

  /// A mis-elaborated statement would make simp prove false things in the other tests: every
  /// elaborated lemma holds on random literal instances.
  @Test func elaboratedLemmasHoldOnRandomInstances() {
    var generator = SeededGenerator(seed: 0x51AD)
    var checked = 0
    for lemma in SimpFixtures.coreLemmas {
      var body = lemma.statement
      var variables: [Kernel.Term] = []
      while let (quantifier, _) = body.asQuantifier, case .forall(let type) = quantifier {
        let variable = Kernel.Term.variable("v\(variables.count)", type)
        body = try! body.instantiateBinder(with: variable)
        variables.append(variable)
      }
      var evaluated = 0
      for _ in 0..<60 {
        var assignment: [Kernel.Term: Kernel.Term] = [:]
        for variable in variables {
          assignment[variable] = KernelEvaluator.randomValue(for: variable, limit: 12, using: &generator)
        }
        guard let truth = KernelEvaluator.truth(body, assignment) else { continue }
        evaluated += 1
        #expect(truth, "\(lemma.name) is false at \(assignment)")
      }
      if evaluated > 0 { checked += 1 }
    }
    print("checked \(checked) of \(SimpFixtures.coreLemmas.count) lemmas on random instances")
    #expect(checked * 2 >= SimpFixtures.coreLemmas.count)
  }
}
