import DecisionProcedures

/// The examples of Lean's own omega test file (`tests/lean/run/omega.lean`) that lie in the native
/// fragment (no `Fin`, `BitVec`, `Prod.Lex`, subtypes, `let`, `if` or `sizeOf`), with Lean's
/// verdict: proved, or failing (`fail_if_success`, or an error in a `#guard_msgs` block).
/// Shared by the tests and the benchmark.
enum OmegaLeanSuite {
  struct Example: Sendable {
    let declarations: String
    let hypotheses: [String]
    let goal: String
    let proves: Bool
    var configuration = OmegaConfiguration()
  }

  static func proves(
    _ declarations: String, _ hypotheses: [String], _ goal: String, _ configuration: OmegaConfiguration = .init()
  ) -> Example {
    Example(declarations: declarations, hypotheses: hypotheses, goal: goal, proves: true, configuration: configuration)
  }

  static func fails(
    _ declarations: String, _ hypotheses: [String], _ goal: String, _ configuration: OmegaConfiguration = .init()
  ) -> Example {
    Example(declarations: declarations, hypotheses: hypotheses, goal: goal, proves: false, configuration: configuration)
  }

  static let noSplitNatSub = OmegaConfiguration(splitNatSub: false)
  static let noSplitDisjunctions = OmegaConfiguration(splitDisjunctions: false)
  static let noSplitNatAbs = OmegaConfiguration(splitNatAbs: false)
  static let noSplitMinMax = OmegaConfiguration(splitMinMax: false)

