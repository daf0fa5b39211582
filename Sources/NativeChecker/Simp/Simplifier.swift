import Kernel

/// Lean's `simp` on kernel terms: rewrites bottom-up with the lemmas of a `SimpSet`, the given
/// hypotheses and the default simprocs until nothing applies, and proves each step in the kernel.
///
/// Subterms are simplified first (inside `+ * - / % ^`, relations, connectives, `→` without
/// using the antecedent, as `contextual := false`, and under `∀`/`∃`/`fun` binders), then the
/// term itself is rewritten and visited again. `a = a` and `p ↔ p` become `True` even with an
/// empty set (`eq_self`, `iff_self`, which `simp only` always has). Side conditions are proved by
/// simplifying them to `True`. Nothing is decided (`decide := false`).
public struct Simplifier: Sendable {
  public let set: SimpSet
  public let configuration: SimpConfiguration

  public init(set: SimpSet, configuration: SimpConfiguration = .init()) {
    self.set = set
    self.configuration = configuration
  }

  /// Simplifies `term`; `hypotheses` are rewrite rules too (`simp [h]`), reported as
  /// `hypothesis 1`, `hypothesis 2`, …. Returns nil when nothing changed (Lean: "simp made no
  /// progress"). Throws `outsideFragment` when Lean's `simp` would simplify the result further
  /// with one of its offset simprocs (`OffsetSimprocGuard`, a safety net).
  public func simplify(_ term: Term, using hypotheses: [Theorem] = []) throws(SimpFailure) -> SimpResult? {
    try simplify(term, usingNamed: hypotheses.enumerated().map { ("hypothesis \($0.offset + 1)", $0.element) })
  }

  /// Simplifies `term` with named hypotheses (`simp [h₁, h₂]` reports `h₁`, `h₂`).
  public func simplify(_ term: Term, usingNamed hypotheses: [(name: String, theorem: Theorem)]) throws(SimpFailure)
    -> SimpResult?
  {
    var rules: [SimpLemma] = []
    for (name, theorem) in hypotheses {
      rules += try SimpLemma.lemmas(name: name, theorem: theorem)
    }
    var run = SimpRun(set: set, configuration: configuration, hypotheses: rules)
    let outcome = try run.visit(term, depth: 0)
    if let (simproc, subterm) = OffsetSimprocGuard.pending(in: outcome.result, enabled: configuration.simprocs) {
      throw SimpFailure(
        .outsideFragment,
        "outside the native fragment: Lean's \(simproc.name) would simplify \(subterm) further",
        lemma: simproc.name)
    }
    guard let proof = outcome.proof, outcome.result != term else { return nil }
    return SimpResult(term: term, result: outcome.result, proof: proof, usedLemmas: run.used)
  }
}
