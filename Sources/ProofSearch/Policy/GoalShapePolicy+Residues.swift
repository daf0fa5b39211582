import LeanSyntax

extension GoalShapePolicy {
  /// The largest modulus split into residues: `x % m = 0 ∨ … ∨ x % m = m - 1` has m cases.
  static let largestSplitModulus = 8

  /// Case analysis on residues, as a human proves `3 ∣ n ^ 3 + 2 * n` or `a ^ 2 % 4 = 0 ∨ …`: for a
  /// literal modulus m of the target (`_ % m`, `m ∣ _`) and a variable x of the target, state
  /// `x % m = 0 ∨ … ∨ x % m = m - 1` by `omega`.
  func residueSplits(_ shape: GoalShape, into proposals: inout Proposals) {
    guard let target = shape.target else { return }
    let moduli = Self.moduli(of: target).filter { (2...Self.largestSplitModulus).contains($0) }
    guard !moduli.isEmpty else { return }
    let mentioned = Self.identifiersOutsideExponents(target)
    let variables = (shape.naturals + shape.integers).filter { mentioned.contains($0) }.prefix(2)
    let name = shape.freshName("h")
    for modulus in moduli.prefix(2) {
      for variable in variables {
        let alreadySplit = shape.facts.contains { Self.residueDisjunction($0.term)?.variable == variable }
        guard !alreadySplit else { continue }
        let cases = (0..<modulus).map { "\(variable) % \(modulus) = \($0)" }.joined(separator: " ∨ ")
        proposals.add("have \(name) : \(cases) := by omega", 0.6, family: "residue-split")
      }
    }
  }

