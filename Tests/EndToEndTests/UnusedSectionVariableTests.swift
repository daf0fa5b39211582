import LeanREPL
import NativeChecker
import ProverCore
import Testing

/// `prover repl` warns, as the real REPL does, about a section variable of an earlier command whose
/// byte range falls inside a later `variable` command run in that command's environment, unless
/// the later command has a binder name there (Lean's `variable` exemption).
@Suite("unused section variables across REPL commands")
struct UnusedSectionVariableTests {
  static func messages(_ first: String, _ second: String, env: Int = 0) async throws -> [ReplMessage] {
    var session = ReplSession(backend: NativeBackend())
    _ = await session.respond(to: .command(CommandRequest(cmd: first, env: nil)))
    let reply = await session.respond(to: .command(CommandRequest(cmd: second, env: env)))
    guard case .command(let response) = reply else { throw Unexpected(reply: reply) }
    return response.messages
  }

  struct Unexpected: Error {
    var reply: ReplResponse
  }

  static func hint(_ name: String) -> String {
    "Variable name `\(name)` is not explicitly referenced.\n\nHint: The binding can be removed (if unused) or named `_` "
      + "(if used implicitly). Alternatively, prefix the name with `_` to silence this warning:\n  [apply] _\(name)\n\n"
      + "Note: This linter can be disabled with `set_option linter.unusedVariables false`"
  }

  @Test("the golden case: y under ':' is warned, x under the binder f is not")
  func golden() async throws {
    let messages = try await Self.messages("variable (x y : Nat)", "variable (f : Nat → Nat)")
    #expect(messages.map(\.data) == [Self.hint("y")])
    #expect(messages.first?.severity == .warning)
    #expect(messages.first?.pos == ReplPosition(line: 1, column: 12))
    #expect(messages.first?.endPos == ReplPosition(line: 1, column: 13))
  }

  @Test("binders under binder names of the new command are exempt")
  func underIdentifiers() async throws {
    let messages = try await Self.messages("variable (x y : Nat)", "variable (a b : Int)")
    #expect(messages.isEmpty)
  }

  @Test("a binder under an identifier of a type, or under a bracket, is not exempt")
  func underTypeIdentifier() async throws {
    // a (10–11) lies under the binder name `ffff`, b (20–21) under `)`, x (30–31) under `ffff` of a type.
    let messages = try await Self.messages(
      "variable (a : Nat) (b : Nat) (x : Nat)", "variable (ffff : Nat) (g : ffff = ffff)")
    #expect(messages.map(\.data) == [Self.hint("b"), Self.hint("x")])
    #expect(messages.map(\.pos) == [ReplPosition(line: 1, column: 20), ReplPosition(line: 1, column: 30)])
  }

  @Test("a command with sorry or an error is not linted")
  func skipped() async throws {
    let withSorry = try await Self.messages("variable (x y : Nat)", "variable (f : Nat → sorry)")
    #expect(!withSorry.contains { $0.data.hasPrefix("Variable name") })
    let withError = try await Self.messages("variable (x y : Nat)", "variable (f : Nat → Nat) (h : f = )")
    #expect(withError.contains { $0.severity == .error })
    #expect(!withError.contains { $0.data.hasPrefix("Variable name") })
  }

  @Test("a variable referenced by a later binder's type is used")
  func used() async throws {
    let messages = try await Self.messages("variable (n m : Nat)", "variable (f : Nat) (h : m = n)")
    #expect(messages.isEmpty)
    let unused = try await Self.messages("variable (n m : Nat)", "variable (f : Nat) (h : n = n)")
    #expect(unused.map(\.data) == [Self.hint("m")])
  }

  @Test("a longer earlier command: its binders map to lines and columns of the new text")
  func longerEarlier() async throws {
    let messages = try await Self.messages(
      "variable (a b : Nat)\nvariable (c : Nat)", "variable (p : Nat)\nvariable (q r : Nat)")
    // a (10–11) under `p` and c (31–32) under `r`: exempt; b (12–13) under ':' is warned.
    #expect(messages.map(\.data) == [Self.hint("b")])
    #expect(messages.first?.pos == ReplPosition(line: 1, column: 12))
  }

  @Test("no warning without an earlier environment, and none after an `end` closed the section")
  func scoping() async throws {
    var session = ReplSession(backend: NativeBackend())
    let first = await session.respond(to: .command(CommandRequest(cmd: "variable (x y : Nat)", env: nil)))
    #expect("\(first.json)".contains("Variable name") == false)
    let closed = try await Self.messages("section\nvariable (x y : Nat)\nend", "variable (ffffffffffff : Nat → Nat)")
    #expect(closed.isEmpty)
  }
}
