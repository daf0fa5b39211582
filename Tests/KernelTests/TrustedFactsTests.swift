import Kernel
import Testing

@Suite struct TrustedFactsTests {
  @Test func listingNamesEveryRuleAxiomAndOracle() {
    let listing = TrustedFacts.listing()
    print(listing)
    #expect(listing.contains("axiom Int.natAbs_natCast : ∀ n : Nat, Int.natAbs ↑n = n"))
    for rule in Rule.allCases { #expect(listing.contains("rule \(rule.rawValue) --")) }
    for axiom in Axiom.allCases { #expect(listing.contains("axiom \(axiom.name) : \(axiom.statement)")) }
    for procedure in OracleProcedure.allCases { #expect(listing.contains("oracle \(procedure.rawValue) (used")) }
    #expect(listing.contains("axiom Nat.add_succ : ∀ n : Nat, ∀ m : Nat, n + Nat.succ m = Nat.succ (n + m)"))
    #expect(listing.contains("axiom Int.emod_lt : ∀ a : Int, ∀ b : Int, ¬b = 0 → a % b < ↑(Int.natAbs b)"))
  }

  @Test func axiomStatementsAreClosedPropositions() {
    for axiom in Axiom.allCases {
      #expect(axiom.statement.isProposition && axiom.statement.freeVariables.isEmpty, "\(axiom.name)")
      #expect(Theorem.axiom(axiom).hypotheses.isEmpty)
    }
    #expect(Set(Axiom.allCases.map(\.name)).count == Axiom.allCases.count)
  }

  @Test func admitWorksOnlyForRegisteredLemmasWithTheirStatement() throws {
    let x = Term.variable("x", .nat)
    let statement = try Term.forall(x, Term.equal(Term.add(nat(0), x), x))
    expectRefusal(.admit) { () throws(KernelError) in
      try Theorem.admit(name: "KernelTests.zero_add_unregistered", statement: statement)
    }
    try TrustedFacts.registerAdmissibleLemma(
      name: "KernelTests.zero_add", statement: statement, reason: "test: proved in DerivationTests")
    try TrustedFacts.registerAdmissibleLemma(name: "KernelTests.zero_add", statement: statement, reason: "again")
    let y = Term.variable("y", .nat)
    let renamed = try Term.forall(y, Term.equal(Term.add(nat(0), y), y))
    let admitted = try Theorem.admit(name: "KernelTests.zero_add", statement: renamed)
    #expect(admitted.conclusion === renamed && admitted.dependencies == .admittedLemma)
    #expect(TrustedFacts.admissionUses["KernelTests.zero_add"] ?? 0 >= 1)
    let different = try Term.forall(x, Term.equal(Term.add(nat(1), x), x))
    expectRefusal(.admit) { () throws(KernelError) in
      try Theorem.admit(name: "KernelTests.zero_add", statement: different)
    }
    expectRefusal(.admit) { () throws(KernelError) in
      try TrustedFacts.registerAdmissibleLemma(name: "KernelTests.zero_add", statement: different, reason: "")
    }
    expectRefusal(.admit) { () throws(KernelError) in
      try TrustedFacts.registerAdmissibleLemma(name: "KernelTests.open", statement: Term.equal(x, x), reason: "")
    }
    #expect(TrustedFacts.admissibleLemmas.contains { $0.name == "KernelTests.zero_add" })
    #expect(TrustedFacts.listing().contains("admitted KernelTests.zero_add : ∀ x : Nat, 0 + x = x"))
    let used = try Theorem.forallElim(admitted, nat(3))
    #expect(used.dependencies.contains(.admittedLemma))
  }

  @Test func oracleRecordsItsUseAndMarksItsTheorems() throws {
    let before = TrustedFacts.oracleUses[.omega] ?? 0
    let hypothesis = try Term.lessThan(natN, nat(3))
    let conclusion = try Term.lessOrEqual(natN, nat(2))
    let theorem = try Theorem.oracle(.omega, conclusion: conclusion, hypotheses: [hypothesis])
    #expect(theorem.hypotheses == [hypothesis] && theorem.conclusion === conclusion)
    #expect(theorem.dependencies == .oracle(.omega))
    #expect((TrustedFacts.oracleUses[.omega] ?? 0) > before)
    let combined = try Theorem.andIntro(
      theorem, Theorem.oracle(.ring, conclusion: Term.trueProposition, hypotheses: []))
    #expect(combined.dependencies == [.oracle(.omega), .oracle(.ring)])
    let discharged = try Theorem.impIntro(hypothesis, combined)
    #expect(discharged.dependencies.contains(.oracle(.omega)))
    expectRefusal(.oracle) { () throws(KernelError) in try Theorem.oracle(.decide, conclusion: natN, hypotheses: []) }
    expectRefusal(.oracle) { () throws(KernelError) in
      try Theorem.oracle(.decide, conclusion: conclusion, hypotheses: [natN])
    }
  }

  @Test func everyOracleHasItsOwnDependencyBit() {
    let bits = OracleProcedure.allCases.map { TrustedDependencies.oracle($0) }
    #expect(Set(bits.map(\.rawValue)).count == bits.count)
    #expect(bits.allSatisfy { !$0.contains(.admittedLemma) })
  }
}
