/// A stored value that equality and hashing ignore. The syntax tree keeps the source range of
/// every node in one of these, so that two trees are equal exactly when they have the same
/// structure: a parsed tree equals the tree parsed from its printed form, wherever the text sits.
@propertyWrapper
public struct IgnoredByEquality<Value: Sendable>: Hashable, Sendable {
  public var wrappedValue: Value

  public init(wrappedValue: Value) {
    self.wrappedValue = wrappedValue
  }

  public static func == (lhs: Self, rhs: Self) -> Bool { true }

  public func hash(into hasher: inout Hasher) {}
}
