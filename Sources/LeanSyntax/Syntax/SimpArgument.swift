/// One entry of a simp set in brackets: a lemma (possibly reversed `← h`), `*` for all
/// hypotheses, or `-name` to remove a lemma.
public enum SimpArgument: Hashable, Sendable {
  case lemma(Term, reversed: Bool)
  case allHypotheses
  case erase(Term)
}
