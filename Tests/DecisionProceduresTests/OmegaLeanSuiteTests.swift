import DecisionProcedures
import Kernel
import Testing

extension OmegaLeanSuite.Example: CustomTestStringConvertible {
  var testDescription: String {
    "\(declarations) | \(hypotheses.joined(separator: "; ")) ⊢ \(goal) [\(proves ? "proves" : "fails")]"
  }
}

/// Lean's own omega test file, ported: each example Lean proves, we prove; each one Lean's test
/// marks as failing, we fail.
@Suite struct OmegaLeanSuiteTests {
  @Test(arguments: OmegaLeanSuite.examples) func leanVerdict(_ example: OmegaLeanSuite.Example) throws {
    let proved = try OmegaTestSupport.proves(
      example.declarations, example.hypotheses, example.goal, example.configuration)
    #expect(proved == example.proves)
  }
}
