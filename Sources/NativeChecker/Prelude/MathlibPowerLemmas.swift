import Kernel
import LeanSyntax

/// Mathlib's monoid lemmas about powers (`pow_two`, its alias `sq`, `pow_succ`), stated in Mathlib
/// for any monoid, at ℕ and ℤ. Each instance has Mathlib's statement and is proved by this checker
/// from Lean core's lemmas (nothing new is admitted).
enum MathlibPowerLemmas {
  /// The proofs of the instances, from core lemmas, under working names.
  static let source = """
    theorem pow_two_nat (a : Nat) : a ^ 2 = a * a := Nat.pow_two a
    theorem pow_two_int (a : Int) : a ^ 2 = a * a := by rw [Int.pow_succ', Int.pow_one]
    theorem pow_succ_nat (a : Nat) (n : Nat) : a ^ (n + 1) = a ^ n * a := Nat.pow_succ a n
    theorem pow_succ_int (a : Int) (n : Nat) : a ^ (n + 1) = a ^ n * a := by rw [Int.pow_succ', Int.mul_comm]
    """

  /// Mathlib's name of each lemma, and the working names of its instances in the order ℕ, ℤ.
  static let names: [String: [String]] = [
    "pow_two": ["pow_two_nat", "pow_two_int"], "sq": ["pow_two_nat", "pow_two_int"],
    "pow_succ": ["pow_succ_nat", "pow_succ_int"],
  ]

  /// The instances by Mathlib name; a name whose proofs did not check has no entry.
  static let families: [String: [LemmaEntry]] = {
    var session = FileSession(
      file: SourceFile(text: source, path: "MathlibPowerLemmas.lean"), environment: Environment.standard(mathlib: false)
    )
    _ = session.checkAll()
    var families: [String: [LemmaEntry]] = [:]
    for (name, instances) in names {
      let entries = instances.compactMap { session.environment.lemmas[$0] }
      guard entries.count == instances.count else { continue }
      families[name] = entries.map { entry in
        LemmaEntry(
          name: name, statement: entry.statement, argumentKinds: entry.argumentKinds,
          argumentNames: entry.argumentNames, isSimp: false, isProtected: false, theorem: entry.theorem)
      }
    }
    return families
  }()

  /// The instances of a Mathlib power lemma, in a file that imports Mathlib.
  static func family(_ name: String, in environment: Environment) -> [LemmaEntry]? {
    environment.mathlib ? families[name] : nil
  }
}
