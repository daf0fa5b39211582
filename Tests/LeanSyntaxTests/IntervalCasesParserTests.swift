import LeanSyntax
import ProverCore
import Testing

/// Mathlib's `interval_cases (h :)? x? (using hl, hu)?`, parsed and printed back.
@Suite struct IntervalCasesParserTests {
  @Test func formsRoundTrip() {
    for source in [
      "interval_cases x", "interval_cases h : x", "interval_cases using h1, h2", "interval_cases h : n using h1, h2",
      "interval_cases a <;> interval_cases b <;> omega",
    ] {
      let block = Parser.parseTactics(source).value
      #expect(block?.tactics.count == 1, "\(source)")
      #expect(block.map { Printer.print($0) } == source, "\(source)")
    }
    if case .intervalCases(let name, let target, let bounds) = Parser.parseTactics("interval_cases h : x").value?
      .tactics.first?.kind
    {
      #expect(name == "h")
      #expect(target.map { Printer.print($0) } == "x")
      #expect(bounds.isEmpty)
    } else {
      Issue.record("interval_cases h : x did not parse as interval_cases")
    }
  }
}
