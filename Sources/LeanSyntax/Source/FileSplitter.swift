import ProverCore

/// Finds where each command of a token stream starts and ends, and builds the header items,
/// declarations and holes of a `SourceFile`. Commands start at command keywords; `open` and
/// `set_option` start a command only at column 0, since they also occur inside proofs
/// (`open Nat in`, `set_option maxRecDepth 1000 in decide`). A declaration also ends where Lean's
/// parser ends its proof before a token that starts a line (a tactic not right of the command's
/// column after `by`, say); that token starts the next command.
struct FileSplitter {
  static let declarationKeywords: [String: Declaration.Kind] = [
    "theorem": .theorem, "lemma": .lemma, "example": .example, "def": .def, "abbrev": .abbrev,
    "instance": .instance, "axiom": .axiom, "structure": .structure, "inductive": .inductive,
    "class": .class, "opaque": .opaque,
  ]
  static let modifiers: Set<String> = ["private", "protected", "noncomputable", "partial", "unsafe", "nonrec"]
  static let scopeKeywords: [String: HeaderItem.Kind] = [
    "import": .import, "namespace": .namespace, "section": .section, "end": .end, "variable": .variable,
    "universe": .universe,
  ]
  static let columnZeroKeywords: [String: HeaderItem.Kind] = [
    "open": .open, "set_option": .setOption, "attribute": .attribute, "macro": .other, "syntax": .other,
    "notation": .other, "infix": .other, "infixl": .other, "infixr": .other, "prefix": .other,
    "postfix": .other, "elab": .other, "mutual": .other, "local": .other, "scoped": .other,
  ]
  /// Tokens after which a `sorry` stands in tactic position.
  static let tacticLeaders: Set<String> = ["by", ";", "·", "=>", "<;>", "try", "repeat", "all_goals", "any_goals"]

  let file: SourceFile
  var tokens: [Token] { file.tokens }
  var header: [HeaderItem] = []
  var declarations: [Declaration] = []
  var holes: [SorryHole] = []
  var diagnostics: [Diagnostic] = []
  var scopes: [(kind: HeaderItem.Kind, name: String)] = []

  init(file: SourceFile) {
    self.file = file
  }

  mutating func run() {
    let starts = commandStarts()
    for (position, start) in starts.enumerated() {
      let end = position + 1 < starts.count ? starts[position + 1] : tokens.count - 1
      guard start < end else { continue }
      buildCommand(tokens: start..<end)
    }
    for scope in scopes.reversed() where scope.kind == .namespace {
      report("invalid 'end', insufficient scopes: namespace '\(scope.name)' is never closed", at: tokens.last!.range)
    }
  }

  /// The indices of the tokens that begin a command. `set_option … in` and `open … in` prefixes
  /// stay with the command they modify.
  func commandStarts() -> [Int] {
    var starts: [Int] = []
    var index = 0
    var pendingPrefix = false
    var bracketDepth = 0
    while index < tokens.count - 1 {
      let token = tokens[index]
      if isBracketOpen(token) { bracketDepth += 1 }
      if isBracketClose(token) { bracketDepth = max(0, bracketDepth - 1) }
      if startsCommand(at: index, bracketDepth: bracketDepth) {
        if !pendingPrefix { starts.append(index) }
        pendingPrefix = false
        bracketDepth = isBracketOpen(token) ? 1 : 0
        if token.kind == .keyword, token.text == "open" || token.text == "set_option",
          let inIndex = prefixEnd(from: index)
        {
          pendingPrefix = true
          index = inIndex + 1
          continue
        }
      }
      index += 1
    }
    if starts.first != 0, tokens.count > 1 { starts.insert(0, at: 0) }
    return starts
  }

  /// For `open … in` / `set_option … in` at `index`, the index of its `in` when it is on the same
  /// line; nil for a plain `open` or `set_option` command.
  func prefixEnd(from index: Int) -> Int? {
    var cursor = index + 1
    while cursor < tokens.count - 1, tokens[cursor].range.start.line == tokens[index].range.start.line {
      if tokens[cursor].isReserved("in") { return cursor }
      cursor += 1
    }
    return nil
  }

  func isBracketOpen(_ token: Token) -> Bool {
    token.kind == .symbol && ["(", "[", "{", "⟨", "@["].contains(token.text)
  }

  func isBracketClose(_ token: Token) -> Bool {
    token.kind == .symbol && [")", "]", "}", "⟩"].contains(token.text)
  }

  func startsCommand(at index: Int, bracketDepth: Int) -> Bool {
    let token = tokens[index]
    switch token.kind {
    case .keyword:
      if Self.declarationKeywords[token.text] != nil || Self.scopeKeywords[token.text] != nil {
        return !isPrecededByModifier(index)
      }
      if Self.modifiers.contains(token.text) { return token.isFirstOnLine && !isPrecededByModifier(index) }
      return Self.columnZeroKeywords[token.text] != nil && token.isFirstOnLine && token.column == 0
    case .docComment:
      // A module doc (`/-! … -/`) is a command of its own: it ends the declaration before it.
      return token.isFirstOnLine
    case .symbol:
      if token.text == "@[" { return token.isFirstOnLine && !isPrecededByModifier(index) }
      return token.text == "#" && token.isFirstOnLine && token.column == 0
    default:
      return false
    }
  }

