extension Term: CustomStringConvertible {
  /// A Lean-like debug rendering (`∀ n : Nat, 0 + n = n`). The printer that must match Lean's goal
  /// display lives outside the kernel.
  public var description: String {
    var printer = TermPrinter(taken: Set(freeVariables.compactMap(\.variableName)))
    return printer.render(self, 0, trailing: true)
  }
}

/// Renders terms with Lean's notations and precedences; bound variables get their binder's name,
/// primed when it would clash. A binder (`∀`, `∃`, `fun`) extends as far right as possible, so it
/// goes without parentheses only where nothing follows it (`trailing`).
struct TermPrinter {
  var taken: Set<String>
  var binders: [String] = []

  private static let maximum = 1024
  private static let atom = 2048

  static func infix(_ constant: Constant) -> (symbol: String, precedence: Int, left: Int, right: Int)? {
    switch constant {
    case .natAdd, .intAdd: ("+", 65, 65, 66)
    case .natSub, .intSub: ("-", 65, 65, 66)
    case .natMul, .intMul: ("*", 70, 70, 71)
    case .natDiv, .intDiv: ("/", 70, 70, 71)
    case .natMod, .intMod: ("%", 70, 70, 71)
    case .natPow, .intPow: ("^", 75, 76, 75)
    case .natLe, .intLe: ("≤", 50, 51, 51)
    case .natLt, .intLt: ("<", 50, 51, 51)
    case .natDvd, .intDvd: ("∣", 50, 51, 51)
    case .natGe, .intGe: ("≥", 50, 51, 51)
    case .natGt, .intGt: (">", 50, 51, 51)
    case .equal: ("=", 50, 51, 51)
    case .notEqual: ("≠", 50, 51, 51)
    case .and: ("∧", 35, 36, 35)
    case .or: ("∨", 30, 31, 30)
    case .implies: ("→", 25, 26, 25)
    case .iff: ("↔", 20, 21, 21)
    default: nil
    }
  }

  static func prefixName(_ constant: Constant) -> String {
    switch constant {
    case .natMin, .intMin: "min"
    case .natMax, .intMax: "max"
    default: constant.leanName
    }
  }

  mutating func render(_ term: Term, _ context: Int, trailing: Bool = false) -> String {
    let precedence = Self.precedence(of: term)
    let parenthesized = precedence < context && !(precedence == 0 && trailing)
    let text = renderWithPrecedence(term, trailing: parenthesized || trailing).0
    return parenthesized ? "(\(text))" : text
  }

  static func precedence(of term: Term) -> Int {
    switch term.node {
    case .variable, .bound, .constant, .natLiteral, .intLiteral: return atom
    case .lambda: return 0
    case .application:
      if let (constant, _, _) = term.asBinaryOperation, let (_, precedence, _, _) = infix(constant) {
        return precedence
      }
      if let (constant, operand) = term.asUnaryOperation {
        switch constant {
        case .not: return 40
        case .intNeg: return 75
        case .intOfNat: return maximum + 1
        case .forall, .exists: if operand.isLambda { return 0 }
        default: break
        }
      }
      return maximum
    }
  }

  private mutating func renderWithPrecedence(_ term: Term, trailing: Bool) -> (String, Int) {
    switch term.node {
    case .variable(let name):
      return (name, Self.atom)
    case .bound(let index):
      let position = binders.count - 1 - index
      return (position >= 0 ? binders[position] : "#\(index)", Self.atom)
    case .constant(let constant):
      return (Self.prefixName(constant), Self.atom)
    case .natLiteral(let value), .intLiteral(let value):
      return (value.description, Self.atom)
    case .lambda(let name, let body):
      let bound = fresh(name)
      let text = "fun \(bound) : \(term.type.domain!) => \(renderBody(body, bound, trailing: trailing))"
      return (text, 0)
    case .application:
      return renderApplication(term, trailing: trailing)
    }
  }

  private mutating func renderApplication(_ term: Term, trailing: Bool) -> (String, Int) {
    if let (constant, lhs, rhs) = term.asBinaryOperation, let (symbol, precedence, left, right) = Self.infix(constant) {
      return ("\(render(lhs, left)) \(symbol) \(render(rhs, right, trailing: trailing))", precedence)
    }
    if let (constant, operand) = term.asUnaryOperation {
      switch constant {
      case .not: return ("¬\(render(operand, 40, trailing: trailing))", 40)
      case .intNeg: return ("-\(render(operand, 75, trailing: trailing))", 75)
      case .intOfNat: return ("↑\(render(operand, Self.maximum + 1))", Self.maximum + 1)
      case .forall(let type), .exists(let type):
        if case .lambda(let name, let body) = operand.node {
          let bound = fresh(name)
          let symbol = constant == .forall(type) ? "∀" : "∃"
          return ("\(symbol) \(bound) : \(type), \(renderBody(body, bound, trailing: trailing))", 0)
        }
      default: break
      }
    }
    guard case .application(let function, let argument) = term.node else { return ("?", 0) }
    return ("\(render(function, Self.maximum)) \(render(argument, Self.maximum + 1))", Self.maximum)
  }

  private mutating func renderBody(_ body: Term, _ bound: String, trailing: Bool) -> String {
    binders.append(bound)
    defer { binders.removeLast() }
    return render(body, 0, trailing: trailing)
  }

  private func fresh(_ name: String) -> String {
    var candidate = name.isEmpty ? "x" : name
    while taken.contains(candidate) || binders.contains(candidate) { candidate += "'" }
    return candidate
  }
}
