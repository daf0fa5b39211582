extension Term: CustomStringConvertible {
  /// The term as Lean source (see `Printer`).
  public var description: String { Printer.print(self) }
}