  /// True when the token is part of a modifier run that began earlier (doc comment, `@[…]`,
  /// `private`, `set_option … in`), so that it does not start a command of its own.
  func isPrecededByModifier(_ index: Int) -> Bool {
    guard index > 0 else { return false }
    let previous = tokens[index - 1]
    if previous.kind == .docComment && !previous.text.hasPrefix("/-!") { return true }
    if previous.kind == .keyword && Self.modifiers.contains(previous.text) { return true }
    if previous.isReserved("in") { return true }
    if previous.isReserved("]") {
      var depth = 0
      var cursor = index - 1
      while cursor >= 0 {
        if tokens[cursor].isReserved("]") { depth += 1 }
        if tokens[cursor].isReserved("[") { depth -= 1 }
        if tokens[cursor].isReserved("@[") {
          depth -= 1
          if depth == 0 { return true }
        }
        if depth == 0 { return false }
        cursor -= 1
      }
    }
    return false
  }

  // MARK: - Commands

  mutating func buildCommand(tokens range: Range<Int>) {
    var cursor = range.lowerBound
    while cursor < range.upperBound, tokens[cursor].kind == .docComment, tokens[cursor].text.hasPrefix("/-!") {
      cursor += 1
    }
    guard cursor < range.upperBound else { return }
    let first = tokens[cursor]
    if first.kind == .keyword, let kind = Self.scopeKeywords[first.text] ?? Self.columnZeroKeywords[first.text],
      !(first.text == "open" || first.text == "set_option") || prefixEnd(from: cursor) == nil
    {
      buildHeaderItem(kind: kind, tokens: cursor..<range.upperBound)
      return
    }
    if let (declaration, end) = buildDeclaration(tokens: cursor..<range.upperBound) {
      declarations.append(declaration)
      collectHoles(in: declarations.count - 1)
      if end < range.upperBound { buildCommand(tokens: end..<range.upperBound) }
      return
    }
    let span = span(cursor..<range.upperBound)
    header.append(HeaderItem(kind: .other, text: file.text(of: span), range: span))
    if !(first.kind == .symbol && first.text == "#") && first.kind != .docComment {
      let unexpected = first.kind == .identifier ? "identifier" : "token '\(first.text)'"
      report("unexpected \(unexpected); expected command", at: first.range)
    }
  }

  func span(_ range: Range<Int>) -> SourceRange {
    SourceRange(start: tokens[range.lowerBound].range.start, end: tokens[range.upperBound - 1].range.end)
  }

  mutating func buildHeaderItem(kind: HeaderItem.Kind, tokens range: Range<Int>) {
    let span = span(range)
    let name =
      range.count > 1 && tokens[range.lowerBound + 1].kind == .identifier
      ? tokens[range.lowerBound + 1].text : ""
    header.append(HeaderItem(kind: kind, text: file.text(of: span), range: span, name: name))
    switch kind {
    case .namespace:
      if name.isEmpty { report("expected identifier after 'namespace'", at: tokens[range.lowerBound].range) }
      scopes.append((.namespace, name))
    case .section:
      scopes.append((.section, name))
    case .end:
      guard let scope = scopes.popLast() else {
        report("invalid 'end', insufficient scopes", at: span)
        return
      }
      if scope.name != name {
        report(
          scope.name.isEmpty
            ? "invalid 'end', name mismatch (expected nothing)"
            : "invalid 'end', name mismatch (expected \(scope.name))", at: span)
      }
    default:
      break
    }
  }

