/// The proof of a declaration, after `:=`: a tactic block (`:= by …`) or a term.
public enum ProofSyntax: Hashable, Sendable {
  case tactics(TacticBlock)
  case term(Term)
}