  static let examples: [Example] = [
    fails("", [], "True"),
    proves("", ["(1 : Int) < (0 : Int)"], "False"),
    proves("", ["(0 : Int) < (0 : Int)"], "False"),
    fails("", ["(0 : Int) < (1 : Int)"], "True"),
    fails("x : Int", ["0 ≤ x", "x ≤ 1"], "True"),
    proves("x : Int", ["0 ≤ x", "x ≤ -1"], "False"),
    proves("x : Int", ["x % 2 < x - 2 * (x / 2)"], "False"),
    proves("x : Int", ["x % 2 > 5"], "False"),
    proves("x : Int", ["2 * (x / 2) > x"], "False"),
    proves("x : Int", ["2 * (x / 2) ≤ x - 2"], "False"),
    proves("x : Nat", [], "x / 0 = 0"),
    proves("x : Int", [], "x / 0 = 0"),
    proves("x : Int", [], "x / 2 + x / (-2) = 0"),
    proves("x : Nat", ["x ≠ 0"], "0 < x"),
    proves("a b c : Nat", ["a ≤ c", "b ≤ c"], "a < Nat.succ c"),
    proves("", ["7 < 3"], "False"),
    proves("", ["0 < 0"], "False"),
    proves("x : Nat", ["x > 7", "x < 3"], "False"),
    proves("x : Nat", ["x ≥ 7", "x ≤ 3"], "False"),
    proves("x y : Nat", ["x + y > 10", "x < 5", "y < 5"], "False"),
    proves("x y : Int", ["x + y > 10", "2 * x < 11", "y < 5"], "False"),
    proves("x y : Nat", ["x + y > 10", "2 * x < 11", "y < 5"], "False"),
    proves("x y : Int", ["2 * x + 4 * y = 5"], "False"),
    proves("x y : Nat", ["2 * x + 4 * y = 5"], "False"),
    fails("x y : Int", ["6 * x + 7 * y = 5"], "True"),
    proves("x y : Nat", ["6 * x + 7 * y = 5"], "False"),
    proves("x y : Nat", ["x * 6 + y * 7 = 5"], "False"),
    proves("x y : Nat", ["2 * (3 * x) + y * 7 = 5"], "False"),
    proves("x y : Nat", ["2 * x * 3 + y * 7 = 5"], "False"),
    proves("x y : Nat", ["2 * 3 * x + y * 7 = 5"], "False"),
    proves("x : Nat", ["x < 0"], "False"),
    proves("x y z : Int", ["x + y > z", "x < 0", "y < 0", "z > 0"], "False"),
    fails("x y : Nat", ["x - y = 0", "x > y"], "False", noSplitNatSub),
    proves("x y : Nat", ["x - y = 0", "x > y"], "False"),
    proves("x y z : Int", ["x - y - z = 0", "x > y + z"], "False"),
    proves("x y z : Nat", ["x - y - z = 0", "x > y + z"], "False"),
    proves("a b c d e f : Nat", ["a - b - c - d - e - f = 0", "a > b + c + d + e + f"], "False"),
    proves("x y : Nat", ["x - y ≤ 0", "y < x"], "False"),
    proves("x y : Int", ["x / 2 - y / 3 < 1", "3 * x ≥ 2 * y + 6"], "False"),
    proves("x y : Nat", ["x / 2 - y / 3 < 1", "3 * x ≥ 2 * y + 6"], "False"),
    proves("x y : Nat", ["x / 2 - y / 3 < 1", "3 * x ≥ 2 * y + 4"], "False"),
    proves("x y : Nat", ["x / 2 - y / 3 < x % 2", "3 * x ≥ 2 * y + 4"], "False"),
    proves("x : Int", ["5 ≤ x", "x ≤ 4"], "False"),
    proves("x : Nat", ["5 ≤ x", "x ≤ 4"], "False"),
    proves("x : Nat", ["x / 3 ≥ 2", "x < 6"], "False"),
    proves("x : Int, y : Nat", ["0 < x", "x + y ≤ 0"], "False"),
    proves("a b c : Nat", ["a - (b - c) ≤ 5", "b ≥ c + 3", "a + c ≥ b + 6"], "False"),
    proves("x : Nat", [], "1 < (1 + ((x + 1 : Nat) : Int) + 2) / 2"),
    proves("x : Nat", [], "(x + 4) / 2 ≤ x + 2"),
    proves("x : Int, m : Nat", ["0 < m", "¬x % ↑m < (↑m + 1) / 2"], "-↑m / 2 ≤ x % ↑m - ↑m"),
    proves("", ["(7 : Int) = 0"], "False"),
    proves("", ["(7 : Int) ≤ 0"], "False"),
    proves("", ["(-7 : Int) + 14 = 0"], "False"),
    proves("", ["(-7 : Int) + 14 ≤ 0"], "False"),
    proves("", ["(1 : Int) + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 0"], "False"),
    proves("", ["(7 : Int) - 14 = 0"], "False"),
    proves("", ["(14 : Int) - 7 ≤ 0"], "False"),
    proves("", ["(1 : Int) - 1 + 1 - 1 + 1 - 1 + 1 - 1 + 1 - 1 + 1 - 1 + 1 - 1 + 1 = 0"], "False"),
    proves("", ["-(7 : Int) = 0"], "False"),
    proves("", ["-(-7 : Int) ≤ 0"], "False"),
    proves("", ["2 * (7 : Int) = 0"], "False"),
    proves("", ["(7 : Int) < 0"], "False"),
    proves("x : Int", ["x + x + 1 = 0"], "False"),
    proves("x : Int", ["2 * x + 1 = 0"], "False"),
    proves("x y : Int", ["x + x + y + y + 1 = 0"], "False"),
    proves("x y : Int", ["2 * x + 2 * y + 1 = 0"], "False"),
    proves("x : Int", ["0 ≤ -7 + x", "0 ≤ 3 - x"], "False"),
    proves("x : Int", ["0 ≤ -7 + x", "0 < 4 - x"], "False"),
    proves("x : Int", ["0 ≤ 2 * x + 1", "2 * x + 1 ≤ 0"], "False"),
    proves("x : Int", ["0 < 2 * x + 2", "2 * x + 1 ≤ 0"], "False"),
    proves("x y : Int", ["0 ≤ 2 * x + 1", "x = y", "2 * y + 1 ≤ 0"], "False"),
    proves("x y z : Int", ["0 ≤ 2 * x + 1", "x = y", "y = z", "2 * z + 1 ≤ 0"], "False"),
    proves(
      "x1 x2 x3 x4 x5 x6 : Int",
      ["0 ≤ 2 * x1 + 1", "x1 = x2", "x2 = x3", "x3 = x4", "x4 = x5", "x5 = x6", "2 * x6 + 1 ≤ 0"], "False"),
    proves("x : Int", ["1 ≤ -3 * x", "1 ≤ 2 * x"], "False"),
    proves("x y : Int", ["2 * x + 3 * y = 0", "1 ≤ x", "1 ≤ y"], "False"),
    proves("x y z : Int", ["2 * x + 3 * y = 0", "3 * y + 4 * z = 0", "1 ≤ x", "1 ≤ -z"], "False"),
    proves("x y z : Int", ["2 * x + 3 * y + 4 * z = 0", "1 ≤ x + y", "1 ≤ y + z", "1 ≤ x + z"], "False"),
    proves("x y : Int", ["1 ≤ 3 * x", "y ≤ 2", "6 * x - 2 ≤ y"], "False"),
    proves("x y : Int", ["y = x", "0 ≤ x - 2 * y", "x - 2 * y ≤ 1", "1 ≤ x"], "False"),
    proves("x y : Int", ["y = x", "0 ≤ x - 2 * y", "x - 2 * y ≤ 1", "x ≥ 1"], "False"),
    proves("x y : Int", ["y = x", "0 ≤ x - 2 * y", "x - 2 * y ≤ 1", "0 < x"], "False"),
    proves("x y : Int", ["y = x", "0 ≤ x - 2 * y", "x - 2 * y ≤ 1", "x > 0"], "False"),
    proves("x : Nat", ["10 ∣ x", "¬ 5 ∣ x"], "False"),
    proves("x y : Nat", ["5 ∣ x", "¬ 10 ∣ x", "y = 7", "x - y ≤ 2", "x ≥ 6"], "False"),
    proves("x : Nat", [], "x % 4 - x % 8 = 0"),
    proves("n : Nat", ["n > 0"], "(2*n - 1) % 2 = 1"),
    proves("x : Int", ["x > 0 ∧ x < -1"], "False"),
    proves("x : Int", ["x > 7"], "x < 0 ∨ x > 3"),
    proves("", ["∃ n : Nat, n < 0"], "False"),
    proves(
      "a b c d e : Int",
      [
        "2 * a + b + c + d + e = 4", "a + 2 * b + c + d + e = 5", "a + b + 2 * c + d + e = 6",
        "a + b + c + 2 * d + e = 7", "a + b + c + d + 2 * e = 8",
      ], "e = 3"),
    fails(
      "a b c d e : Int",
      [
        "2 * a + b + c + d + e = 4", "a + 2 * b + c + d + e = 5", "a + b + 2 * c + d + e = 6",
        "a + b + c + 2 * d + e = 7", "a + b + c + d + 2 * e = 8 ∨ e = 3",
      ], "e = 3", noSplitDisjunctions),
    proves(
      "a b c d e : Int",
      [
        "2 * a + b + c + d + e = 4", "a + 2 * b + c + d + e = 5", "a + b + 2 * c + d + e = 6",
        "a + b + c + 2 * d + e = 7", "a + b + c + d + 2 * e = 8 ∨ e = 3",
      ], "e = 3"),
    fails("x : Int", ["x = 7"], "x.natAbs = 7", noSplitNatAbs),
    fails("x : Int", ["x = 7"], "x.natAbs = 7", noSplitDisjunctions),
    proves("x : Int", ["x = 7"], "x.natAbs = 7"),
    proves("x y : Int", ["(x - y).natAbs < 3", "x < 5", "y > 15"], "False"),
    proves("a b : Int", ["a < b", "b < a"], "False"),
    proves(
      "e b c a v0 v1 : Int", ["v0 = 5 * a", "v1 = 3 * b", "v0 + v1 + c = 10"], "v0 + 5 + (v1 - 3) + (c - 2) = 10"),
    proves("", ["(1 : Int) < 0", "¬ (37 : Int) < 42", "True", "(-7 : Int) < 5"], "(3 : Int) < 7"),
    proves("A B : Int", ["0 < A * B"], "0 < 8 * (A * B)"),
    proves("A B : Nat", ["7 < A * B"], "0 < A*B/8"),
    proves("A B : Int", ["7 < A * B"], "0 < A*B/8"),
    proves("ε : Int", ["ε > 0"], "ε / 2 + ε / 3 + ε / 7 < ε"),
    proves("x y z : Int", ["2*x < 3*y", "-4*x + z/2 < 0", "12*y - z < 0"], "False"),
    proves("ε : Int", ["ε > 0"], "ε / 2 < ε"),
    proves("ε : Int", ["ε > 0"], "ε - 2 ≤ ε / 3 + ε / 3 + ε / 3"),
    proves("ε : Int", ["ε > 0"], "ε / 3 + ε / 3 + ε / 3 ≤ ε"),
    proves("ε : Int", ["ε > 0"], "ε - 2 ≤ ε / 3 + ε / 3 + ε / 3 ∧ ε / 3 + ε / 3 + ε / 3 ≤ ε"),
    proves("x : Int", ["0 < x"], "0 < x / 1"),
    proves("x : Int", ["5 < x"], "0 < x/2/3"),
    proves("a b c : Nat", ["b + 2 > 3 + b"], "False"),
    proves("a b c : Int", ["b + 2 > 3 + b"], "False"),
    proves("g v V c h : Int", ["h = 0", "v = V", "V > 0", "g > 0", "0 ≤ c", "c < 1"], "v ≤ V"),
    proves("x y z : Int", ["2 * x < 3 * y", "-4 * x + 2 * z < 0", "12 * y - 4 * z < 0"], "False"),
    proves("x y z : Int", ["2 * x < 3 * y", "-4 * x + 2 * z < 0", "x * y < 5", "12 * y - 4 * z < 0"], "False"),
    proves("a b c : Int", ["a > 0", "b > 5", "c < -10", "a + b - c < 3"], "False"),
    proves("a b c : Int", ["b > 0", "¬ b ≥ 0"], "False"),
    proves("x y z : Int", ["x ≤ 3 * y", "y ≤ 2 * z", "x ≥ 6 * z"], "x = 3 * y"),
    proves("x y z : Int", ["2 * x < 3 * y", "-4 * x + 2 * z < 0", "x * y < 5"], "¬ 12 * y - 4 * z < 0"),
    proves("x y z : Int", ["¬ x > 3 * y", "¬ y > 2 * z", "x ≥ 6 * z"], "x = 3 * y"),
    proves(
      "x y : Int", ["6 + ((x + 4) * x + (6 + 3 * y) * y) = 3", "(x + 4) * x ≥ 0", "(6 + 3 * y) * y ≥ 0"], "False"),
    proves("a : Int", ["0 ≤ a"], "0 * 0 ≤ 2 * a"),
    proves("x y : Int", ["x < y"], "x ≠ y"),
    proves("x y : Int", ["x < y"], "¬ x = y"),
    proves(
      "prime : Nat → Prop, x y z : Int",
      ["2 * x + ((-3) * y) < 0", "(-4) * x + 2*  z < 0", "12 * y + (-4) * z < 0", "prime 7"], "False"),
    proves("i n : Nat", ["(2 : Int) ^ i ≤ 2 ^ n"], "(0 : Int) ≤ 2 ^ n - 2 ^ i"),
    proves("prime : Nat → Prop, a b c : Nat", ["b > 0", "b < 0"], "prime 10"),
    proves("a b c : Nat", ["(2 : Nat) > 3"], "a + b - c ≥ 3"),
    proves(
      "x y : Int", ["6 + ((x + 4) * x + (6 + 3 * y) * y) = 3 ∧ (x + 4) * x ≥ 0 ∧ (6 + 3 * y) * y ≥ 0"], "False"),
    proves(
      "mess : Nat → Nat, S n : Nat", [], "mess S + (n * mess S + n * 2 + 1) < n * mess S + mess S + (n * 2 + 2)"),
    proves("p n p' n' : Nat", ["p + n' = p' + n"], "n + p' = n' + p"),
    proves("a b c : Int", ["32 / a < b", "b < c"], "32 / a < c"),
    proves("i n : Nat", ["i ≤ n"], "i < n + 1"),
    proves("", [], "0 = 0"),
    proves("a b : Int", ["a < 0 ↔ b < 0", "b > 3"], "a ≥ 0"),
    proves("a b : Int", ["a > 7", "b > 2"], "a > 0 ↔ b > 0"),
    proves("a : Int", [], "a > 0 → a > -1"),
    proves("x y : Int", [], "x + 1 ≤ y → ¬ y + 1 ≤ x"),
    proves("x y : Int", ["x < y", "¬ ¬ y < x"], "False"),
    proves(
      "a₁ a₂ p₁ p₂ : Nat", ["a₁ = a₂ → ¬p₁ = p₂"],
      "(a₁ < a₂ ∨ a₁ = a₂ ∧ p₁ < p₂) ∨ a₂ < a₁ ∨ a₂ = a₁ ∧ p₂ < p₁"),
    proves("i : Nat", ["i < 330", "7 ∣ (660 + i) * (1319 - i)"], "1319 - i < 1979"),
    proves("a b : Int", ["a < min a b"], "False", noSplitMinMax),
    proves("a b : Int", ["max a b < b"], "False", noSplitMinMax),
    proves("a b : Nat", ["a < min a b"], "False", noSplitMinMax),
    proves("a b : Nat", ["max a b < b"], "False", noSplitMinMax),
    fails("a b : Nat", ["a = 7", "b = 3"], "min a b = 3", noSplitMinMax),
    proves("a b : Nat", ["a = 7", "b = 3"], "min a b = 3"),
    fails("a b : Nat", ["a + b = 9"], "(min a b) % 2 + (max a b) % 2 = 1", noSplitMinMax),
    proves("a b : Nat", ["a + b = 9"], "(min a b) % 2 + (max a b) % 2 = 1"),
    proves("a b : Nat", ["a % b + 1 = 0"], "False"),
    proves(
      "x : Nat", [], "x < 2 → (0 = 0 → 0 = 0 → 0 = 0 → 0 = 0 → x < 2) ∧ (0 = 0 → 0 = 0 → 0 = 0 → 0 = 0 → x < 2 → x < 3)"
    ),
    proves("x y : Nat", ["2 ≤ x", "x ≤ 3", "2 ≤ y", "y ≤ 3"], "4 ≤ (x + y) % 8 ∧ (x + y) % 8 ≤ 6"),
    proves("x y z i : Nat", ["z ≤ 1"], "x % 2 ^ i + y % 2 ^ i + z < 2 * 2^ i"),
    proves("x e : Nat", ["x < 2^(e+1)"], "x < 2^e * 2"),
    proves("x e : Nat", ["x < 2^(e.succ)"], "x < 2^e * 2"),
    proves("x : Int, e : Nat", ["x < (2 : Int)^(e+1)"], "x < 2^e * 2"),
    proves("n : Nat, i : Int", ["(2 : Int) ^ n = ↑((2 : Nat) ^ (n : Nat))", "i % 2 ^ n < 2 ^ n"], "2 ^ n ≠ 0"),
    proves("s : Int", ["s < (0 : Int)"], "63 + (s - 2 ^ 63) ≤ 62 - 2 ^ 63"),
    proves("", [], "2^7 < 165"),
    proves("a : Nat", [], "(((a + (2 ^ 64 - 1)) % 2 ^ 64 + 1) * 8 - 1 - (a + (2 ^ 64 - 1)) % 2 ^ 64 * 8 + 1) = 8"),
    proves("x : Nat", ["x % 2^7 < 3"], "x % 128 < 5"),
    fails("x : Nat", [], "x < 0"),
    fails("x : Nat, y : Int", [], "x < y"),
    fails("x y : Int", [], "5 < x ∧ x < 10 → y > 0"),
    fails("b c d e f g h i j k l m n o p : Nat", [], "b + c + d + e + f + g + h + i + j + k + l + m + n + o + p < 100"),
  ]

}
