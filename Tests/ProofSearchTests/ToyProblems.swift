/// Small files for the toy backend: true statements the toy's rules can prove, and false ones.
enum ToyProblems {
  static let provable = """
    namespace Toy

    /-- A conjunction of closed facts. -/
    theorem t_and : 2 + 2 = 4 ∧ 3 < 5 := by sorry

    theorem t_forall : ∀ n : Nat, n = 3 → n = 3 := by
      sorry

    theorem t_or : 2 = 3 ∨ 4 = 4 := by sorry

    theorem t_exists : ∃ k : Nat, k + 3 = 5 := by sorry

    theorem t_obtain (a : Nat) (h : a = 1 ∧ 2 = 2) : a = 1 := by
      sorry

    theorem t_nested : (1 < 2 ∧ 2 < 3) ∧ (3 = 3 ∨ 1 = 0) := by sorry

    theorem t_induction (n : Nat) : n * 0 + 0 = 0 := by
      sorry

    end Toy
    """

  static let provableCount = 7

  static let falseStatements = """
    theorem f_closed : 2 + 2 = 5 := by sorry

    theorem f_and : 2 + 2 = 4 ∧ 1 < 0 := by sorry

    theorem f_exists : ∃ k : Nat, k + 3 = 2 := by sorry

    theorem f_or : 2 = 3 ∨ 4 = 5 := by sorry

    theorem f_sub : (3 : Nat) - 5 + 5 = 3 := by sorry
    """
}
