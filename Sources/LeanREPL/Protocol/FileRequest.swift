/// Elaborates a file that the REPL reads relative to its working directory (`{"path": …}`).
public struct FileRequest: Hashable, Sendable {
  public var path: String
  public var env: Int?
  public var options: CommandOptions

  public init(path: String, env: Int? = nil, options: CommandOptions = CommandOptions()) {
    self.path = path
    self.env = env
    self.options = options
  }
}
