import LeanSyntax
import ProverCore

/// The tactics of the toy backend, each a small sound rule on the first goal: `intro`, `constructor`,
/// `left`/`right`, `exists`, `obtain`/`rcases`, `induction`, `exact`/`assumption`, and closers that
/// evaluate closed goals (`decide`, `omega`, `norm_num`, `rfl`, `trivial`) or simplify with
/// `x + 0 = x`-style identities (`simp`). Nothing is accepted that is not true.
public enum ToyRules {
  /// What a tactic did to the first goal: the goals that replace it, or why it failed.
  public enum Step: Equatable {
    case goals([Goal])
    case failure(String)
  }

  public static func apply(_ tactic: String, to goal: Goal) -> Step {
    let words = tactic.split(separator: " ").map(String.init)
    guard let head = words.first else { return .failure("empty tactic") }
    guard let target = Parser.parseTerm(goal.target).value else { return .failure("cannot parse goal") }
    let facts = goal.hypotheses.flatMap { hypothesis in hypothesis.names.map { ($0, hypothesis.type) } }
    switch head {
    case "trivial", "decide", "omega", "norm_num", "rfl", "linarith", "nlinarith", "positivity":
      if head == "omega" || head == "linarith", facts.contains(where: { $0.1 == goal.target }) { return .goals([]) }
      if head == "rfl", case .binary(.equal, let l, let r) = target.kind, l == r { return .goals([]) }
      if isTrue(target) { return .goals([]) }
      return .failure("\(head) failed")
    case "simp", "simp_all":
      let simplified = simplify(target, integers: ToyEvaluator.usesIntegers(goal.target))
      if isTrue(simplified) { return .goals([]) }
      if case .binary(.equal, let l, let r) = simplified.kind, l == r { return .goals([]) }
      guard simplified != target else { return .failure("simp made no progress") }
      return .goals([Goal(caseTag: goal.caseTag, hypotheses: goal.hypotheses, target: Printer.print(simplified))])
    case "exact", "assumption":
      let name = words.count > 1 ? words[1] : nil
      if facts.contains(where: { ($0.0 == name || name == nil) && $0.1 == goal.target }) { return .goals([]) }
      return .failure("type mismatch")
    case "intro":
      return intro(Array(words.dropFirst()), target, goal)
    case "constructor":
      switch target.kind {
      case .binary(.and, let a, let b):
        return .goals([replacing(goal, a, tag: "left"), replacing(goal, b, tag: "right")])
      case .binary(.iff, let a, let b):
        let forward = Term(.binary(.implies, a, b), range: target.range)
        let backward = Term(.binary(.implies, b, a), range: target.range)
        return .goals([replacing(goal, forward, tag: "mp"), replacing(goal, backward, tag: "mpr")])
      default: return .failure("constructor failed")
      }
    case "left", "right":
      guard case .binary(.or, let a, let b) = target.kind else { return .failure("\(head) failed") }
      return .goals([replacing(goal, head == "left" ? a : b, tag: "h")])
    case "exists":
      let witness = words.dropFirst().joined(separator: " ")
      guard case .exists(let binders, let body) = target.kind, let name = binders.first?.names.first else {
        return .failure("exists failed")
      }
      var rest = binders
      rest[0].names.removeFirst()
      if rest[0].names.isEmpty { rest.removeFirst() }
      let substituted = substitute(Printer.print(body), name, "(\(witness))")
      let inner = rest.isEmpty ? substituted : "∃ \(rest.map(Printer.print).joined(separator: " ")), \(substituted)"
      guard let term = Parser.parseTerm(inner).value else { return .failure("exists: bad witness") }
      if isTrue(term) { return .goals([]) }
      return .goals([replacing(goal, term, tag: goal.caseTag)])
    case "obtain", "rcases":
      return eliminate(tactic, goal)
    case "induction":
      return induction(words, target, goal)
    default:
      return .failure("unknown tactic \(head)")
    }
  }

  static func isTrue(_ term: Term) -> Bool {
    ToyEvaluator.evaluate(term, integers: ToyEvaluator.usesIntegers(Printer.print(term))) == .truth(true)
  }

  static func replacing(_ goal: Goal, _ target: Term, tag: String?) -> Goal {
    Goal(caseTag: tag, hypotheses: goal.hypotheses, target: Printer.print(target))
  }

  static func intro(_ names: [String], _ target: Term, _ goal: Goal) -> Step {
    var current = target
    var hypotheses = goal.hypotheses
    var pendingNames = names.isEmpty ? ["h"] : names
    while !pendingNames.isEmpty {
      let name = pendingNames.removeFirst()
      switch current.kind {
      case .forall(var binders, let body):
        let bound = binders[0].names.removeFirst()
        let type = binders[0].type.map(Printer.print) ?? "Nat"
        if binders[0].names.isEmpty { binders.removeFirst() }
        hypotheses.append(Hypothesis(names: [name], type: type))
        let renamed = substitute(Printer.print(body), bound, name)
        let text = binders.isEmpty ? renamed : "∀ \(binders.map(Printer.print).joined(separator: " ")), \(renamed)"
        guard let next = Parser.parseTerm(text).value else { return .failure("intro failed") }
        current = next
      case .binary(.implies, let a, let b):
        hypotheses.append(Hypothesis(names: [name], type: Printer.print(a)))
        current = b
      case .not(let a):
        hypotheses.append(Hypothesis(names: [name], type: Printer.print(a)))
        current = Term(.identifier("False"), range: current.range)
      default:
        return .failure("no additional binders")
      }
    }
    return .goals([Goal(caseTag: goal.caseTag, hypotheses: hypotheses, target: Printer.print(current))])
  }

