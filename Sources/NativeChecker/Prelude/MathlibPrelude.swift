import Kernel
import LeanSyntax
import ProverCore

/// Mathlib's lemmas about `Even`, `Odd`, `Nat.Prime` and `Nat.factorial` (`MathlibPrelude.lean`),
/// added to Lean core's prelude for a file that imports Mathlib. The ones that are kernel
/// `MathlibAxiom`s (`Nat.prime_def`, `Nat.factorial_zero`, `Nat.factorial_succ`) are proved by it;
/// every other one is registered in `TrustedFacts` as admitted, with its source.
enum MathlibPrelude {
  /// Lean's binders of the Mathlib axioms.
  static let axiomKinds: [MathlibAxiom: [LemmaEntry.ArgumentKind]] = [
    .natPrimeDef: [.implicit], .natFactorialZero: [], .natFactorialSucc: [.explicit],
  ]

  /// The simp-tagged Mathlib axioms.
  static let simpAxioms: Set<MathlibAxiom> = [.natFactorialZero]

  /// The lemmas of `MathlibPrelude.lean` and the Mathlib axioms under their Lean names, with the
  /// declarations that did not elaborate and the names admitted.
  static func load() -> (lemmas: [LemmaEntry], skipped: [(String, String)], admitted: [String]) {
    var lemmas: [LemmaEntry] = []
    for axiom in MathlibAxiom.allCases {
      guard let kinds = axiomKinds[axiom] else { continue }
      lemmas.append(
        LemmaEntry(
          name: axiom.name, statement: axiom.statement, argumentKinds: kinds, isSimp: simpAxioms.contains(axiom),
          isProtected: false, theorem: Theorem.mathlibAxiom(axiom)))
    }
    let file = SourceFile(text: Prelude.source("MathlibPrelude"), path: "MathlibPrelude.lean")
    let empty = Environment(mathlib: true, lemmas: [:])
    var skipped: [(String, String)] = []
    var admitted: [String] = []
    for declaration in file.declarations {
      guard let name = declaration.fullName else { continue }
      let parse = file.parseBody(of: declaration)
      guard let signature = parse.signature else {
        skipped.append((name, parse.diagnostics.first?.message ?? "no signature"))
        continue
      }
      do {
        let statement = try DeclarationStatement(signature, environment: empty, mentioned: [])
        try TrustedFacts.registerAdmissibleLemma(
          name: name, statement: statement.statement,
          reason: "Mathlib (MathlibPrelude.lean); evaluated on random instances by MathlibPreludeTests")
        let theorem = try Theorem.admit(name: name, statement: statement.statement)
        lemmas.append(
          LemmaEntry(
            name: name, statement: statement.statement, argumentKinds: statement.argumentKinds,
            argumentNames: statement.argumentNames,
            isSimp: declaration.attributes.contains {
              $0.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "simp" }
            },
            isProtected: declaration.modifiers.contains("protected"), theorem: theorem))
        admitted.append(name)
      } catch let error as CheckError {
        skipped.append((name, error.message))
      } catch {
        skipped.append((name, "\(error)"))
      }
    }
    return (lemmas, skipped, admitted)
  }
}
