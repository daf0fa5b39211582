import ProverCore

/// The anchor: which definition is the Peano structure and which of its parameters play the roles
/// ℕ, 0, 1, successor, addition and multiplication (`anchor peano[N=Nat, i0=0, …]`).
public struct Anchor: Hashable, Sendable {
  /// A role of the Peano structure.
  public enum Role: String, Hashable, Sendable, CaseIterable {
    case naturals = "Nat"
    case zero = "0"
    case one = "1"
    case successor = "succ"
    case addition = "+"
    case multiplication = "*"

    /// The parameter type a parameter must have to play this role.
    public var requiredType: ParameterType {
      switch self {
      case .naturals: return .set
      case .zero, .one: return .element
      case .successor: return .relation2
      case .addition, .multiplication: return .relation3
      }
    }
  }

  public var definition: String
  /// Parameter name → role, in the order written.
  public var roles: [(parameter: String, role: Role)]
  public var location: SourceLocation

  public init(definition: String, roles: [(parameter: String, role: Role)], location: SourceLocation) {
    self.definition = definition
    self.roles = roles
    self.location = location
  }

  /// The parameter that plays a role.
  public func parameter(for role: Role) -> String? { roles.first { $0.role == role }?.parameter }

  /// The role a parameter plays, if any.
  public func role(of parameter: String) -> Role? { roles.first { $0.parameter == parameter }?.role }

  public static func == (lhs: Anchor, rhs: Anchor) -> Bool {
    lhs.definition == rhs.definition && lhs.location == rhs.location
      && lhs.roles.map(\.parameter) == rhs.roles.map(\.parameter) && lhs.roles.map(\.role) == rhs.roles.map(\.role)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(definition)
    for (parameter, role) in roles {
      hasher.combine(parameter)
      hasher.combine(role)
    }
  }
}