  static func eliminate(_ tactic: String, _ goal: Goal) -> Step {
    let source: String
    let patterns: [String]
    let isOr: Bool
    if tactic.hasPrefix("obtain ⟨"), let assign = tactic.range(of: "⟩ := ") {
      source = String(tactic[assign.upperBound...])
      patterns = tactic[tactic.index(tactic.startIndex, offsetBy: 8)..<assign.lowerBound]
        .split(separator: ",").map { $0.trimmingCharacters() }
      isOr = false
    } else if tactic.hasPrefix("rcases "), let with = tactic.range(of: " with ") {
      source = String(tactic[tactic.index(tactic.startIndex, offsetBy: 7)..<with.lowerBound])
      patterns = tactic[with.upperBound...].split(separator: "|").map { $0.trimmingCharacters() }
      isOr = true
    } else {
      return .failure("bad pattern")
    }
    guard patterns.count == 2,
      let position = goal.hypotheses.firstIndex(where: { $0.names == [source] }),
      let term = Parser.parseTerm(goal.hypotheses[position].type).value
    else { return .failure("\(source): not a hypothesis") }
    var hypotheses = goal.hypotheses
    hypotheses.remove(at: position)
    switch (term.kind, isOr) {
    case (.binary(.and, let a, let b), false):
      hypotheses += [
        Hypothesis(names: [patterns[0]], type: Printer.print(a)),
        Hypothesis(names: [patterns[1]], type: Printer.print(b)),
      ]
      return .goals([Goal(caseTag: goal.caseTag, hypotheses: hypotheses, target: goal.target)])
    case (.exists(let binders, let body), false):
      guard binders.count == 1, binders[0].names.count == 1 else { return .failure("obtain failed") }
      hypotheses += [
        Hypothesis(names: [patterns[0]], type: binders[0].type.map(Printer.print) ?? "Nat"),
        Hypothesis(names: [patterns[1]], type: substitute(Printer.print(body), binders[0].names[0], patterns[0])),
      ]
      return .goals([Goal(caseTag: goal.caseTag, hypotheses: hypotheses, target: goal.target)])
    case (.binary(.or, let a, let b), true):
      return .goals([
        Goal(
          caseTag: "inl", hypotheses: hypotheses + [Hypothesis(names: [patterns[0]], type: Printer.print(a))],
          target: goal.target),
        Goal(
          caseTag: "inr", hypotheses: hypotheses + [Hypothesis(names: [patterns[1]], type: Printer.print(b))],
          target: goal.target),
      ])
    default:
      return .failure("rcases failed")
    }
  }

  /// `induction n with | zero => ?_ | succ n ih => ?_`: the base case with `n := 0` and the step
  /// case with `ih` and `n := n + 1`.
  static func induction(_ words: [String], _ target: Term, _ goal: Goal) -> Step {
    guard words.count >= 2, let position = goal.hypotheses.firstIndex(where: { $0.names.contains(words[1]) }),
      ["Nat", "ℕ"].contains(goal.hypotheses[position].type)
    else { return .failure("induction: not a natural-number variable") }
    let variable = words[1]
    let ih = words.firstIndex(of: "succ").flatMap { $0 + 2 < words.count ? words[$0 + 2] : nil } ?? "ih"
    var hypotheses = goal.hypotheses
    hypotheses[position].names.removeAll { $0 == variable }
    if hypotheses[position].names.isEmpty { hypotheses.remove(at: position) }
    let text = Printer.print(target)
    func normalised(_ text: String) -> String { Parser.parseTerm(text).value.map(Printer.print) ?? text }
    let base = Goal(caseTag: "zero", hypotheses: hypotheses, target: normalised(substitute(text, variable, "0")))
    let step = Goal(
      caseTag: "succ",
      hypotheses: hypotheses + [Hypothesis(names: [variable], type: "Nat"), Hypothesis(names: [ih], type: text)],
      target: normalised(substitute(text, variable, "(\(variable) + 1)")))
    return .goals([base, step])
  }

  /// Rewrites `x + 0`, `0 + x`, `x * 1`, `1 * x`, `x * 0`, `0 * x`, `x ^ 0`, `x ^ 1` and closed
  /// arithmetic subterms, bottom-up.
  static func simplify(_ term: Term, integers: Bool) -> Term {
    guard case .binary(let op, let left, let right) = term.kind else { return term }
    let l = simplify(left, integers: integers)
    let r = simplify(right, integers: integers)
    let rebuilt = Term(.binary(op, l, r), range: term.range)
    if !integers, case .number(let value)? = ToyEvaluator.evaluate(rebuilt, integers: false), value >= 0 {
      return Term(.natural(String(value)), range: term.range)
    }
    let zero = Term.Kind.natural("0")
    let one = Term.Kind.natural("1")
    switch op {
    case .add where r.kind == zero: return l
    case .add where l.kind == zero: return r
    case .multiply where r.kind == one: return l
    case .multiply where l.kind == one: return r
    case .multiply where r.kind == zero || l.kind == zero: return Term(zero, range: term.range)
    case .power where r.kind == zero: return Term(one, range: term.range)
    case .power where r.kind == one: return l
    default: return rebuilt
    }
  }

  /// Replaces the identifier `name` (whole words only) with `replacement`.
  public static func substitute(_ text: String, _ name: String, _ replacement: String) -> String {
    var result = ""
    var word = ""
    func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "'" || c == "." }
    for character in text {
      if isWordCharacter(character) {
        word.append(character)
      } else {
        result += word == name ? replacement : word
        word = ""
        result.append(character)
      }
    }
    result += word == name ? replacement : word
    return result
  }
}

extension Substring {
  func trimmingCharacters() -> String {
    var text = self
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}
