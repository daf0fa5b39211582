import DecisionProcedures
import Kernel

/// The state of one `simp` call: the cache of simplified subterms, the step budget, the
/// discharge depth and the lemmas used so far.
struct SimpRun {
  /// A simplified term and `⊢ term = result`, or no proof when nothing changed.
  struct Outcome {
    let result: Term
    let proof: Theorem?
  }

  let set: SimpSet
  let configuration: SimpConfiguration
  let hypotheses: [SimpLemma]
  private(set) var used: [String] = []
  private var usedNames: Set<String> = []
  private var cache: [UInt64: Outcome] = [:]
  /// The cached terms in order of caching, so that a failed discharge can forget what it cached
  /// (its lemmas are not reported as used, so its results must not be reused silently).
  private var cacheLog: [UInt64] = []
  private var steps = 0
  private var dischargeDepth = 0
  /// Names free in the hypotheses, which binder variables must avoid.
  private let takenNames: Set<String>
  /// The search's budget for the tactic call, `TacticBudget.simpStep` heartbeats per step.
  private let budget = TacticBudget.current

  init(set: SimpSet, configuration: SimpConfiguration, hypotheses: [SimpLemma]) {
    self.set = set
    self.configuration = configuration
    self.hypotheses = hypotheses
    var taken: Set<String> = []
    for lemma in hypotheses {
      for term in [lemma.theorem.conclusion] + lemma.theorem.hypotheses {
        for variable in term.freeVariables { taken.insert(variable.variableName ?? "") }
      }
    }
    self.takenNames = taken
  }

  /// Simplifies `term` to a fixed point: subterms first, then rewriting at the root, again and
  /// again while a rule applies.
  mutating func visit(_ term: Term, depth: Int) throws(SimpFailure) -> Outcome {
    if let cached = cache[term.id] { return cached }
    guard depth <= configuration.maxDepth else {
      throw SimpFailure(.depthLimit, "maximum recursion depth has been reached (\(configuration.maxDepth))")
    }
    var current = term
    var proof: Theorem?
    while true {
      steps += 1
      guard steps <= configuration.maxSteps else {
        throw SimpFailure(
          .stepLimit, "simp failed, maximum number of steps exceeded (\(configuration.maxSteps))")
      }
      if let budget, !budget.spend(TacticBudget.simpStep) {
        throw SimpFailure(.tacticBudget, TacticBudget.message)
      }
      let inner = try congruence(current, depth: depth)
      if let step = inner.proof {
        proof = try kernelStep { () throws(KernelError) in try SimpProofs.chain(proof, step) }
        current = inner.result
      }
      guard let (next, step) = try rewrite(current) else { break }
      proof = try kernelStep { () throws(KernelError) in try SimpProofs.chain(proof, step) }
      current = next
      if let cached = cache[current.id] {
        if let tail = cached.proof {
          proof = try kernelStep { () throws(KernelError) in try SimpProofs.chain(proof, tail) }
          current = cached.result
        }
        break
      }
    }
    let outcome = Outcome(result: current, proof: proof)
    cache[term.id] = outcome
    cacheLog.append(term.id)
    return outcome
  }

  /// Simplifies the arguments of an application (and the body of a λ), rebuilding the term by
  /// congruence.
  private mutating func congruence(_ term: Term, depth: Int) throws(SimpFailure) -> Outcome {
    switch term.kind {
    case .application:
      var head = term
      var arguments: [Term] = []
      while let (function, argument) = head.asApplication {
        arguments.append(argument)
        head = function
      }
      arguments.reverse()
      var changed = false
      var headProof: Theorem?
      if case .lambda = head.kind {
        headProof = try visit(head, depth: depth + 1).proof
        changed = headProof != nil
      }
      var outcomes: [Outcome] = []
      outcomes.reserveCapacity(arguments.count)
      for argument in arguments {
        let outcome = try visit(argument, depth: depth + 1)
        if outcome.proof != nil { changed = true }
        outcomes.append(outcome)
      }
      guard changed else { return Outcome(result: term, proof: nil) }
      let proof = try kernelStep { () throws(KernelError) in
        var proof = headProof ?? Theorem.refl(head)
        for (argument, outcome) in zip(arguments, outcomes) {
          proof = try Theorem.congruence(proof, outcome.proof ?? Theorem.refl(argument))
        }
        return proof
      }
      guard let (_, result) = proof.conclusion.asEquation else {
        throw SimpFailure(.kernel, "congruence did not give an equation")
      }
      return Outcome(result: result, proof: proof)
    case .lambda(let name, let type):
      let local = freshVariable(name, type, avoiding: term)
      let body = try kernelStep { () throws(KernelError) in try term.instantiateBinder(with: local) }
      let inner = try visit(body, depth: depth + 1)
      guard let bodyProof = inner.proof else { return Outcome(result: term, proof: nil) }
      let proof = try kernelStep { () throws(KernelError) in try Theorem.abstraction(local, bodyProof) }
      guard let (_, result) = proof.conclusion.asEquation else {
        throw SimpFailure(.kernel, "abstraction did not give an equation")
      }
      return Outcome(result: result, proof: proof)
    default:
      return Outcome(result: term, proof: nil)
    }
  }