  /// Reads modifiers, the keyword, the name and the `:=` of a declaration, and where it ends: at
  /// the end of `range`, or earlier where Lean's parser ends its proof at a token that starts a
  /// line (a tactic at or left of the command's column after a `by` block, say), which then starts
  /// the next command.
  mutating func buildDeclaration(tokens fullRange: Range<Int>) -> (Declaration, end: Int)? {
    var range = fullRange
    var cursor = range.lowerBound
    var docComment: String?
    var attributes: [String] = []
    var modifiers: [String] = []
    while cursor < range.upperBound {
      let token = tokens[cursor]
      if token.kind == .docComment {
        docComment = token.text
        cursor += 1
      } else if token.isReserved("@[") {
        var depth = 1
        let open = cursor
        cursor += 1
        while cursor < range.upperBound, depth > 0 {
          if tokens[cursor].isReserved("[") || tokens[cursor].isReserved("@[") { depth += 1 }
          if tokens[cursor].isReserved("]") { depth -= 1 }
          cursor += 1
        }
        if depth == 0 {
          let inner = SourceRange(start: tokens[open].range.end, end: tokens[cursor - 1].range.start)
          attributes.append(file.text(of: inner).trimmingSpaces)
        }
      } else if token.kind == .keyword, Self.modifiers.contains(token.text) {
        modifiers.append(token.text)
        cursor += 1
      } else if token.kind == .keyword, token.text == "open" || token.text == "set_option",
        let inIndex = prefixEnd(from: cursor), inIndex < range.upperBound
      {
        modifiers.append(file.text(of: span(cursor..<inIndex + 1)))
        cursor = inIndex + 1
      } else {
        break
      }
    }
    guard cursor < range.upperBound, tokens[cursor].kind == .keyword,
      let kind = Self.declarationKeywords[tokens[cursor].text]
    else { return nil }
    let keyword = cursor
    cursor += 1
    var name: String?
    let needsName = kind != .example && kind != .instance
    if cursor < range.upperBound, tokens[cursor].kind == .identifier, needsName || isInstanceName(cursor, range) {
      name = tokens[cursor].text
      cursor += 1
    } else if needsName {
      let at = cursor < range.upperBound ? tokens[cursor].range : tokens[keyword].range
      report("expected identifier after '\(tokens[keyword].text)'", at: at)
    }
    let bodyStart = cursor
    if let end = Parser.declarationEnd(
      tokens[bodyStart..<range.upperBound], file: file.path, commandColumn: tokens[range.lowerBound].column)
    {
      range = range.lowerBound..<end
    }
    var depth = 0
    var assignment: Int?
    while cursor < range.upperBound {
      let token = tokens[cursor]
      if isBracketOpen(token) { depth += 1 }
      if isBracketClose(token) { depth -= 1 }
      if depth == 0, token.isReserved(":=") {
        assignment = cursor
        break
      }
      cursor += 1
    }
    let afterName = bodyStart > keyword + 1 ? tokens[bodyStart - 1].range.end : tokens[keyword].range.end
    let signatureEnd = assignment.map { tokens[$0].range.start } ?? afterName
    let signatureStart = bodyStart < range.upperBound ? tokens[bodyStart].range.start : afterName
    let valueRange: SourceRange? = assignment.flatMap { index in
      index + 1 < range.upperBound ? span(index + 1..<range.upperBound) : nil
    }
    if let assignment, assignment + 1 >= range.upperBound {
      report("expected term after ':='", at: tokens[assignment].range)
    }
    let namespaces = scopes.filter { $0.kind == .namespace }.flatMap { Lexer.splitName($0.name) }
    let fullName = name.map { written -> String in
      if written.hasPrefix("_root_.") { return String(written.dropFirst(7)) }
      return (namespaces + [written]).joined(separator: ".")
    }
    let declaration = Declaration(
      kind: kind, name: name, fullName: fullName, namespaces: namespaces, modifiers: modifiers,
      attributes: attributes, docComment: docComment, range: span(range),
      keywordRange: span(keyword..<range.upperBound),
      signatureRange: SourceRange(start: min(signatureStart, signatureEnd), end: signatureEnd),
      valueRange: valueRange, bodyTokenRange: bodyStart..<range.upperBound)
    return (declaration, range.upperBound)
  }

  /// An `instance` is named when an identifier follows the keyword before any binder or colon.
  func isInstanceName(_ index: Int, _ range: Range<Int>) -> Bool {
    index + 1 < range.upperBound && !tokens[index + 1].isReserved(".")
  }

  mutating func collectHoles(in declarationIndex: Int) {
    let declaration = declarations[declarationIndex]
    guard let value = declaration.valueRange else { return }
    for index in declaration.bodyTokenRange where tokens[index].isReserved("sorry") {
      let token = tokens[index]
      guard token.range.start.offset >= value.start.offset else { continue }
      let previous = tokens[index - 1]
      let isTactic =
        Self.tacticLeaders.contains(previous.text) && previous.kind != .string
        || token.isFirstOnLine && !previous.isReserved(":=") && !previous.isReserved(",")
      let indent: Int
      if token.isFirstOnLine {
        indent = token.column
      } else {
        indent = lineIndent(ofTokenAt: index) + 2
      }
      holes.append(
        SorryHole(
          range: token.range, declarationIndex: declarationIndex, position: isTactic ? .tactic : .term,
          indentColumn: indent, byRange: previous.isReserved("by") ? previous.range : nil,
          followsAssignment: previous.isReserved(":=")))
    }
  }

  /// The column of the first token on the line of the token at `index`.
  func lineIndent(ofTokenAt index: Int) -> Int {
    var cursor = index
    while cursor > 0, !tokens[cursor].isFirstOnLine { cursor -= 1 }
    return tokens[cursor].column
  }

  mutating func report(_ message: String, at range: SourceRange) {
    diagnostics.append(Diagnostic(category: .syntax, location: file.location(range), message: message))
  }
}

extension String {
  var trimmingSpaces: String {
    var scalars = Substring(self)
    while scalars.first?.isWhitespace == true { scalars.removeFirst() }
    while scalars.last?.isWhitespace == true { scalars.removeLast() }
    return String(scalars)
  }
}
