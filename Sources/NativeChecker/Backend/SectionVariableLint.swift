import LeanSyntax
import ProverCore

/// A binder name of a `variable` command, at its byte range in the text of the REPL command that
/// declared it, with the identifiers its binder's type mentions.
struct SectionVariable: Hashable, Sendable {
  var name: String
  var bytes: Range<Int>
  var typeIdentifiers: Set<String>
}

/// The section variables in scope after a REPL command, with the scope marks of the open
/// `namespace`/`section` commands (an `end` drops the variables declared since its mark).
struct SectionVariableScope: Hashable, Sendable {
  /// Variables declared by earlier REPL commands, in declaration order.
  var inherited: [SectionVariable] = []
  /// Variables declared by the current REPL command (their bytes lie in the current text).
  var own: [SectionVariable] = []
  var marks: [Int] = []

  /// `inherited` and `own` become `inherited` for the next REPL command.
  var forNextCommand: SectionVariableScope {
    SectionVariableScope(inherited: inherited + own, own: [], marks: marks)
  }

  mutating func apply(_ item: HeaderItem, in file: SourceFile) {
    switch item.kind {
    case .namespace, .section: marks.append(inherited.count + own.count)
    case .end:
      guard let mark = marks.popLast() else { return }
      own.removeLast(max(0, min(own.count, inherited.count + own.count - mark)))
      inherited.removeLast(max(0, inherited.count - mark))
    case .variable: own += SectionVariableLint.binders(of: item, in: file).variables
    default: break
    }
  }
}

/// Lean's unused-variables linter (`Lean/Linter/UnusedVariables.lean`) as the real REPL runs it on
/// a `variable` command given an environment of an earlier REPL command.
///
/// The rule, read from the linter and from `runTermElabM` (`Lean/Elab/Command.lean`): the linter
/// sees only the current command's info trees (`elabCommandTopLevel` resets them), but every
/// command elaborated through `runTermElabM` re-elaborates the binders of the section variables in
/// scope from their stored syntax, so the current command's info tree holds binder nodes at the byte
/// ranges those binders had in the REPL command that declared them. Within one text they lie before
/// the current command and are skipped ("outside the command syntax range"); a REPL command starts
/// again at byte 0, so they can fall inside it. For such a binder the linter
/// - skips the whole command when it logged an error or its syntax contains `sorry` or `admit`;
/// - skips the binder unless its start lies in the command's range, or its name starts with `_`;
/// - skips it when used: the re-elaborated variable is referenced in the command, which for a
///   `variable` command means in the type of a later section variable or of the command's own binders;
/// - looks up the innermost syntax of the *current* command whose range includes the binder's range
///   (none when it ends past the command: skipped); only when that is an identifier are the ignore
///   functions run, and for a `variable` command the one that matches is the `variable` exemption
///   (the identifier is a binder name of the command). Otherwise it warns at the binder's range.
/// Declarations re-elaborate section variables too, but their syntax stacks meet other ignore
/// functions; this emulation covers only `variable` commands.
enum SectionVariableLint {
  /// Lean v4.33's warning for the unused variable `name`.
  static func message(_ name: String) -> String {
    "Variable name `\(name)` is not explicitly referenced.\n\nHint: The binding can be removed (if unused) or named `_` "
      + "(if used implicitly). Alternatively, prefix the name with `_` to silence this warning:\n  [apply] _\(name)"
      + "\n\nNote: This linter can be disabled with `set_option linter.unusedVariables false`"
  }

  /// The tokens of a command, without the trailing whitespace and comments.
  static func tokens(of item: HeaderItem, in file: SourceFile) -> ArraySlice<Token> {
    let range = item.range.byteRange
    guard let first = file.tokens.firstIndex(where: { $0.range.start.offset >= range.lowerBound }) else { return [] }
    var last = first
    while last < file.tokens.count, file.tokens[last].kind != .endOfFile,
      file.tokens[last].range.end.offset <= range.upperBound
    {
      last += 1
    }
    return file.tokens[first..<last]
  }

