import Kernel
import LeanSyntax
import NativeChecker
import Testing

@testable import TestSupport

/// `corpora/traps/SemanticTraps.lean`: false statements, one per rule of Lean's semantics that a
/// checker could get wrong. The default `simp`, with every Lean core `@[simp]` lemma the tests
/// know, closes none of them.
@Suite struct SimpTrapTests {
  @Test func defaultSimpClosesNoTrap() throws {
    let file = try SourceFile.read(path: SharedData.packageRoot + "/corpora/traps/SemanticTraps.lean")
    let simplifier = Simplifier(set: SimpFixtures.defaultSet)
    var elaborated = 0
    var decidedFalse = 0
    for declaration in file.declarations {
      guard let signature = file.parseBody(of: declaration).signature else { continue }
      var elaborator = SimpTestElaborator()
      guard let statement = try? elaborator.statement(binders: signature.binders, type: signature.type) else {
        continue
      }
      elaborated += 1
      do {
        let result = try simplifier.simplify(statement)
        if let result { try SimpAssertions.checkProof(result, of: statement) }
        #expect(result?.isTrue != true, "simp closed the trap \(declaration.label): \(statement)")
        if result?.result === Kernel.Term.falseProposition { decidedFalse += 1 }
      } catch {
        #expect((error as? SimpFailure)?.code == .outsideFragment, "\(declaration.label): \(error)")
      }
    }
    print("traps: \(elaborated) of \(file.declarations.count) elaborated, \(decidedFalse) simplified to False")
    #expect(elaborated * 2 >= file.declarations.count)
    #expect(decidedFalse > 0)
  }
}
