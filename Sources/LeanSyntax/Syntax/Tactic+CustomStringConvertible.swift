extension Tactic: CustomStringConvertible {
  /// The tactic as Lean source (see `Printer`).
  public var description: String { Printer.print(self) }
}
