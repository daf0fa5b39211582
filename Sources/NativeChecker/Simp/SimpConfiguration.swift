/// The budgets and switches of one `simp` call, with Lean's defaults (`Simp.Config`:
/// `maxSteps := 100000`, `maxDischargeDepth := 2`, `contextual := false`, `decide := false`).
public struct SimpConfiguration: Sendable {
  /// The most rewriting visits before `simp` fails (Lean's `maxSteps`).
  public var maxSteps: Int
  /// The deepest term nesting the traversal enters before it fails.
  public var maxDepth: Int
  /// How deeply side conditions of conditional lemmas are discharged by nested `simp` calls
  /// (Lean's `maxDischargeDepth`).
  public var maxDischargeDepth: Int
  /// The simprocs in use: all default ones for `simp`, none for `simp only` unless named in the
  /// brackets (Lean: "`simp only` does not use the default simproc set").
  public var simprocs: Set<Simproc>

  public init(
    maxSteps: Int = 100_000, maxDepth: Int = 512, maxDischargeDepth: Int = 2,
    simprocs: Set<Simproc> = Simproc.defaultSet
  ) {
    self.maxSteps = maxSteps
    self.maxDepth = maxDepth
    self.maxDischargeDepth = maxDischargeDepth
    self.simprocs = simprocs
  }

  /// The configuration of `simp only [...]`: no simprocs but those given.
  public static func only(simprocs: Set<Simproc> = []) -> SimpConfiguration {
    SimpConfiguration(simprocs: simprocs)
  }
}
