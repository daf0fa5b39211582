/// A backend that can show the goal of a proof state false by a counterexample: values of its
/// variables under which every hypothesis holds and the target does not. The prover asks it about
/// holes it could not prove, so that a false statement is reported as refuted, not just unproved.
public protocol RefutingBackend: ProofBackend {
  /// A counterexample to one goal of `state`, or nil when none was found (which proves nothing).
  func refute(_ state: ProofStateID) async -> Refutation?
}

/// Values of a goal's variables that make every hypothesis true and the target false.
public struct Refutation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// One variable and its value, as Lean would print them (`n`, `0`; `x`, `-3`).
  public struct Binding: Hashable, Sendable, Codable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

  /// The index of the refuted goal in the state.
  public var goal: Int
  /// The variables the hypotheses and the target mention, in the context's order.
  public var bindings: [Binding]

  public init(goal: Int, bindings: [Binding]) {
    self.goal = goal
    self.bindings = bindings
  }

  /// `n = 0, b = True`, or `no variables` for a closed goal.
  public var description: String {
    bindings.isEmpty ? "no variables" : bindings.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
  }
}
