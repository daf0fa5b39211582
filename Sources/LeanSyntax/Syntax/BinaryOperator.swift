/// A binary operator of the fragment, with Lean 4's precedence and associativity
/// (`Init/Notation.lean`, `Init/Core.lean`; `→` is the built-in arrow at 25).
public enum BinaryOperator: String, CaseIterable, Hashable, Sendable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case modulo = "%"
  case power = "^"
  case divides = "∣"
  case equal = "="
  case notEqual = "≠"
  case less = "<"
  case lessEqual = "≤"
  case greater = ">"
  case greaterEqual = "≥"
  case and = "∧"
  case or = "∨"
  case implies = "→"
  case iff = "↔"

  /// How the operator groups: `a - b - c` is `(a - b) - c`, `a ^ b ^ c` is `a ^ (b ^ c)`, and
  /// `a = b = c` is not a term.
  public enum Associativity: Hashable, Sendable {
    case left, right, none
  }

  /// The operator for a token text, ASCII spellings included (`<=`, `>=`, `->`, `<->`, `/\`, `\/`).
  public init?(token: String) {
    switch token {
    case "<=": self = .lessEqual
    case ">=": self = .greaterEqual
    case "->": self = .implies
    case "<->": self = .iff
    case "/\\": self = .and
    case "\\/": self = .or
    default: self.init(rawValue: token)
    }
  }

  /// The precedence of the operator node.
  public var precedence: Int {
    switch self {
    case .power: 80
    case .multiply, .divide, .modulo: 70
    case .add, .subtract: 65
    case .divides, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: 50
    case .and: 35
    case .or: 30
    case .implies: 25
    case .iff: 20
    }
  }

  public var associativity: Associativity {
    switch self {
    case .power, .and, .or, .implies: .right
    case .add, .subtract, .multiply, .divide, .modulo: .left
    case .divides, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .iff: .none
    }
  }

  /// The least precedence the left operand must have to stand without parentheses.
  public var leftPrecedence: Int { associativity == .left ? precedence : precedence + 1 }

  /// The precedence at which the right operand is parsed.
  public var rightPrecedence: Int { associativity == .right ? precedence : precedence + 1 }

  /// True for the relations that may bound a quantified variable: `∀ n ≥ 5, P`, `∃ n < 10, P`.
  public var isBinderRelation: Bool {
    switch self {
    case .less, .lessEqual, .greater, .greaterEqual, .notEqual: true
    default: false
    }
  }
}
