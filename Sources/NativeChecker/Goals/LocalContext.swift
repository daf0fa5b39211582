import Kernel

/// The local context of a goal: variables and named hypotheses in the order Lean shows them.
/// Each variable is a kernel variable whose kernel name is unique in the context, so shadowing a
/// user name (`n` introduced twice) never identifies two different variables; the user name is
/// kept for printing, where a shadowed or inaccessible entry shows as `n✝`.
struct LocalContext: Sendable {
  /// One entry of the context.
  struct Entry: Sendable {
    /// The user-facing name (`h`, `n`; `this`; `a` for an inaccessible `a✝`).
    var name: String
    /// The variable itself (`Term.variable`) or the hypothesis's proposition.
    var term: KTerm
    var isHypothesis: Bool
    /// False for names the user cannot refer to (printed `name✝`).
    var accessible: Bool
  }

  var entries: [Entry] = []

  /// The variables, in order.
  var variables: [KTerm] { entries.filter { !$0.isHypothesis }.map(\.term) }

  /// The hypotheses' propositions, in order.
  var hypotheses: [KTerm] { entries.filter(\.isHypothesis).map(\.term) }

  /// The last accessible entry with this name.
  func lookup(_ name: String) -> Entry? {
    entries.last { $0.accessible && $0.name == name }
  }

  /// A kernel variable for the user name `name`, distinct from every variable of the context.
  func freshVariable(_ name: String, _ type: TermType) -> KTerm {
    var taken: Set<String> = []
    for entry in entries {
      if entry.isHypothesis {
        for variable in entry.term.freeVariables { taken.insert(variable.variableName ?? "") }
      } else {
        taken.insert(entry.term.variableName ?? "")
      }
    }
    let base = name.isEmpty || name == "_" ? "x" : name
    if !taken.contains(base) { return KTerm.variable(base, type) }
    var suffix = 1
    while taken.contains("\(base)@\(suffix)") { suffix += 1 }
    return KTerm.variable("\(base)@\(suffix)", type)
  }

  /// Adds a variable named `name` (or an inaccessible one) and returns its kernel variable.
  mutating func addVariable(_ name: String, _ type: TermType, accessible: Bool = true) -> KTerm {
    let variable = freshVariable(name, type)
    entries.append(Entry(name: name, term: variable, isHypothesis: false, accessible: accessible))
    return variable
  }

  mutating func addHypothesis(_ name: String, _ proposition: KTerm, accessible: Bool = true) {
    entries.append(Entry(name: name, term: proposition, isHypothesis: true, accessible: accessible))
  }

  /// Removes the last accessible hypothesis with this name.
  mutating func removeHypothesis(named name: String) {
    if let index = entries.lastIndex(where: { $0.isHypothesis && $0.accessible && $0.name == name }) {
      entries.remove(at: index)
    }
  }

  /// A name not used by any accessible entry: `base`, else `base_1`, … (Lean's `mkFreshUserName`
  /// is not needed here: inaccessible names print with `✝`).
  func unusedName(_ base: String) -> String {
    if lookup(base) == nil { return base }
    var suffix = 1
    while lookup("\(base)_\(suffix)") != nil { suffix += 1 }
    return "\(base)_\(suffix)"
  }

  /// The display name of each variable (for the printer): shadowed and inaccessible names get `✝`.
  var displayNames: [KTerm: String] {
    var names: [KTerm: String] = [:]
    for (index, entry) in entries.enumerated() where !entry.isHypothesis {
      let shadowed = entries[(index + 1)...].contains { $0.name == entry.name && $0.accessible }
      names[entry.term] = entry.accessible && !shadowed ? entry.name : entry.name + "✝"
    }
    return names
  }

  /// The display name of each entry, in order.
  var entryDisplayNames: [String] {
    entries.enumerated().map { index, entry in
      let shadowed = entries[(index + 1)...].contains { $0.name == entry.name && $0.accessible }
      return entry.accessible && !shadowed ? entry.name : entry.name + "✝"
    }
  }
}
