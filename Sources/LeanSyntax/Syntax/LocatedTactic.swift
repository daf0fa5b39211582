/// The tactics of the fragment whose only argument is an optional location (`push_neg at h`).
public enum LocatedTactic: String, CaseIterable, Hashable, Sendable {
  case pushNeg = "push_neg"
  case ringNF = "ring_nf"
  case normCast = "norm_cast"
  case symm
}
