import ProverCore

/// The outcome of parsing a declaration after its name: its signature and proof, or the diagnostic
/// that stopped the parser. When the signature parsed but the proof did not, the signature is kept
/// (the statement is usable) and the proof is nil.
public struct DeclarationBodyParse: Hashable, Sendable {
  public var signature: DeclarationSignature?
  public var proof: ProofSyntax?
  public var diagnostics: [Diagnostic]

  public init(signature: DeclarationSignature?, proof: ProofSyntax?, diagnostics: [Diagnostic]) {
    self.signature = signature
    self.proof = proof
    self.diagnostics = diagnostics
  }
}
