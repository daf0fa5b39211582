import Foundation
import Kernel
import LeanSyntax
import ProverCore

/// Checks every declaration of a Lean file in order, as Lean does: header commands change the
/// environment (`open`, `namespace`, `variable`), and each accepted theorem is available to the
/// declarations after it. A declaration is accepted only when its proof was replayed through the
/// kernel against its elaborated statement.
public struct FileChecker: Sendable {
  public init() {}

  /// The verdict of each declaration of the file, in source order.
  public func check(_ file: SourceFile) -> [DeclarationVerdict] {
    var session = FileSession(file: file)
    return session.checkAll(extendsEnvironmentAtEnd: false)
  }

  /// Reads and checks a file.
  public func check(path: String) throws(Diagnostic) -> [DeclarationVerdict] {
    check(try SourceFile.read(path: path))
  }
}

/// The state of checking one file: its environment as the declarations go by.
struct FileSession {
  let file: SourceFile
  var environment: Environment

  init(file: SourceFile) {
    self.file = file
    environment = Environment.standard(for: file)
  }

  /// A session over a given environment (the prelude's own proofs start from the axioms alone).
  init(file: SourceFile, environment: Environment) {
    self.file = file
    self.environment = environment
  }

  /// Header items and declarations in source order.
  enum Item {
    case header(HeaderItem)
    case declaration(Int)
  }

  var items: [Item] {
    var result: [(Int, Item)] = file.header.map { ($0.range.start.offset, .header($0)) }
    result += file.declarations.indices.map { (file.declarations[$0].range.start.offset, .declaration($0)) }
    return result.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// The byte offset where an item starts in the file.
  func startOffset(of item: Item) -> Int {
    switch item {
    case .header(let header): header.range.start.offset
    case .declaration(let index): file.declarations[index].range.start.offset
    }
  }

  /// Checks every item in order. With `extendsEnvironmentAtEnd` false the last declaration is
  /// not added to the environment (nothing reads it after), which spares a copy of the lemma table.
  mutating func checkAll(extendsEnvironmentAtEnd: Bool = true) -> [DeclarationVerdict] {
    var verdicts: [DeclarationVerdict] = []
    var headerError: CheckError?
    let items = self.items
    let lastDeclaration = items.lastIndex {
      if case .declaration = $0 { return true }
      return false
    }
    for (position, item) in items.enumerated() {
      switch item {
      case .header(let header):
        if header.kind == .import {
          let modules = header.text.split(whereSeparator: \.isWhitespace).dropFirst()
          if let other = modules.first(where: { $0 != "Mathlib" && !$0.hasPrefix("Mathlib.") }) {
            headerError = .unsupported("import \(other)", at: header.range)
          }
        }
        if let error = environment.apply(header) { headerError = headerError ?? error }
      case .declaration(let index):
        if let headerError {
          let declaration = file.declarations[index]
          verdicts.append(
            DeclarationVerdict(
              label: declaration.label, name: declaration.fullName, status: .unsupported,
              diagnostics: [headerError.diagnostic(file: file.path, fallback: declaration.keywordRange)], trusted: []))
          continue
        }
        verdicts.append(check(index, extendsEnvironment: extendsEnvironmentAtEnd || position != lastDeclaration))
      }
    }
    return verdicts
  }

  /// Checks declaration `index` and, when accepted and `extendsEnvironment`, adds it to the
  /// environment.
  mutating func check(_ index: Int, extendsEnvironment: Bool = true) -> DeclarationVerdict {
    let declaration = file.declarations[index]
    func verdict(_ status: DeclarationVerdict.Status, _ diagnostics: [Diagnostic], trusted: [String] = [])
      -> DeclarationVerdict
    {
      DeclarationVerdict(
        label: declaration.label, name: declaration.fullName, status: status, diagnostics: diagnostics,
        trusted: trusted)
    }
    let holes = file.holes(inDeclaration: index)
    if !holes.isEmpty {
      return verdict(
        .sorry,
        holes.map {
          Diagnostic(
            severity: .warning, category: .tactic, location: file.location($0.range),
            message: "declaration uses `sorry`")
        })
    }
    do {
      let theorem = try prove(declaration)
      if extendsEnvironment, let name = declaration.fullName {
        environment.add(theorem.entry(name: name, declaration: declaration))
      }
      return verdict(.accepted, [], trusted: theorem.trusted)
    } catch {
      let diagnostic = error.diagnostic(file: file.path, fallback: declaration.keywordRange)
      return verdict(error.kind == .unsupported ? .unsupported : .rejected, [diagnostic])
    }
  }

  /// A proved declaration: its statement and theorem.
  struct Proved {
    var statement: DeclarationStatement
    var theorem: Theorem

    func entry(name: String, declaration: Declaration) -> LemmaEntry {
      LemmaEntry(
        name: name, statement: statement.statement, argumentKinds: statement.argumentKinds,
        argumentNames: statement.argumentNames, isSimp: declaration.attributes.contains { $0.contains("simp") },
        isProtected: declaration.modifiers.contains("protected"), theorem: theorem)
    }

    var trusted: [String] {
      var result: [String] = []
      if theorem.dependencies.contains(.admittedLemma) { result.append("admitted lemma") }
      for procedure in OracleProcedure.allCases where theorem.dependencies.contains(.oracle(procedure)) {
        result.append("oracle \(procedure.rawValue)")
      }
      return result
    }
  }

  func prove(_ declaration: Declaration) throws(CheckError) -> Proved {
    let (statement, proof) = try DeclarationStatement.read(declaration, of: file, environment: environment)
    let range = declaration.valueRange ?? declaration.keywordRange
    let rootTheorem: Theorem
    switch proof {
    case .tactics(let block):
      // Lean reports the goals a top-level block leaves at the whole `by` term.
      let located = TacticBlock(block.tactics, range: range)
      rootTheorem = try TacticRunner(environment: environment).prove(statement.goal, located)
    case .term(let term):
      let elaborator = Elaborator(environment: environment, context: statement.goal.context)
      rootTheorem = try elaborator.proof(term, expected: statement.goal.target)
    }
    return Proved(statement: statement, theorem: try statement.close(rootTheorem, at: range))
  }
}
