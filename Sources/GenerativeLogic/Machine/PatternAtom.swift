/// An atom of a rule: a predicate over slots, each a rule variable or a fixed block constant
/// (the anchor's 0 and 1, or the fixed variable of an induction hypothesis).
public struct PatternAtom: Hashable, Sendable, CustomStringConvertible {
  /// One argument of a pattern.
  public enum Slot: Hashable, Sendable {
    case variable(Int)
    case constant(Int)
  }

  public var predicate: RelationalPredicate
  public var slots: [Slot]

  public init(_ predicate: RelationalPredicate, _ slots: [Slot]) {
    self.predicate = predicate
    self.slots = slots
  }

  /// The rule variables the atom mentions.
  public var variables: [Int] {
    slots.compactMap { if case .variable(let index) = $0 { return index } else { return nil } }
  }

  /// The ground fact under an assignment of the variables.
  func instantiated(_ values: [Int]) -> Fact {
    Fact(
      predicate,
      slots.map {
        switch $0 {
        case .variable(let index): return values[index]
        case .constant(let constant): return constant
        }
      })
  }

  public var description: String {
    let arguments = slots.map {
      switch $0 {
      case .variable(let index): return "v\(index)"
      case .constant(let constant): return "#\(constant)"
      }
    }
    return "\(predicate.symbol)[\(arguments.joined(separator: ","))]"
  }
}
