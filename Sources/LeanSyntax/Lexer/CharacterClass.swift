/// Lean 4's character classes for identifiers (`Lean.isIdFirst`, `Lean.isIdRest`,
/// `Lean.isLetterLike`, `Lean.isSubScriptAlnum`), so that identifiers split exactly where Lean
/// splits them. Note that Lean's `isAlpha` is ASCII only.
enum CharacterClass {
  static func isLetterLike(_ value: UInt32) -> Bool {
    (0x3b1...0x3c9).contains(value) && value != 0x3bb  // lower Greek, but λ
      || (0x391...0x3a9).contains(value) && value != 0x3a0 && value != 0x3a3  // upper Greek, but Π and Σ
      || (0x3ca...0x3fb).contains(value)  // Coptic
      || (0x1f00...0x1ffe).contains(value)  // polytonic Greek
      || (0x2100...0x214f).contains(value)  // letter-like block (ℕ, ℤ, …)
      || (0x1d49c...0x1d59f).contains(value)  // script, double-struck and Fraktur letters
  }

  static func isSubscriptAlphanumeric(_ value: UInt32) -> Bool {
    (0x2080...0x2089).contains(value) || (0x2090...0x209c).contains(value) || (0x1d62...0x1d6a).contains(value)
  }

  static func isASCIIAlpha(_ value: UInt32) -> Bool {
    (0x41...0x5a).contains(value) || (0x61...0x7a).contains(value)
  }

  static func isASCIIDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }

  static func isIdentifierFirst(_ value: UInt32) -> Bool {
    isASCIIAlpha(value) || value == 0x5f || isLetterLike(value)
  }

  static func isIdentifierRest(_ value: UInt32) -> Bool {
    isASCIIAlpha(value) || isASCIIDigit(value) || value == 0x5f || value == 0x27 || value == 0x21 || value == 0x3f
      || isLetterLike(value) || isSubscriptAlphanumeric(value)
  }
}
