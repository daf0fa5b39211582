/// Lean-style names for the laws of arithmetic, so that a derived theorem that is one of them is
/// stated and exported the way Lean states it (`gl_add_comm : a + b = b + a`).
public enum KnownLaws {
  /// A named law.
  public struct Law: Hashable, Sendable {
    public var name: String
    public var statement: Statement
  }

  static let a = Term.variable("a")
  static let b = Term.variable("b")
  static let c = Term.variable("c")

  static func law(_ name: String, _ lhs: Term, _ rhs: Term, if premise: Equation? = nil) -> Law {
    let conclusion = Equation(lhs, rhs)
    let premises = premise.map { [$0] } ?? []
    let statement = Statement(premises: premises, conclusion: conclusion)
    let ordered = ["a", "b", "c"].filter(statement.variables.contains)
    return Law(name: name, statement: Statement(variables: ordered, premises: premises, conclusion: conclusion))
  }

  /// The table, most important first.
  public static let laws: [Law] = [
    law("gl_add_zero", .add(a, .zero), a),
    law("gl_add_succ", .add(a, .succ(b)), .succ(.add(a, b))),
    law("gl_mul_zero", .mul(a, .zero), .zero),
    law("gl_mul_succ", .mul(a, .succ(b)), .add(.mul(a, b), a)),
    law("gl_zero_add", .add(.zero, a), a),
    law("gl_succ_add", .add(.succ(a), b), .succ(.add(a, b))),
    law("gl_add_one", .add(a, .one), .succ(a)),
    law("gl_one_add", .add(.one, a), .succ(a)),
    law("gl_add_comm", .add(a, b), .add(b, a)),
    law("gl_add_assoc", .add(.add(a, b), c), .add(a, .add(b, c))),
    law("gl_add_left_comm", .add(a, .add(b, c)), .add(b, .add(a, c))),
    law("gl_add_right_comm", .add(.add(a, b), c), .add(.add(a, c), b)),
    law("gl_zero_mul", .mul(.zero, a), .zero),
    law("gl_succ_mul", .mul(.succ(a), b), .add(.mul(a, b), b)),
    law("gl_mul_one", .mul(a, .one), a),
    law("gl_one_mul", .mul(.one, a), a),
    law("gl_mul_comm", .mul(a, b), .mul(b, a)),
    law("gl_mul_assoc", .mul(.mul(a, b), c), .mul(a, .mul(b, c))),
    law("gl_mul_left_comm", .mul(a, .mul(b, c)), .mul(b, .mul(a, c))),
    law("gl_mul_right_comm", .mul(.mul(a, b), c), .mul(.mul(a, c), b)),
    law("gl_left_distrib", .mul(a, .add(b, c)), .add(.mul(a, b), .mul(a, c))),
    law("gl_right_distrib", .mul(.add(a, b), c), .add(.mul(a, c), .mul(b, c))),
    law("gl_succ_inj", a, b, if: Equation(.succ(a), .succ(b))),
    law("gl_add_right_cancel", a, b, if: Equation(.add(a, c), .add(b, c))),
    law("gl_add_left_cancel", a, b, if: Equation(.add(c, a), .add(c, b))),
  ]

  static let byKey: [String: Law] = {
    var table: [String: Law] = [:]
    for law in laws { table[CanonicalForm.key(law.statement)] = table[CanonicalForm.key(law.statement)] ?? law }
    return table
  }()

  /// The named law a statement is, up to renaming and mirroring.
  public static func law(matching statement: Statement) -> Law? { byKey[CanonicalForm.key(statement)] }

  /// The acceptance targets of issue 7.
  public static let targets = [
    "gl_add_comm", "gl_add_assoc", "gl_mul_comm", "gl_mul_assoc", "gl_left_distrib", "gl_right_distrib",
    "gl_add_right_cancel", "gl_succ_inj",
  ]
}
