/// The bounds of the conjecture space.
public struct ConjecturerConfiguration: Hashable, Sendable, Codable {
  /// Most operator atoms (s, +, *) in a chain, both sides of the head equation together.
  public var maximumAtoms = 5
  /// Most distinct input variables.
  public var maximumVariables = 3
  /// Chains that use the anchor's constants 0 and 1 have at most this many atoms.
  public var maximumAtomsWithConstant = 3
  /// Most occurrences of 0 and 1 in one chain.
  public var maximumConstants = 2
  /// A side that is a bare variable faces at most this many atoms.
  public var maximumAtomsAgainstVariable = 3
  /// Conditional candidates (`p = q → u = v`) have at most this many atoms in the premise.
  public var maximumConditionalAtoms = 2
  /// The counterexample filter evaluates every candidate on 0…`counterexampleBound`.
  public var counterexampleBound = 8

  public init() {}
}
