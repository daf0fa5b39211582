extension TacticBlock: CustomStringConvertible {
  /// The block as Lean source, one tactic per line (see `Printer`).
  public var description: String { Printer.print(self) }
}
