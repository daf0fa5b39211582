/// DecisionProcedures holds the native checker's trusted oracles (`omega`, `decide`, `ring`,
/// `norm_num`, `linarith`, `positivity`) and the evaluator that tests them. Each procedure decides a
/// goal given as kernel terms and, only then, returns a `Theorem` through `Theorem.oracle`, which
/// records the use in the kernel's list of trusted facts. None may be stronger than Lean's.
public enum DecisionProcedures {}
