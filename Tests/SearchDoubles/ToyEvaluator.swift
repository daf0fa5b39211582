import LeanSyntax

/// Evaluates closed terms of the toy logic: numerals with `+ - * / % ^`, comparisons, `∣`, the
/// connectives, `True` and `False`. Natural-number semantics (truncated `-`, `n / 0 = 0`) unless the
/// term mentions `Int` or a negation, then Euclidean integer semantics. Nil for anything open.
public enum ToyEvaluator {
  public enum Value: Equatable {
    case number(Int)
    case truth(Bool)
  }

  public static func evaluate(_ term: Term, integers: Bool) -> Value? {
    switch term.kind {
    case .natural(let text): return Int(text).map { .number($0) }
    case .identifier("True"): return .truth(true)
    case .identifier("False"): return .truth(false)
    case .ascription(let inner, let type):
      if case .identifier(let name) = type.kind, name == "Int" || name == "ℤ" {
        return evaluate(inner, integers: true)
      }
      if case .identifier(let name) = type.kind, name == "Nat" || name == "ℕ" {
        return evaluate(inner, integers: false)
      }
      return evaluate(inner, integers: integers)
    case .negation(let inner):
      guard case .number(let value)? = evaluate(inner, integers: true) else { return nil }
      return .number(-value)
    case .not(let inner):
      guard case .truth(let value)? = evaluate(inner, integers: integers) else { return nil }
      return .truth(!value)
    case .binary(let op, let left, let right):
      guard let a = evaluate(left, integers: integers), let b = evaluate(right, integers: integers) else { return nil }
      return apply(op, a, b, integers: integers)
    default:
      return nil
    }
  }

  /// True when the term mentions `Int`, `ℤ` or a negation.
  public static func usesIntegers(_ text: String) -> Bool {
    text.contains("Int") || text.contains("ℤ") || text.contains("-7") || text.contains("(-")
  }

  static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, integers: Bool) -> Value? {
    switch (a, b) {
    case (.number(let x), .number(let y)):
      switch op {
      case .add: return .number(x + y)
      case .subtract: return .number(integers ? x - y : max(0, x - y))
      case .multiply: return .number(x * y)
      case .divide:
        guard y != 0 else { return .number(0) }
        return .number(integers ? euclideanDivide(x, y) : x / y)
      case .modulo:
        guard y != 0 else { return .number(x) }
        return .number(integers ? x - y * euclideanDivide(x, y) : x % y)
      case .power:
        guard y >= 0, y < 63 else { return nil }
        var result = 1
        for _ in 0..<y {
          let (product, overflow) = result.multipliedReportingOverflow(by: x)
          if overflow { return nil }
          result = product
        }
        return .number(result)
      case .divides: return .truth(x == 0 ? y == 0 : y % x == 0)
      case .equal: return .truth(x == y)
      case .notEqual: return .truth(x != y)
      case .less: return .truth(x < y)
      case .lessEqual: return .truth(x <= y)
      case .greater: return .truth(x > y)
      case .greaterEqual: return .truth(x >= y)
      default: return nil
      }
    case (.truth(let p), .truth(let q)):
      switch op {
      case .and: return .truth(p && q)
      case .or: return .truth(p || q)
      case .implies: return .truth(!p || q)
      case .iff: return .truth(p == q)
      case .equal: return .truth(p == q)
      default: return nil
      }
    default:
      return nil
    }
  }

  static func euclideanDivide(_ x: Int, _ y: Int) -> Int {
    let q = x / y
    return x - q * y < 0 ? (y > 0 ? q - 1 : q + 1) : q
  }
}
