/// LeanSyntax reads Lean 4 source: it splits a file into header and declarations, finds `sorry`
/// holes, and parses and prints the terms, binders and tactics of the native fragment.
public enum LeanSyntax {}
