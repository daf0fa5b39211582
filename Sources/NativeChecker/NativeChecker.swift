import Kernel
import LeanSyntax

/// NativeChecker is the embedded backend for the Lean 4 fragment: the environment and prelude, the
/// elaborator from LeanSyntax to kernel terms, goals printed as Lean prints them, the tactic engine
/// whose finished proofs are replayed through the kernel, and `prover check`.
public enum NativeChecker {}

/// A kernel term (the module `LeanSyntax` has a `Term` of its own).
typealias KTerm = Kernel.Term

/// A term of the Lean syntax tree.
typealias Syntax = LeanSyntax.Term
