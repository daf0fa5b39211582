extension NativeBackend {
  /// Builds the process-wide tables the checker otherwise builds on first use (the prelude, the
  /// generic lemma instances, the default simp set, and with `mathlib` the Mathlib prelude), so
  /// that a benchmark or a server pays for them at start-up rather than in its first request.
  public static func loadTables(mathlib: Bool = false) {
    _ = Prelude.core.lemmas.count
    _ = GenericLemmas.core
    _ = DefaultSimpSet.core
    if mathlib { _ = Prelude.mathlib.lemmas.count }
  }
}
