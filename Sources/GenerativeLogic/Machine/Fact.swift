/// A ground atom of a logic block: a predicate over block constants (unused arguments are -1).
/// Constant 0 is the anchor's zero and constant 1 its one in every block.
public struct Fact: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var predicate: RelationalPredicate
  public var a: Int32
  public var b: Int32
  public var c: Int32

  public init(_ predicate: RelationalPredicate, _ arguments: [Int]) {
    self.predicate = predicate
    a = arguments.count > 0 ? Int32(arguments[0]) : -1
    b = arguments.count > 1 ? Int32(arguments[1]) : -1
    c = arguments.count > 2 ? Int32(arguments[2]) : -1
  }

  /// A fact with every argument unset (-1), to be filled by position.
  init(_ predicate: RelationalPredicate) {
    self.predicate = predicate
    a = -1
    b = -1
    c = -1
  }

  /// The argument at a position (0, 1 or 2), without allocating.
  subscript(position: Int) -> Int {
    get {
      switch position {
      case 0: return Int(a)
      case 1: return Int(b)
      default: return Int(c)
      }
    }
    set {
      switch position {
      case 0: a = Int32(newValue)
      case 1: b = Int32(newValue)
      default: c = Int32(newValue)
      }
    }
  }

  /// The arguments, in order.
  public var arguments: [Int] {
    switch predicate.arity {
    case 1: return [Int(a)]
    case 2: return [Int(a), Int(b)]
    default: return [Int(a), Int(b), Int(c)]
    }
  }

  /// The inputs of an operation fact (all arguments but the last).
  public var inputs: [Int] { Array(arguments.dropLast()) }

  /// The output of an operation fact.
  public var output: Int { self[predicate.arity - 1] }

  /// The fact with every argument mapped.
  public func mapped(_ transform: (Int) -> Int) -> Fact {
    var result = self
    for position in 0..<predicate.arity { result[position] = transform(self[position]) }
    return result
  }

  /// Hashes the four fields packed into two words: half the hasher rounds of the synthesized hash.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(UInt64(UInt32(bitPattern: a)) | UInt64(UInt32(bitPattern: b)) << 32)
    hasher.combine(UInt64(UInt32(bitPattern: c)) | UInt64(predicate.rawValue) << 32)
  }

  public static func < (lhs: Fact, rhs: Fact) -> Bool {
    (lhs.predicate.rawValue, lhs.a, lhs.b, lhs.c) < (rhs.predicate.rawValue, rhs.a, rhs.b, rhs.c)
  }

  public var description: String {
    "\(predicate.symbol)[\(arguments.map { String($0) }.joined(separator: ","))]"
  }
}
