/// The two quantifiers of the fragment.
public enum Quantifier: String, Hashable, Sendable {
  case forall = "∀"
  case exists = "∃"
}
