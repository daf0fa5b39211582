import Kernel

/// A fact waiting to be read by the omega front end: a kernel proposition (a hypothesis or one
/// derived from it), a negated one, a linear constraint, or a combination of these. The atom
/// facts of `if`-shaped atoms (`min`, `max`, `natAbs`) need `atomEquation`, since the atom has no
/// kernel term of its own to equate.
indirect enum OmegaFact: Sendable {
  case proposition(Term)
  case negation(Term)
  /// `combo = 0` when `isEquality`, else `combo ≥ 0`.
  case linear(OmegaLinearCombo, isEquality: Bool)
  /// `atom[index] = value`.
  case atomEquation(index: Int, value: Term)
  case conjunction(OmegaFact, OmegaFact)
  case disjunction(OmegaFact, OmegaFact)
}
