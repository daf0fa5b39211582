import Kernel
import LeanSyntax
import ProverCore

extension Elaborator {
  /// Mathlib's `Even a`, `Odd a` (`a : ℕ` or `a : ℤ`, the argument's own type decides, a numeral
  /// being ℕ), `Nat.Prime p` and `Nat.factorial n`, applied to exactly one argument. `Prime`
  /// resolved outside `namespace Nat` is Mathlib's `_root_.Prime` (or, with `open Nat`, an
  /// ambiguous name), which the fragment does not have.
  func mathlibDefinition(_ name: String, _ arguments: [Syntax], _ syntax: Syntax) throws(CheckError) -> KTerm {
    if name == "Prime" {
      throw .unsupported("Prime", at: syntax.range, detail: "Mathlib's _root_.Prime (the fragment has Nat.Prime)")
    }
    guard arguments.count == 1 else {
      throw .unsupported("\(name) with \(arguments.count) arguments", at: syntax.range)
    }
    switch name {
    case "Even", "Odd":
      let operand = try elaborate(arguments[0], expected: nil)
      guard operand.type == .nat || operand.type == .int else {
        throw .unsupported("\(name) on \(printer.print(operand.type))", at: syntax.range)
      }
      return try kernel(
        { () throws(KernelError) in name == "Even" ? try KTerm.even(operand) : try KTerm.odd(operand) },
        at: syntax.range)
    case "Nat.Prime":
      let operand = try elaborate(arguments[0], expected: .nat)
      return try kernel({ () throws(KernelError) in try KTerm.prime(operand) }, at: syntax.range)
    default:
      let operand = try elaborate(arguments[0], expected: .nat)
      return try kernel({ () throws(KernelError) in try KTerm.factorial(operand) }, at: syntax.range)
    }
  }

  /// Mathlib's notation `n !` for `Nat.factorial n`, scoped in the namespace `Nat`: it exists only
  /// with Mathlib and with `Nat` open (`open Nat`, or inside `namespace Nat`).
  func factorialNotation(_ operand: Syntax, _ syntax: Syntax) throws(CheckError) -> KTerm {
    guard environment.factorialNotation else {
      throw .elaboration("unexpected token '!'; the notation `n !` needs Mathlib and `open Nat`", at: syntax.range)
    }
    let value = try elaborate(operand, expected: .nat)
    return try kernel({ () throws(KernelError) in try KTerm.factorial(value) }, at: syntax.range)
  }
}

extension Elaborator {
  /// The lemma that generalized field notation `h.field` finds for `h : Nat.Prime p`
  /// (`Nat.Prime.field`), `h : Even a` (`Even.field`) or `h : Odd a` (`Odd.field`), in a Mathlib
  /// file; nil for any other proposition. A field the native prelude lacks is unsupported: Mathlib
  /// has many more lemmas about these definitions.
  func mathlibDefinitionField(_ proposition: KTerm, _ field: String, _ range: SourceRange) throws(CheckError)
    -> LemmaEntry?
  {
    guard environment.mathlib, let (constant, _) = proposition.asUnaryOperation else { return nil }
    let namespace: String
    switch constant {
    case .natPrime: namespace = "Nat.Prime"
    case .natEven, .intEven: namespace = "Even"
    case .natOdd, .intOdd: namespace = "Odd"
    default: return nil
    }
    guard let entry = environment.lemmas[namespace + "." + field] else {
      throw .unsupported(
        namespace + "." + field, at: range, detail: "a Mathlib lemma that the native prelude does not have")
    }
    return entry
  }

  /// Whether `name` is one of Mathlib's definitions that the fragment knows only applied.
  static func isMathlibDefinition(_ name: String) -> Bool {
    ["Even", "Odd", "Nat.Prime", "Nat.factorial", "Prime"].contains(name)
  }
}
