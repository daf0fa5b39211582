import Foundation
import TestSupport
import Testing

@testable import NativeChecker

/// Human proofs of nonlinear `natint_core` problems of miniF2F-valid, written with the tactics a
/// Lean user would (`interval_cases`, residue `simp`, induction with `omega`), checked on the
/// statements exactly as the shared data file gives them (with its header).
@Suite struct NonlinearMiniF2FProofTests {
  struct Problem: Decodable {
    var name: String
    var statement: String
    var category: String
    var arith: String?
  }

  static let path = SharedData.path("minif2f-valid/minif2f-valid.jsonl")
  static let available = FileManager.default.fileExists(atPath: path)
  static let absent: Comment =
    "skipped: the shared data file ../shared/data/minif2f-valid/minif2f-valid.jsonl is absent"

  static let proofs: [String: [String]] = [
    "amc12_2001_p2": [
      "obtain ⟨ha1, ha2⟩ := h₀", "obtain ⟨hb1, hb2⟩ := h₁", "interval_cases a <;> interval_cases b <;> omega",
    ],
    "mathd_numbertheory_48": ["have : b ≤ 4 := by nlinarith", "interval_cases b <;> omega"],
    "amc12a_2015_p10": ["have hy : y ≤ 8 := by nlinarith", "interval_cases y <;> omega"],
    "mathd_algebra_69": [
      "have hs : 1 ≤ seats := by", "  rcases Nat.eq_zero_or_pos seats with h | h", "  · subst h", "    simp at h₀",
      "  · exact h", "have hr : rows ≤ 450 := by nlinarith", "interval_cases rows <;> omega",
    ],
    "numbertheory_sqmod3in01d": [
      "have h : a % 3 = 0 ∨ a % 3 = 1 ∨ a % 3 = 2 := by omega",
      "rcases h with h | h | h <;> simp [pow_two, Int.mul_emod, h]",
    ],
    "numbertheory_sqmod4in01d": [
      "have h : a % 4 = 0 ∨ a % 4 = 1 ∨ a % 4 = 2 ∨ a % 4 = 3 := by omega",
      "rcases h with h | h | h | h <;> simp [pow_two, Int.mul_emod, h]",
    ],
    "mathd_numbertheory_412": ["simp [pow_succ, Int.mul_emod, Int.add_emod, h₀, h₁]"],
    "numbertheory_2dvd4expn": ["cases n with", "| zero => contradiction", "| succ k => omega"],
    "induction_divisibility_3divnto3m2n": [
      "have h : n % 3 = 0 ∨ n % 3 = 1 ∨ n % 3 = 2 := by omega",
      "rcases h with h | h | h <;> simp [Nat.dvd_iff_mod_eq_zero, Nat.add_mod, Nat.pow_mod, Nat.mul_mod, h]",
    ],
    "induction_divisibility_3div2tooddnp1": [
      "induction n with", "| zero => norm_num", "| succ k ih =>",
      "  rw [show 2 * (k + 1) + 1 = (2 * k + 1) + 2 by ring, Nat.pow_add]", "  omega",
    ],
    "induction_divisibility_9div10tonm1": [
      "induction n with", "| zero => omega", "| succ k ih =>", "  rcases Nat.eq_zero_or_pos k with hk | hk",
      "  · subst hk", "    norm_num", "  · have := ih hk", "    rw [Nat.pow_succ]", "    omega",
    ],
  ]

  /// `2 ^ m % 7` cycles through 1, 2, 4 (by induction with `omega`), then `omega` decides.
  static let powersOfTwoModSeven: [String: [String]] = [
    "imo_1964_p1_2": [
      "have h1 : ∀ m : ℕ, 2 ^ m % 7 = 1 ∨ 2 ^ m % 7 = 2 ∨ 2 ^ m % 7 = 4 := by", "  intro m",
      "  induction m with", "  | zero => simp", "  | succ k ih =>", "    rw [Nat.pow_succ]", "    omega",
      "have := h1 n",
      "omega",
    ],
    "imo_1964_p1_1": [
      "have h1 : ∀ m : ℕ, (m % 3 = 0 ∧ 2 ^ m % 7 = 1) ∨ (m % 3 = 1 ∧ 2 ^ m % 7 = 2) ∨ (m % 3 = 2 ∧ 2 ^ m % 7 = 4) := by",
      "  intro m", "  induction m with", "  | zero => simp", "  | succ k ih =>", "    rw [Nat.pow_succ]", "    omega",
      "have := h1 n", "have hpos : 0 < 2 ^ n := by positivity", "omega",
    ],
  ]

  static var allProofs: [String: [String]] { proofs.merging(powersOfTwoModSeven) { first, _ in first } }

  static func problems() throws -> [String: Problem] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let all = try text.split(separator: "\n").map { try JSONDecoder().decode(Problem.self, from: Data($0.utf8)) }
    return Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
  }

  static let header = "import Mathlib\nset_option maxHeartbeats 0\nopen BigOperators Real Nat Topology Rat\n\n"

  @Test(.enabled(if: available, absent)) func humanProofsAreAccepted() throws {
    let problems = try Self.problems()
    for (name, tactics) in Self.allProofs.sorted(by: { $0.key < $1.key }) {
      let problem = try #require(problems[name], "\(name)")
      #expect(problem.category == "natint_core" && problem.arith == "nonlinear", "\(name)")
      let source = Self.header + problem.statement + "\n" + tactics.map { "  " + $0 + "\n" }.joined()
      let verdict = CheckerTestSupport.verdicts(source).last
      #expect(verdict?.status == .accepted, "\(name): \(verdict?.diagnostics.map(\.message) ?? [])")
    }
  }

  /// The same proofs on the statements with the conclusion's numeral changed are refused.
  @Test(.enabled(if: available, absent)) func proofsOfAlteredConclusionsAreRefused() throws {
    let problems = try Self.problems()
    let altered: [String: (String, String)] = [
      "amc12_2001_p2": ("b = 9", "b = 8"), "mathd_numbertheory_48": ("b = 4", "b = 3"),
      "amc12a_2015_p10": ("x = 26", "x = 25"), "mathd_algebra_69": ("rows = 25", "rows = 24"),
      "numbertheory_sqmod3in01d": ("a ^ 2 % 3 = 1", "a ^ 2 % 3 = 2"),
      "mathd_numbertheory_412": ("% 19 = 13", "% 19 = 12"),
      "induction_divisibility_3divnto3m2n": ("2 * n", "n"),
      "induction_divisibility_9div10tonm1": ("10 ^ n - 1", "10 ^ n - 2"),
      "imo_1964_p1_2": ("2 ^ n + 1", "2 ^ n + 3"), "imo_1964_p1_1": ("3 ∣ n", "6 ∣ n"),
    ]
    for (name, (original, replacement)) in altered.sorted(by: { $0.key < $1.key }) {
      let problem = try #require(problems[name], "\(name)")
      let statement = problem.statement.replacingOccurrences(of: original, with: replacement)
      #expect(statement != problem.statement, "\(name)")
      let tactics = try #require(Self.allProofs[name])
      let source = Self.header + statement + "\n" + tactics.map { "  " + $0 + "\n" }.joined()
      #expect(CheckerTestSupport.verdicts(source).last?.status != .accepted, "\(name)")
    }
  }
}