  /// For a hypothesis `h : x % m = 0 ∨ … ∨ x % m = m - 1`: one case per residue, each closed by
  /// `simp` with the lemmas that push `%` through `+`, `*` and `^` and with `h`, which leaves
  /// arithmetic on literals.
  func residueCases(_ fact: GoalShape.Fact, _ shape: GoalShape, context: PolicyContext, into proposals: inout Proposals)
  {
    guard let split = Self.residueDisjunction(fact.term), let target = shape.target else { return }
    let patterns = Array(repeating: fact.name, count: split.cases).joined(separator: " | ")
    let head = "rcases \(fact.name) with \(patterns) <;> "
    if shape.naturals.contains(split.variable) {
      let powers = Self.hasLiteralBasePower(target) ? "" : "Nat.pow_mod, "
      let lemmas = "Nat.dvd_iff_mod_eq_zero, \(powers)Nat.add_mod, Nat.mul_mod, \(fact.name)"
      proposals.add(head + "simp [\(lemmas)]", 1.0, family: "residue-cases")
      proposals.add(head + "simp [\(lemmas)] <;> omega", 0.6, family: "residue-cases")
    } else if shape.integers.contains(split.variable), context.importsMathlib {
      let powers = Self.smallPowers(in: target).map { base, exponent in
        let simple = base.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "'" }
        let factor = simple ? base : "(\(base))"
        let product = Array(repeating: factor, count: exponent).joined(separator: " * ")
        return "show \(factor) ^ \(exponent) = \(product) by ring, "
      }.joined()
      let lemmas = "Int.dvd_iff_emod_eq_zero, \(powers)Int.mul_emod"
      proposals.add(head + "simp [\(lemmas), \(fact.name)]", 1.0, family: "residue-cases")
      proposals.add(head + "simp [\(lemmas), Int.add_emod, \(fact.name)]", 0.6, family: "residue-cases")
    }
  }

  /// For hypotheses that fix residues (`x % m = r`, literals m and r) modulo a modulus of the target:
  /// `simp` with the lemmas that push `%` through `+`, `*` and `^` and with those hypotheses, which
  /// leaves arithmetic on literals (`(x + 1) ^ 2 * (y + 5) ^ 3 % 19` from `x % 19` and `y % 19`).
  func residueRewrites(_ shape: GoalShape, context: PolicyContext, into proposals: inout Proposals) {
    guard let target = shape.target else { return }
    let moduli = Set(Self.moduli(of: target))
    var naturals: [String] = []
    var integers: [String] = []
    for fact in shape.facts {
      guard case .binary(.equal, let left, let right)? = fact.term?.kind, case .natural = right.kind,
        case .binary(.modulo, let dividend, let divisor) = left.kind, case .identifier(let variable) = dividend.kind,
        case .natural(let text) = divisor.kind, let modulus = Int(text), moduli.contains(modulus)
      else { continue }
      if shape.naturals.contains(variable) { naturals.append(fact.name) }
      if shape.integers.contains(variable) { integers.append(fact.name) }
    }
    if !naturals.isEmpty, integers.isEmpty {
      let powers = Self.hasLiteralBasePower(target) ? "" : "Nat.pow_mod, "
      let lemmas = "Nat.dvd_iff_mod_eq_zero, \(powers)Nat.mul_mod, Nat.add_mod, " + naturals.joined(separator: ", ")
      proposals.add("simp [\(lemmas)]", 0.7, family: "residue-rewrite")
    }
    if !integers.isEmpty, naturals.isEmpty, context.importsMathlib {
      let lemmas = "Int.dvd_iff_emod_eq_zero, pow_succ, Int.mul_emod, Int.add_emod, " + integers.joined(separator: ", ")
      proposals.add("simp [\(lemmas)]", 0.7, family: "residue-rewrite")
    }
  }

  /// The variable, modulus and case count of `x % m = 0 ∨ x % m = 1 ∨ …` (at least two cases, one
  /// variable, one modulus).
  static func residueDisjunction(_ term: Term?) -> (variable: String, modulus: String, cases: Int)? {
    guard let term else { return nil }
    var disjuncts: [Term] = []
    var rest = term
    while case .binary(.or, let left, let right) = rest.kind {
      disjuncts.append(left)
      rest = right
    }
    disjuncts.append(rest)
    guard disjuncts.count >= 2 else { return nil }
    var found: (variable: String, modulus: String)?
    for disjunct in disjuncts {
      guard case .binary(.equal, let left, let right) = disjunct.kind, case .natural = right.kind,
        case .binary(.modulo, let dividend, let divisor) = left.kind, case .identifier(let variable) = dividend.kind,
        case .natural(let modulus) = divisor.kind
      else { return nil }
      if let found, found != (variable, modulus) { return nil }
      found = (variable, modulus)
    }
    guard let found else { return nil }
    return (found.variable, found.modulus, disjuncts.count)
  }

  /// The identifiers of a term that occur outside the exponents of powers: a residue of a variable
  /// that is only an exponent says nothing `simp` can use.
  static func identifiersOutsideExponents(_ term: Term) -> Set<String> {
    var result: Set<String> = []
    var stack = [term]
    while let current = stack.popLast() {
      switch current.kind {
      case .identifier(let name): result.insert(name)
      case .binary(.power, let base, _): stack.append(base)
      default: stack += GoalShape.children(of: current)
      }
    }
    return result
  }

  /// Whether a term has a power of a literal (`2 ^ n`), on which `Nat.pow_mod` rewrites forever.
  static func hasLiteralBasePower(_ term: Term) -> Bool {
    var stack = [term]
    while let current = stack.popLast() {
      if case .binary(.power, let base, _) = current.kind, case .natural = base.kind { return true }
      stack += GoalShape.children(of: current)
    }
    return false
  }

  /// The literal moduli of a term (`_ % m`, `m ∣ _`), in order of first appearance.
  static func moduli(of term: Term) -> [Int] {
    var result: [Int] = []
    var stack = [term]
    while let current = stack.popLast() {
      switch current.kind {
      case .binary(.modulo, _, let divisor):
        if case .natural(let text) = divisor.kind, let value = Int(text), !result.contains(value) {
          result.append(value)
        }
      case .binary(.divides, let divisor, _):
        if case .natural(let text) = divisor.kind, let value = Int(text), !result.contains(value) {
          result.append(value)
        }
      default:
        break
      }
      stack += GoalShape.children(of: current).reversed()
    }
    return result
  }

  /// The powers `b ^ k` of a term with a literal exponent from 2 to 4, printed base first, without
  /// duplicates.
  static func smallPowers(in term: Term) -> [(base: String, exponent: Int)] {
    var result: [(base: String, exponent: Int)] = []
    var stack = [term]
    while let current = stack.popLast() {
      if case .binary(.power, let base, let exponent) = current.kind, case .natural(let text) = exponent.kind,
        let value = Int(text), (2...4).contains(value)
      {
        let printed = Printer.print(base)
        if !result.contains(where: { $0.base == printed && $0.exponent == value }) { result.append((printed, value)) }
      }
      stack += GoalShape.children(of: current).reversed()
    }
    return result
  }
}