  /// One rewrite at the root: `eq_self`/`iff_self`, then the hypotheses and lemmas, then the
  /// simprocs.
  private mutating func rewrite(_ term: Term) throws(SimpFailure) -> (Term, Theorem)? {
    guard term.type != .prop || term !== Term.trueProposition else { return nil }
    if let (head, _) = term.asApplication, case .lambda = head.kind {
      let proof = try kernelStep { () throws(KernelError) in try Theorem.beta(term) }
      if let (_, reduct) = proof.conclusion.asEquation { return (reduct, proof) }
    }
    if let (lhs, rhs) = term.asEquation, lhs == rhs {
      record("eq_self")
      let proof = try kernelStep { () throws(KernelError) in try SimpProofs.equalsTrue(Theorem.refl(lhs)) }
      return (Term.trueProposition, proof)
    }
    if let (lhs, rhs) = term.operands(of: .iff), lhs == rhs {
      record("iff_self")
      let proof = try kernelStep { () throws(KernelError) in
        try SimpProofs.equalsTrue(SimpProofs.iff(lhs, lhs, forward: { $0 }, backward: { $0 }))
      }
      return (Term.trueProposition, proof)
    }
    for lemma in hypotheses {
      if let result = try apply(lemma, to: term) { return result }
    }
    for lemma in set.candidates(for: term) {
      if let result = try apply(lemma, to: term) { return result }
    }
    if !configuration.simprocs.isEmpty,
      let (simproc, proof) = try Simproc.reduce(term, enabled: configuration.simprocs),
      let (_, value) = proof.conclusion.asEquation
    {
      record(simproc.name)
      return (value, proof)
    }
    if !configuration.simprocs.isEmpty,
      let (simproc, proof) = try OffsetSimprocs.reduce(term, enabled: configuration.simprocs),
      let (_, value) = proof.conclusion.asEquation, value != term
    {
      record(simproc.name)
      return (value, proof)
    }
    return nil
  }

  private mutating func apply(_ lemma: SimpLemma, to term: Term) throws(SimpFailure) -> (Term, Theorem)? {
    var matcher = PatternMatcher(patternVariables: lemma.patternVariables)
    guard matcher.match(lemma.lhs, term) else { return nil }
    guard
      let instance = try lemma.instantiate(
        matcher.bindings, discharge: { (condition) throws(SimpFailure) in try discharge(condition) })
    else { return nil }
    guard let (lhs, result) = instance.conclusion.asEquation else {
      throw SimpFailure(.kernel, "the instance does not rewrite the term \(term)", lemma: lemma.name)
    }
    var proof = instance
    if lhs != term {
      guard let offset = try offsetBridge(lhs), let (_, evaluated) = offset.conclusion.asEquation, evaluated == term
      else { return nil }
      proof = try kernelStep { () throws(KernelError) in try Theorem.trans(Theorem.symm(offset), instance) }
    }
    if lemma.isPermutation, !TermOrder.less(result, term) { return nil }
    record(lemma.name)
    return (result, proof)
  }

  /// `⊢ lhs = lhs'` with the sums of two ℕ numerals that offset matching made (`1 + 1` for the
  /// pattern `?n + 1` matched against `2`) evaluated.
  private func offsetBridge(_ lhs: Term) throws(SimpFailure) -> Theorem? {
    try kernelStep { () throws(KernelError) -> Theorem? in
      try Conversion.bottomUp(lhs) { (subterm) throws(KernelError) -> Theorem? in
        guard let (a, b) = subterm.operands(of: .natAdd), a.natLiteralValue != nil, b.natLiteralValue != nil
        else { return nil }
        return try Theorem.evaluate(subterm)
      }
    }
  }

  /// A proof of a side condition, by simplifying it to `True` (Lean's default discharger), at
  /// most `maxDischargeDepth` levels deep.
  private mutating func discharge(_ condition: Term) throws(SimpFailure) -> Theorem? {
    if condition === Term.trueProposition { return Theorem.trueIntro() }
    guard dischargeDepth < configuration.maxDischargeDepth else { return nil }
    dischargeDepth += 1
    defer { dischargeDepth -= 1 }
    let (savedUsed, savedNames, savedLog) = (used, usedNames, cacheLog.count)
    let outcome = try visit(condition, depth: 0)
    guard outcome.result === Term.trueProposition, let proof = outcome.proof else {
      (used, usedNames) = (savedUsed, savedNames)
      for key in cacheLog[savedLog...] { cache[key] = nil }
      cacheLog.removeSubrange(savedLog...)
      return nil
    }
    return try kernelStep { () throws(KernelError) in try SimpProofs.ofEqualsTrue(proof) }
  }

  private mutating func record(_ name: String) {
    if usedNames.insert(name).inserted { used.append(name) }
  }

  /// A variable for opening a binder: the binder's own name unless it is free in the term or in
  /// a hypothesis, else the name with a suffix.
  private func freshVariable(_ name: String, _ type: TermType, avoiding term: Term) -> Term {
    let base = name.isEmpty ? "x" : name
    var taken = takenNames
    for variable in term.freeVariables { taken.insert(variable.variableName ?? "") }
    var candidate = base
    var suffix = 1
    while taken.contains(candidate) {
      candidate = "\(base)_\(suffix)"
      suffix += 1
    }
    return Term.variable(candidate, type)
  }
}
