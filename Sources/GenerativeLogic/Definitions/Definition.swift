import ProverCore

/// A named definition `def name[p:type, …] := formula`, whose atoms `name[args]` expand to the body.
public struct Definition: Hashable, Sendable {
  /// A formal parameter with its structural type.
  public struct Parameter: Hashable, Sendable {
    public var name: String
    public var type: ParameterType

    public init(name: String, type: ParameterType) {
      self.name = name
      self.type = type
    }
  }

  public var name: String
  public var parameters: [Parameter]
  public var body: Formula
  public var location: SourceLocation

  public init(name: String, parameters: [Parameter], body: Formula, location: SourceLocation) {
    self.name = name
    self.parameters = parameters
    self.body = body
    self.location = location
  }

  /// The body with the parameters replaced by the given arguments.
  public func instantiated(with arguments: [String]) -> Formula {
    body.substituting(Dictionary(uniqueKeysWithValues: zip(parameters.map(\.name), arguments)))
  }
}
