@testable import NativeChecker

/// Helpers for the tests of Mathlib's normalising tactics (`push_neg`, `zify`, `norm_cast`,
/// `ring_nf at`, `norm_num [..]`): a theorem checked under `import Mathlib`, and the goals or the
/// error it leaves.
enum MathlibTacticTestSupport {
  /// `import Mathlib` and one theorem `t` with the given signature and tactic lines.
  static func source(_ signature: String, _ tactics: [String], mathlib: Bool = true) -> String {
    (mathlib ? "import Mathlib\n\n" : "") + "theorem t \(signature) := by\n"
      + tactics.map { "  " + $0 + "\n" }.joined()
  }

  static func verdict(_ signature: String, _ tactics: [String], mathlib: Bool = true) -> DeclarationVerdict? {
    CheckerTestSupport.verdicts(source(signature, tactics, mathlib: mathlib)).last
  }

  static func accepted(_ signature: String, _ tactics: [String]) -> Bool {
    verdict(signature, tactics)?.status == .accepted
  }

  /// The first diagnostic's message.
  static func message(_ signature: String, _ tactics: [String], mathlib: Bool = true) -> String? {
    verdict(signature, tactics, mathlib: mathlib)?.diagnostics.first?.message
  }

  /// The goals left open, as Lean prints them after `unsolved goals`; nil when the script failed
  /// otherwise or closed everything.
  static func goals(_ signature: String, _ tactics: [String]) -> String? {
    guard let message = message(signature, tactics), message.hasPrefix("unsolved goals\n") else { return nil }
    return String(message.dropFirst("unsolved goals\n".count))
  }
}
