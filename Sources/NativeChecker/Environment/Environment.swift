import Kernel
import LeanSyntax

/// What a declaration can see: whether Mathlib is imported (it decides the tactics, the lemmas
/// and the spelling `ℕ`/`ℤ`), the open namespaces, the current namespace, and the theorems by
/// their full Lean names (the prelude's and the file's earlier ones).
public struct Environment: Sendable {
  public internal(set) var mathlib: Bool
  /// Whether `ℕ` and `ℤ` exist and goals print with them: Mathlib's notation, which every Mathlib
  /// import but the few low tactic modules brings.
  public internal(set) var blackboardNotation: Bool
  /// The current namespace components, outermost first (`["Peano"]`).
  public internal(set) var namespaces: [String] = []
  /// Namespaces opened with `open`.
  public internal(set) var opens: [String] = []
  var lemmas: [String: LemmaEntry]
  /// The theorems of `lemmas` tagged `@[simp]`, except (in a standard environment) those of Lean
  /// core's prelude, which the default simp set has: `simp` finds the others here without scanning
  /// every theorem.
  private(set) var simpLemmas: [String: LemmaEntry]
  /// The binders of `variable` commands in scope.
  var variables: [Binder] = []
  /// Open scopes: how many namespace components and open namespaces each added.
  private var scopes: [(components: Int, opens: Int, variables: Int)] = []

  init(mathlib: Bool, lemmas: [String: LemmaEntry], simpLemmas: [String: LemmaEntry]? = nil) {
    self.mathlib = mathlib
    self.blackboardNotation = mathlib
    self.lemmas = lemmas
    self.simpLemmas = simpLemmas ?? lemmas.filter { $0.value.isSimp }
  }

  /// The simp lemmas of Mathlib's prelude that Lean core's prelude does not have, filtered once.
  private static let mathlibSimpLemmas = Prelude.mathlib.lemmas.filter {
    $0.value.isSimp && Prelude.core.lemmas[$0.key] == nil
  }

  /// The environment of a file with this header: Lean core's prelude, with Mathlib's lemmas when
  /// `mathlib` is set.
  public static func standard(mathlib: Bool) -> Environment {
    Environment(
      mathlib: mathlib, lemmas: mathlib ? Prelude.mathlib.lemmas : Prelude.core.lemmas,
      simpLemmas: mathlib ? mathlibSimpLemmas : [:])
  }

  /// Mathlib modules that do not bring the notations `ℕ` and `ℤ`.
  static let modulesWithoutNotation: Set<String> = ["Mathlib.Tactic.Cases", "Mathlib.Tactic.Basic", "Mathlib.Init"]

  /// The environment of a file: Mathlib's tactics with any Mathlib import, its notation with all
  /// but the lowest modules.
  public static func standard(for file: SourceFile) -> Environment {
    var environment = standard(mathlib: file.importsMathlib)
    let modules = file.header.filter { $0.kind == .import }.flatMap {
      $0.text.split(whereSeparator: \.isWhitespace).dropFirst().map(String.init)
    }
    environment.blackboardNotation = modules.contains {
      $0.hasPrefix("Mathlib") && !modulesWithoutNotation.contains($0)
    }
    return environment
  }

  /// The number of theorems in scope.
  public var lemmaCount: Int { lemmas.count }

  /// Every theorem in scope.
  public var allLemmas: [LemmaEntry] { Array(lemmas.values) }

  /// The names `name` can stand for, in Lean's order of preference: in the current namespace and
  /// its parents (innermost first), as written, then in the open namespaces.
  func candidates(_ name: String) -> [String] {
    var result: [String] = []
    var prefixes = namespaces
    while !prefixes.isEmpty {
      result.append((prefixes + [name]).joined(separator: "."))
      prefixes.removeLast()
    }
    result.append(name)
    for space in opens { result.append(space + "." + name) }
    return result
  }

  /// The theorem that `name` refers to here.
  public func lemma(named name: String) -> LemmaEntry? {
    var prefixes = namespaces
    while !prefixes.isEmpty {
      if let entry = lemmas[(prefixes + [name]).joined(separator: ".")] { return entry }
      prefixes.removeLast()
    }
    if let entry = lemmas[name] { return entry }
    for space in opens {
      if let entry = lemmas[space + "." + name], !entry.isProtected { return entry }
    }
    return nil
  }

  /// Adds a theorem under its full name.
  mutating func add(_ entry: LemmaEntry) {
    lemmas[entry.name] = entry
    simpLemmas[entry.name] = entry.isSimp ? entry : nil
  }

  /// Applies a header command: `open`, `namespace`, `section`, `end`. Returns an error for a
  /// command outside the fragment.
  mutating func apply(_ item: HeaderItem) -> CheckError? {
    switch item.kind {
    case .open:
      let words = item.text.split(whereSeparator: \.isWhitespace).dropFirst()
      for word in words {
        if word.contains("(") || word == "in" || word == "hiding" || word == "renaming" { break }
        opens.append(String(word))
      }
    case .namespace:
      let components = item.name.split(separator: ".").map(String.init)
      scopes.append((components.count, opens.count, variables.count))
      namespaces += components
    case .section:
      scopes.append((0, opens.count, variables.count))
    case .end:
      if let scope = scopes.popLast() {
        namespaces.removeLast(min(scope.components, namespaces.count))
        opens.removeLast(max(0, opens.count - scope.opens))
        variables.removeLast(max(0, variables.count - scope.variables))
      }
    case .variable:
      let text = item.text.drop { !$0.isWhitespace }
      let parse = Parser.parseDeclarationBody(String(text) + " : True := trivial", file: "<variable>")
      guard let signature = parse.signature else { return .unsupported("variable", at: item.range) }
      variables += signature.binders
    case .setOption:
      let words = item.text.split(whereSeparator: \.isWhitespace)
      if words.count >= 3, words[1] == "push_neg.use_distrib", words[2] != "false" {
        return .unsupported("set_option push_neg.use_distrib", at: item.range)
      }
    case .import, .universe, .attribute, .other:
      break
    }
    return nil
  }
}
