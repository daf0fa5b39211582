import LeanSyntax
import ProverCore

/// Checks a Lean file through any `ProofBackend` (a real Lean REPL, or `prover repl`): the file is
/// loaded once, as Lean elaborates it, and each message is attributed to the declaration whose
/// source range holds it. A declaration is `sorry` when it has a `sorry` hole, `unsupported` when an
/// error says it is outside the native fragment, `rejected` on any other error, and otherwise
/// `accepted`.
public struct BackendFileChecker: Sendable {
  public let backend: any ProofBackend

  public init(backend: any ProofBackend) {
    self.backend = backend
  }

  /// The verdict of every declaration of `file`, in source order.
  public func check(_ file: SourceFile) async throws -> [BackendVerdict] {
    try await report(file).declarations
  }

  /// The verdict of every declaration of `file`, and the errors that lie in no declaration (a stray
  /// token after a proof, an `end` that closes nothing, garbage between declarations): Lean rejects
  /// a file with such an error even when each declaration elaborates.
  public func report(_ file: SourceFile) async throws -> BackendFileReport {
    let loaded = try await backend.load(file.text, context: nil)
    let diagnostics = loaded.diagnostics.map { diagnostic in
      var located = diagnostic
      located.location.file = file.path
      return located
    }
    let firstDeclaration = file.declarations.first.map { Self.key($0.range.start) } ?? [Int.max, 0]
    // A header command outside the native fragment makes every declaration unsupported; any other
    // error before the first declaration (an `end` that closes nothing) is an error of the file.
    let headerErrors = diagnostics.filter {
      $0.severity == .error && Self.isUnsupported($0)
        && Self.key($0.location.range.start).lexicographicallyPrecedes(firstDeclaration)
    }
    let declarations = file.declarations.indices.map { index in
      let declaration = file.declarations[index]
      func verdict(_ status: BackendVerdict.Status, _ diagnostics: [Diagnostic]) -> BackendVerdict {
        BackendVerdict(label: declaration.label, name: declaration.fullName, status: status, diagnostics: diagnostics)
      }
      if let headerError = headerErrors.first {
        return verdict(.unsupported, [headerError])
      }
      let mine = diagnostics.filter { Self.contains(declaration.range, $0.location.range.start) }
      let errors = mine.filter { $0.severity == .error }
      let holes = file.holes(inDeclaration: index)
      if !holes.isEmpty || mine.contains(where: Self.reportsSorry) {
        return verdict(.sorry, mine.filter(Self.reportsSorry))
      }
      if let error = errors.first {
        return verdict(Self.isUnsupported(error) ? .unsupported : .rejected, errors)
      }
      return verdict(.accepted, [])
    }
    let fileErrors = diagnostics.filter { diagnostic in
      diagnostic.severity == .error
        && !file.declarations.contains { Self.contains($0.range, diagnostic.location.range.start) }
        && (file.declarations.isEmpty || !headerErrors.contains(diagnostic))
    }
    return BackendFileReport(declarations: declarations, fileErrors: fileErrors)
  }

  /// A position as (line, column): backends agree on these, not always on byte offsets.
  static func key(_ position: SourcePosition) -> [Int] { [position.line, position.column] }

  static func contains(_ range: SourceRange, _ position: SourcePosition) -> Bool {
    !key(position).lexicographicallyPrecedes(key(range.start))
      && key(position).lexicographicallyPrecedes(key(range.end))
  }

  static func isUnsupported(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.category == .unsupported || diagnostic.message.hasPrefix("outside the native fragment")
  }

  static func reportsSorry(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.message.contains("declaration uses 'sorry'") || diagnostic.message.contains("declaration uses `sorry`")
  }
}
