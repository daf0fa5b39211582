import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// The most rounds `simp_all` runs before it gives up, as Lean's step limit would stop it.
  static let simpAllRounds = 32

  /// A hypothesis of the goal as `simp_all` sees it: its current proposition and proof (from the
  /// original hypothesis), whether it changed, and whether it became `True` (cleared).
  private struct SimpAllEntry: Sendable {
    /// The entry's place in the goal's context.
    var index: Int
    var entry: LocalContext.Entry
    var proof: Theorem
    var modified = false
    var cleared = false
  }

  /// `simp_all` (and `simp_all only [..]`, `simp_all [..]`), as Lean core's `SimpAll` runs it: in
  /// rounds, each hypothesis is simplified with the simp set and every other hypothesis (in its
  /// current form), then the target with all of them, until a round changes nothing. A hypothesis
  /// that becomes `False` closes the goal, one that becomes `True` is cleared, and the changed ones
  /// move to the end of the context, as Lean re-asserts them.
  func simplifyAll(_ goal: GoalState, _ call: SimpCall, _ range: SourceRange) throws(CheckError) -> GoalStep {
    if call.location != nil { throw .tactic("simp_all does not take a location", at: range) }
    let (simplifier, given) = try simpContext(goal, call, range)
    var entries: [SimpAllEntry] = []
    for (index, entry) in goal.context.entries.enumerated() where entry.isHypothesis {
      let proof = try rule(range) { () throws(KernelError) in try Theorem.assume(entry.term) }
      entries.append(SimpAllEntry(index: index, entry: entry, proof: proof))
    }
    func simplified(_ term: KTerm, _ rules: [(name: String, theorem: Theorem)]) throws(CheckError) -> SimpResult? {
      do throws(SimpFailure) { return try simplifier.simplify(term, usingNamed: rules) } catch {
        throw .tactic("simp_all failed: \(error.description)", at: range)
      }
    }
    func forward(_ result: SimpResult, _ proof: Theorem) throws(CheckError) -> Theorem {
      do throws(SimpFailure) { return try result.forward(proof) } catch {
        throw .tactic("simp_all failed: \(error.description)", at: range)
      }
    }
    var target = goal.target
    var targetSteps: [SimpResult] = []
    var progress = false
    for round in 0...Self.simpAllRounds {
      if round == Self.simpAllRounds {
        throw .tactic("simp_all failed: maximum number of rounds (\(Self.simpAllRounds)) reached", at: range)
      }
      var changed = false
      for index in entries.indices where !entries[index].cleared {
        let others = entries.indices.filter { $0 != index && !entries[$0].cleared }.map {
          (name: entries[$0].entry.name, theorem: entries[$0].proof)
        }
        guard let result = try simplified(entries[index].entry.term, others + given) else { continue }
        let proof = try forward(result, entries[index].proof)
        if result.result === KTerm.falseProposition {
          let wanted = goal.target
          return .closed(try rule(range) { () throws(KernelError) in try Theorem.falseElim(proof, wanted) })
        }
        entries[index].entry.term = result.result
        entries[index].proof = proof
        entries[index].modified = true
        entries[index].cleared = result.result === KTerm.trueProposition
        changed = true
      }
      let active = entries.filter { !$0.cleared }.map { (name: $0.entry.name, theorem: $0.proof) }
      if let result = try simplified(target, active + given) {
        targetSteps.append(result)
        target = result.result
        changed = true
        if result.isTrue {
          let steps = targetSteps
          do throws(SimpFailure) {
            var proof = try result.proofOfTerm()
            for step in steps.dropLast().reversed() { proof = try step.backward(proof) }
            return .closed(proof)
          } catch { throw .tactic("simp_all failed: \(error.description)", at: range) }
        }
      }
      if !changed { break }
      progress = true
    }
    guard progress else { throw .tactic("simp_all made no progress", at: range) }
    var next = goal
    next.target = target
    let replaced = Set(entries.filter(\.modified).map(\.index))
    next.context.entries = goal.context.entries.indices.filter { !replaced.contains($0) }.map {
      goal.context.entries[$0]
    }
    let reasserted = entries.filter { $0.modified && !$0.cleared }
    next.context.entries += reasserted.map(\.entry)
    let steps = targetSteps
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(SimpFailure) {
        var result = theorems[0]
        for step in steps.reversed() { result = try step.backward(result) }
        for item in reasserted {
          let statement = item.entry.term
          let current = result
          result = try kernelStep { () throws(KernelError) in
            try Theorem.impElim(Theorem.impIntro(statement, current), item.proof)
          }
        }
        return result
      } catch { throw .tactic("simp_all failed: \(error.description)", at: range) }
    }
  }
}
