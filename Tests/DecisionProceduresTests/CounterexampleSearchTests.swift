import DecisionProcedures
import Kernel
import TestSupport
import Testing

/// The counterexample search refutes false goals with values that really falsify them, and never
/// refutes a true one.
@Suite struct CounterexampleSearchTests {
  let search = CounterexampleSearch()

  /// Every hypothesis true and the conclusion false under the values, by a fresh evaluation.
  func falsifies(_ values: [Term: Value], _ hypotheses: [Term], _ conclusion: Term) throws -> Bool {
    let evaluator = Evaluator(assignment: values)
    for hypothesis in hypotheses where try !evaluator.truth(hypothesis) { return false }
    return try !evaluator.truth(conclusion)
  }

  @Test func falseGoalsGetCounterexamplesThatHoldUp() throws {
    let x = intVar("x")
    let y = intVar("y")
    let n = natVar("n")
    let cases: [([Term], [Term], Term)] = [
      ([x, y], [lt(x, y)], lt(x * x, y * y)),
      ([n], [], eq(n - nat(1) + nat(1), n)),
      ([n], [gt(n, nat(1000))], gt(n * n, nat(2_000_000))),
      ([n], [eq(n % nat(4), nat(3))], eq((n * n) % nat(4), nat(3))),
      ([x], [], eq((x / int(2)) * int(2), x)),
    ]
    for (variables, hypotheses, conclusion) in cases {
      let values = try #require(search.search(variables: variables, hypotheses: hypotheses, conclusion: conclusion))
      #expect(try falsifies(values, hypotheses, conclusion), "\(conclusion)")
    }
  }

  @Test func truncatedSubtractionAndEuclideanDivisionAreLeans() throws {
    let n = natVar("n")
    let x = intVar("x")
    // True in Lean (ℕ subtraction truncates; `Int.emod` is never negative), false in naive arithmetic.
    #expect(search.search(variables: [n], hypotheses: [], conclusion: le(n - nat(5), n)) == nil)
    #expect(search.search(variables: [x], hypotheses: [], conclusion: ge(x % int(3), int(0))) == nil)
    #expect(search.search(variables: [n], hypotheses: [], conclusion: eq(n / nat(0), nat(0))) == nil)
  }

  /// Random true statements: `t = t'` where `t'` is `t` with its operands commuted, and bounds that
  /// hold by construction. None may be refuted.
  @Test func randomTrueStatementsAreNeverRefuted() {
    var generator = SeededGenerator(seed: 2026)
    let variables = [natVar("a"), natVar("b"), natVar("c")]
    for _ in 0..<200 {
      let (term, mirror) = randomPair(depth: 3, variables, &generator)
      #expect(search.search(variables: variables, hypotheses: [], conclusion: eq(term, mirror)) == nil, "\(term)")
      #expect(search.search(variables: variables, hypotheses: [], conclusion: le(term, term + mirror)) == nil)
    }
  }

  /// Random false statements `t = t + 1` and `t < t` are all refuted.
  @Test func randomFalseStatementsAreRefuted() throws {
    var generator = SeededGenerator(seed: 7)
    let variables = [natVar("a"), natVar("b"), natVar("c")]
    for _ in 0..<100 {
      let (term, _) = randomPair(depth: 3, variables, &generator)
      let conclusion = eq(term, term + nat(1))
      let values = try #require(search.search(variables: variables, hypotheses: [], conclusion: conclusion))
      #expect(try falsifies(values, [], conclusion))
    }
  }

  @Test func goalsOutsideTheEvaluatorAreLeftAlone() {
    let n = natVar("n")
    let f = Term.variable("f", .function(.nat, .nat))
    let other = natVar("m")
    // An uninterpreted function, and a variable that is not the goal's.
    #expect(search.search(variables: [n, f], hypotheses: [], conclusion: eq(n, n + nat(1))) == nil)
    #expect(search.search(variables: [n], hypotheses: [], conclusion: eq(other, other + nat(1))) == nil)
  }

  /// A random ℕ term over `variables` and the same term with every `+` and `*` commuted.
  func randomPair(depth: Int, _ variables: [Term], _ generator: inout SeededGenerator) -> (Term, Term) {
    if depth == 0 || Int.random(in: 0..<4, using: &generator) == 0 {
      let leaf =
        Bool.random(using: &generator)
        ? variables.randomElement(using: &generator)! : nat(Int.random(in: 0...5, using: &generator))
      return (leaf, leaf)
    }
    let (left, leftMirror) = randomPair(depth: depth - 1, variables, &generator)
    let (right, rightMirror) = randomPair(depth: depth - 1, variables, &generator)
    return Bool.random(using: &generator)
      ? (left + right, rightMirror + leftMirror) : (left * right, rightMirror * leftMirror)
  }
}
