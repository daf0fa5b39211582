extension Term {
  /// The public shape of a term, for pattern matching. A λ shows its binder; its body is reached
  /// with `instantiateBinder(with:)`, so no client ever holds a term with a dangling bound variable.
  public enum Kind: Sendable {
    case variable(name: String)
    /// Only inside binder bodies, which clients never see.
    case boundVariable(index: Int)
    case constant(Constant)
    case natLiteral(BigInt)
    case intLiteral(BigInt)
    case application(function: Term, argument: Term)
    case lambda(binderName: String, binderType: TermType)
  }

  public var kind: Kind {
    switch node {
    case .variable(let name): .variable(name: name)
    case .bound(let index): .boundVariable(index: index)
    case .constant(let constant): .constant(constant)
    case .natLiteral(let value): .natLiteral(value)
    case .intLiteral(let value): .intLiteral(value)
    case .application(let function, let argument): .application(function: function, argument: argument)
    case .lambda(let name, _): .lambda(binderName: name, binderType: type.domain!)
    }
  }

  /// The variable's name, when the term is a free variable.
  public var variableName: String? {
    if case .variable(let name) = node { return name }
    return nil
  }

  /// The constant, when the term is one.
  public var constantValue: Constant? {
    if case .constant(let constant) = node { return constant }
    return nil
  }

  /// `(function, argument)` when the term is an application.
  public var asApplication: (function: Term, argument: Term)? {
    if case .application(let function, let argument) = node { return (function, argument) }
    return nil
  }

  /// `(c, a)` when the term is `c a` for a constant `c`.
  public var asUnaryOperation: (constant: Constant, operand: Term)? {
    if case .application(let function, let operand) = node, case .constant(let constant) = function.node {
      return (constant, operand)
    }
    return nil
  }

  /// `(c, a, b)` when the term is `c a b` for a constant `c` (`a + b`, `a ≤ b`, `p ∧ q`, `a = b`…).
  public var asBinaryOperation: (constant: Constant, lhs: Term, rhs: Term)? {
    if case .application(let partial, let rhs) = node, case .application(let function, let lhs) = partial.node,
      case .constant(let constant) = function.node
    {
      return (constant, lhs, rhs)
    }
    return nil
  }

  /// `(lhs, rhs)` when the term is an equation.
  public var asEquation: (lhs: Term, rhs: Term)? {
    if let (constant, lhs, rhs) = asBinaryOperation, case .equal = constant { return (lhs, rhs) }
    return nil
  }

  /// `(lhs, rhs)` when the term is `lhs c rhs` for the given binary constant.
  public func operands(of constant: Constant) -> (lhs: Term, rhs: Term)? {
    if let (found, lhs, rhs) = asBinaryOperation, found == constant { return (lhs, rhs) }
    return nil
  }

  /// The operand of `¬ p`.
  public var negatedProposition: Term? {
    if let (constant, operand) = asUnaryOperation, constant == .not { return operand }
    return nil
  }

  /// `(quantifier, predicate)` when the term is `∀ x : T, …` or `∃ x : T, …` (the constant is
  /// `.forall(T)` or `.exists(T)`; the predicate is usually a λ).
  public var asQuantifier: (quantifier: Constant, predicate: Term)? {
    if let (constant, predicate) = asUnaryOperation {
      switch constant {
      case .forall, .exists: return (constant, predicate)
      default: return nil
      }
    }
    return nil
  }

  /// The binder's name hint for a λ or a quantifier over a λ.
  public var binderName: String? {
    if case .lambda(let name, _) = node { return name }
    return asQuantifier?.predicate.binderName
  }

  /// The bound variable's type for a λ or a quantifier.
  public var binderType: TermType? {
    if case .lambda = node { return type.domain }
    return asQuantifier?.predicate.type.domain
  }

  /// The value of a ℕ numeral.
  public var natLiteralValue: BigInt? {
    if case .natLiteral(let value) = node { return value }
    return nil
  }

  /// The value of a ℤ value form: a numeral `(n : Int)` or its negation `-(n : Int)`.
  public var intLiteralValue: BigInt? {
    switch node {
    case .intLiteral(let value):
      return value
    case .application(let function, let argument):
      if case .constant(.intNeg) = function.node, case .intLiteral(let value) = argument.node { return -value }
      return nil
    default:
      return nil
    }
  }
}
