/// Elaborates Lean source (`{"cmd": …, "env": …}`). Without `env` the REPL starts a fresh
/// environment in which the text may begin with `import` lines; with `env` it extends that one.
public struct CommandRequest: Hashable, Sendable {
  public var cmd: String
  public var env: Int?
  public var options: CommandOptions

  public init(cmd: String, env: Int? = nil, options: CommandOptions = CommandOptions()) {
    self.cmd = cmd
    self.env = env
    self.options = options
  }
}
