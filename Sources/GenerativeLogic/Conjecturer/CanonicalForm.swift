/// Canonical strings of chains: variables renamed in order of first occurrence, and the smallest
/// string over the mirror images (sides of each equation swapped).
public enum CanonicalForm {
  /// The statement with its variables renamed `a`, `b`, `c`, … by first occurrence.
  public static func renamed(_ statement: Statement) -> Statement {
    let order = Statement(premises: statement.premises, conclusion: statement.conclusion).variables
    let renaming = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, variableName($0)) })
    return statement.renamed(renaming)
  }

  /// The n-th canonical variable name: a, b, c, …
  public static func variableName(_ index: Int) -> String {
    let letters = Array("abcdefghijklmnopqrtuvwxyz")
    return index < letters.count ? String(letters[index]) : "v\(index)"
  }

  /// The string of a statement after renaming.
  public static func string(_ statement: Statement) -> String {
    let renamed = renamed(statement)
    let parts = renamed.premises.map { "\($0.lhs.prefixText)=\($0.rhs.prefixText)" }
    return (parts + ["\(renamed.conclusion.lhs.prefixText)=\(renamed.conclusion.rhs.prefixText)"])
      .joined(separator: ">")
  }

  /// The mirror images of a statement: every combination of swapped equation sides.
  public static func mirrors(_ statement: Statement) -> [Statement] {
    var results: [Statement] = [statement]
    for index in statement.premises.indices {
      results += results.map { variant in
        var copy = variant
        copy.premises[index] = copy.premises[index].swapped
        return copy
      }
    }
    results += results.map { variant in
      var copy = variant
      copy.conclusion = copy.conclusion.swapped
      return copy
    }
    return results
  }

  /// The canonical key: the smallest string over the mirror images.
  public static func key(_ statement: Statement) -> String {
    mirrors(statement).map(string).min() ?? string(statement)
  }
}
