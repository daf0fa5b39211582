import ProverCore

/// One tactic of the fragment, with its arguments. Equality and hashing ignore source ranges.
public struct Tactic: Hashable, Sendable {
  /// The tactic and its arguments.
  public indirect enum Kind: Hashable, Sendable {
    /// A tactic without arguments: `rfl`, `omega`, `ring`, `exact?`, `sorry`, ….
    case atomic(AtomicTactic)
    /// `push_neg`, `ring_nf`, `norm_cast`, `symm`, each with an optional location.
    case located(LocatedTactic, Location?)
    /// `intro x ⟨a, b⟩ _` (no pattern: `intro`).
    case intro([Term])
    /// `intros x y` (no name: `intros`).
    case intros([String])
    /// `rintro ⟨a, b⟩ (h | h) rfl`, optionally `: T`.
    case rintro([RCasesPattern], type: Term?)
    case exact(Term)
    case apply(Term)
    case refine(Term)
    /// `exact_mod_cast e`.
    case exactModCast(Term)
    /// `use e, e'` (Mathlib).
    case use([Term])
    /// `exists e, e'`.
    case exists([Term])
    /// `cases h`, `cases h : e`, `cases h with | inl h => … | inr h => …`.
    case cases(name: String?, target: Term, alternatives: [InductionAlternative])
    /// `induction n generalizing m with | zero => … | succ n ih => …`.
    case induction(target: Term, generalizing: [String], alternatives: [InductionAlternative])
    /// `rcases h with ⟨a, b⟩ | c`.
    case rcases(target: Term, pattern: RCasesPattern?)
    /// `obtain ⟨a, b⟩ := h`, `obtain ⟨a, b⟩ : T := e`, `obtain h : T`.
    case obtain(pattern: RCasesPattern?, type: Term?, value: Term?)
    /// `rw [rules] at l` (`rewrite` when `rewriteOnly`, which does not try `rfl` afterwards).
    case rewrite(rules: [RewriteRule], location: Location?, rewriteOnly: Bool)
    /// `simp`, `simp_all`, `norm_num`, `field_simp`, `zify`, with their arguments.
    case simp(SimpCall)
    /// `linarith [facts]`, `nlinarith [facts]`.
    case linarith(LinarithCall)
    /// `by_contra h` (no name: `by_contra`).
    case byContra(String?)
    /// `by_cases h : p` (no name: `by_cases p`).
    case byCases(name: String?, proposition: Term)
    /// `show T`.
    case show(Term)
    /// `have h : T := e`, `have : T := e`, `have h := e`, or (Mathlib) `have h : T` with no value,
    /// which leaves `T` as a new goal.
    case have(name: String?, type: Term?, value: Term?)
    /// `specialize h a b` (the term is the application `h a b`).
    case specialize(Term)
    /// `subst h₁ h₂`.
    case subst([Term])
    /// `unfold f g at h`.
    case unfold([String], Location?)
    /// `calc` steps in tactic mode.
    case calc([CalcStep])
    /// `interval_cases h : x using hl, hu` (Mathlib); every part optional, `bounds` empty or two.
    case intervalCases(name: String?, target: Term?, bounds: [Term])
    /// `t₁ <;> t₂`: run `t₂` on every goal that `t₁` produces (left-associative).
    case andThen(Tactic, Tactic)
    /// `· tactics` (also written `.`): focus on the main goal, which the tactics must close.
    case focusDot(TacticBlock)
    /// `first | t₁ | t₂`.
    case first([TacticBlock])
    /// `try`, `repeat`, `all_goals`, `any_goals`, `focus` with their tactic sequence.
    case combinator(TacticCombinator, TacticBlock)
    /// `case tag x y => tactics`.
    case namedCase(tag: String, names: [String], body: TacticBlock)
    /// `next x y => tactics`.
    case next([String], TacticBlock)
    /// `(t₁; t₂)`: a sequence in parentheses. A single tactic in parentheses is that tactic.
    case parenthesized(TacticBlock)
  }

  public var kind: Kind
  @IgnoredByEquality public var range: SourceRange

  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}
