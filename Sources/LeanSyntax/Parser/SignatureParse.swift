import ProverCore

/// The outcome of parsing a declaration's signature up to and including `:=`: the signature, and
/// the index (in the given token slice) of the first token after `:=`, where the proof begins.
public struct SignatureParse: Hashable, Sendable {
  public var signature: DeclarationSignature?
  public var proofStart: Int?
  public var diagnostics: [Diagnostic]

  public init(signature: DeclarationSignature?, proofStart: Int?, diagnostics: [Diagnostic]) {
    self.signature = signature
    self.proofStart = proofStart
    self.diagnostics = diagnostics
  }
}
