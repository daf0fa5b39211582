import Kernel
import LeanSyntax
import ProverCore

/// Lean core's logic lemmas over a type `α` and predicates on it (`not_exists`, `forall_and`,
/// `exists_or`, `Classical.not_forall`, …), read from `GenericLogic.lean` and proved by this checker
/// once for each type of the fragment (`Nat`, `Int`, `Prop`). A name stands for all its instances;
/// an application tries them in that order, which is how Lean's unifier would instantiate `α`.
public struct GenericLemmas: Sendable {
  /// The instances of each lemma, by full Lean name, in the order `Nat`, `Int`, `Prop`.
  public let instances: [String: [LemmaEntry]]
  /// The declarations of `GenericLogic.lean` that did not check at some type, with the reason.
  public let failures: [(name: String, type: String, reason: String)]

  /// The lemmas of Lean core.
  public static let core: GenericLemmas = load()

  /// Names Mathlib exports to the root namespace (`export Classical (not_forall)` and its own
  /// restatements in `Mathlib/Logic/Basic.lean`).
  static let mathlibAliases: [String: String] = [
    "not_forall": "Classical.not_forall", "not_forall_not": "Classical.not_forall_not",
    "not_exists_not": "Classical.not_exists_not", "forall_or_exists_not": "Classical.forall_or_exists_not",
    "exists_or_forall_not": "Classical.exists_or_forall_not",
  ]

  /// The instances `name` refers to in `environment` (namespaces and `open`s as for any lemma),
  /// or nil when it names no generic lemma.
  public static func lookup(_ name: String, in environment: Environment) -> [LemmaEntry]? {
    if loading { return nil }
    for candidate in environment.candidates(name) {
      if let found = core.instances[candidate] { return found }
    }
    if environment.mathlib, let target = mathlibAliases[name] { return core.instances[target] }
    return nil
  }

  /// Every instance, for `exact?` and the tests.
  public var allInstances: [LemmaEntry] {
    instances.keys.sorted().flatMap { instances[$0] ?? [] }
  }

  /// The types `α` is instantiated at, as Lean source.
  static let types = ["Nat", "Int", "Prop"]

  /// Set while `GenericLogic.lean` is checked, whose proofs must not use the table being built.
  @TaskLocal static var loading = false

  static func load() -> GenericLemmas {
    $loading.withValue(true) { loadInstances() }
  }

  private static func loadInstances() -> GenericLemmas {
    let template = Prelude.source("GenericLogic")
    var instances: [String: [LemmaEntry]] = [:]
    var failures: [(String, String, String)] = []
    var checkedOnce: Set<String> = []
    let source = SourceFile(text: template, path: "GenericLogic.lean")
    let generic = Set(
      source.declarations.filter { declaration in
        source.tokens[declaration.bodyTokenRange].contains { $0.text == "α" }
      }.compactMap(\.fullName))
    for type in types {
      let file = SourceFile(text: template.replacingOccurrences(of: "α", with: type), path: "GenericLogic.lean")
      var session = FileSession(file: file, environment: Environment.standard(mathlib: false))
      for index in file.declarations.indices {
        let declaration = file.declarations[index]
        guard let name = declaration.fullName else { continue }
        // A lemma that does not mention `α` has one instance.
        if !generic.contains(name), checkedOnce.contains(name) { continue }
        checkedOnce.insert(name)
        session.environment.variables = sectionVariables(type, excluding: boundNames(declaration, in: file))
        let verdict = session.check(index)
        guard verdict.status == .accepted, let entry = session.environment.lemmas[name] else {
          failures.append((name, type, verdict.diagnostics.first?.message ?? "\(verdict.status)"))
          continue
        }
        instances[name, default: []].append(entry)
      }
    }
    return GenericLemmas(instances: instances, failures: failures)
  }

  /// The names the declaration's own binders introduce (they shadow section variables).
  private static func boundNames(_ declaration: Declaration, in file: SourceFile) -> Set<String> {
    Set(file.parseBody(of: declaration).signature?.binders.flatMap(\.names) ?? [])
  }

  /// `variable {p q : α → Prop} (P : α → Prop) {b c : Prop}` at one type, as binder syntax (the
  /// parser admits no predicate types in user files).
  private static func sectionVariables(_ type: String, excluding: Set<String>) -> [Binder] {
    let range = SourceRange(at: .start)
    let predicate = Syntax(
      .binary(.implies, Syntax(type == "Prop" ? .prop : .identifier(type), range: range), Syntax(.prop, range: range)),
      range: range)
    let groups: [([String], Syntax, Binder.Visibility)] = [
      (["p", "q"], predicate, .implicit), (["P"], predicate, .explicit),
      (["b", "c"], Syntax(.prop, range: range), .implicit),
    ]
    return groups.compactMap { names, type, visibility in
      let kept = names.filter { !excluding.contains($0) }
      return kept.isEmpty ? nil : Binder(names: kept, type: type, visibility: visibility, range: range)
    }
  }
}