  /// The binder names of a `variable` command, and the indices of their tokens.
  static func binders(of item: HeaderItem, in file: SourceFile) -> (variables: [SectionVariable], names: Set<Int>) {
    var variables: [SectionVariable] = []
    var names: Set<Int> = []
    var depth = 0
    var group: [Int] = []
    var typeIdentifiers: Set<String> = []
    var inType = false
    var opener = ""
    for index in tokens(of: item, in: file).indices.dropFirst() {
      let token = file.tokens[index]
      if ["(", "{", "[", "⦃"].contains(token.text), token.kind == .symbol {
        depth += 1
        if depth == 1 {
          (group, typeIdentifiers, inType, opener) = ([], [], false, token.text)
          continue
        }
      }
      if [")", "}", "]", "⦄"].contains(token.text), token.kind == .symbol {
        depth -= 1
        if depth == 0 {
          if opener == "[" && !inType {
            typeIdentifiers.formUnion(group.map { file.tokens[$0].text })
            variables.append(SectionVariable(name: "", bytes: token.range.byteRange, typeIdentifiers: typeIdentifiers))
            continue
          }
          for nameIndex in group {
            names.insert(nameIndex)
            variables.append(
              SectionVariable(
                name: file.tokens[nameIndex].text, bytes: file.tokens[nameIndex].range.byteRange,
                typeIdentifiers: typeIdentifiers))
          }
          continue
        }
      }
      guard depth >= 1 else { continue }
      if depth == 1, token.text == ":", token.kind == .symbol, !inType {
        inType = true
      } else if depth == 1, !inType, token.kind == .identifier {
        group.append(index)
      } else if token.kind == .identifier {
        typeIdentifiers.insert(token.text)
      }
    }
    return (variables, names)
  }

  /// The linter's warnings on the `variable` command `item` of `file` (a REPL command), given the
  /// section variables in scope before it. `hasErrors` tells whether the command logged an error.
  static func warnings(
    for item: HeaderItem, in file: SourceFile, scope: SectionVariableScope, hasErrors: Bool
  ) -> [Diagnostic] {
    let tokens = tokens(of: item, in: file)
    guard item.kind == .variable, !hasErrors, let first = tokens.first, let last = tokens.last,
      !tokens.contains(where: {
        $0.kind == .keyword || $0.kind == .identifier ? ["sorry", "admit"].contains($0.text) : false
      })
    else { return [] }
    let command = first.range.start.offset..<last.range.end.offset
    let own = binders(of: item, in: file)
    let later = scope.inherited + scope.own + own.variables
    var warnings: [(Int, Diagnostic)] = []
    for (position, variable) in scope.inherited.enumerated() {
      guard command.contains(variable.bytes.lowerBound), variable.bytes.upperBound <= command.upperBound,
        !variable.name.isEmpty, !variable.name.hasPrefix("_"), !isUsed(position, in: later)
      else { continue }
      if let token = tokens.indices.first(where: {
        tokens[$0].range.start.offset <= variable.bytes.lowerBound
          && variable.bytes.upperBound <= tokens[$0].range.end.offset
      }), tokens[token].kind == .identifier, own.names.contains(token) {
        continue
      }
      warnings.append(
        (
          variable.bytes.lowerBound,
          Diagnostic(
            severity: .warning, category: .elaboration, location: file.location(range(variable.bytes, in: file)),
            message: message(variable.name))
        ))
    }
    return warnings.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// Whether the variable at `position` is referenced by a later binder's type before a later
  /// binder of the same name shadows it.
  static func isUsed(_ position: Int, in variables: [SectionVariable]) -> Bool {
    let name = variables[position].name
    for other in variables[(position + 1)...] {
      if other.typeIdentifiers.contains(name) { return true }
      if other.name == name { return false }
    }
    return false
  }

  /// A byte range of `file`'s text as a source range, columns in code points as Lean counts them.
  static func range(_ bytes: Range<Int>, in file: SourceFile) -> SourceRange {
    SourceRange(start: position(bytes.lowerBound, in: file), end: position(bytes.upperBound, in: file))
  }

  static func position(_ offset: Int, in file: SourceFile) -> SourcePosition {
    let utf8 = Array(file.text.utf8)
    let prefix = utf8[..<min(offset, utf8.count)]
    let lineStart = (prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }) ?? 0
    let line = prefix.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    let column = String(decoding: utf8[lineStart..<prefix.endIndex], as: UTF8.self).unicodeScalars.count
    return SourcePosition(offset: offset, line: line, column: column)
  }
}
