/// Prints JSON the way Lean's `Json.pretty` does (the REPL's output format): Lean's `Format`
/// layout at 80 columns, where each bracket is a group nested by one column and each `"key": value`
/// pair is a group that breaks after the colon. The REPL's responses are reproduced byte for byte.
public struct LeanJSONPrinter: Sendable {
  /// The line width Lean's `Json.pretty` uses.
  public var width: Int

  public init(width: Int = 80) {
    self.width = width
  }

  /// The value as Lean prints it, without a trailing newline.
  public func print(_ value: JSONValue) -> String {
    var layout = Layout(width: width)
    layout.run(Self.document(value))
    return layout.output
  }

  /// The REPL's whole reply for `value`: the pretty JSON, a newline, and an empty line.
  public func reply(_ value: JSONValue) -> String {
    print(value) + "\n\n"
  }

  indirect enum Doc {
    case empty
    case line
    case text(String, length: Int)
    case nest(Int, Doc)
    case append(Doc, Doc)
    case group(Doc)
  }

  static func text(_ string: String) -> Doc {
    .text(string, length: string.unicodeScalars.count)
  }

  static func bracket(_ left: String, _ body: Doc, _ right: String) -> Doc {
    .group(.nest(left.unicodeScalars.count, .append(.append(text(left), body), text(right))))
  }

  static func joined(_ docs: [Doc]) -> Doc {
    guard var result = docs.last else { return .empty }
    for doc in docs.dropLast().reversed() {
      result = .append(doc, .append(text(","), .append(.line, result)))
    }
    return result
  }

  static func quoted(_ string: String) -> String {
    var bytes: [UInt8] = []
    JSONValue.appendQuoted(string, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  static func document(_ value: JSONValue) -> Doc {
    switch value {
    case .null, .bool, .int, .double: return text(value.compactText)
    case .string(let string): return text(quoted(string))
    case .array(let elements): return bracket("[", joined(elements.map(document)), "]")
    case .object(let fields):
      let pairs = JSONValue.leanKeyOrder(fields).map { key in
        Doc.group(.append(text(quoted(key) + ":"), .append(.line, document(fields[key, default: .null]))))
      }
      return bracket("{", joined(pairs), "}")
    }
  }

  /// Lean's `Format.prettyM` for the constructs JSON uses (all groups flatten all or nothing).
  struct Layout {
    struct Item {
      var doc: Doc
      var indent: Int
    }

    struct Group {
      var flatten: Bool
      /// Pending items, the next one last.
      var items: [Item]
    }

    struct Space {
      var foundLine = false
      var space = 0
    }

    let width: Int
    var output = ""
    var column = 0
    /// The group stack, the innermost last.
    var groups: [Group] = []

    init(width: Int) {
      self.width = width
    }

    mutating func run(_ doc: Doc) {
      groups = [Group(flatten: false, items: [Item(doc: doc, indent: 0)])]
      while !groups.isEmpty {
        let top = groups.count - 1
        guard let item = groups[top].items.popLast() else {
          groups.removeLast()
          continue
        }
        switch item.doc {
        case .empty:
          break
        case .text(let string, let length):
          output += string
          column += length
        case .line:
          if groups[top].flatten {
            output += " "
            column += 1
          } else {
            output += "\n" + String(repeating: " ", count: item.indent)
            column = item.indent
          }
        case .nest(let amount, let inner):
          groups[top].items.append(Item(doc: inner, indent: item.indent + amount))
        case .append(let first, let second):
          groups[top].items.append(Item(doc: second, indent: item.indent))
          groups[top].items.append(Item(doc: first, indent: item.indent))
        case .group(let inner):
          if groups[top].flatten {
            groups[top].items.append(Item(doc: inner, indent: item.indent))
          } else {
            pushGroup(Item(doc: inner, indent: item.indent))
          }
        }
      }
    }

    mutating func pushGroup(_ item: Item) {
      let available = max(width - column, 0)
      let candidate = Group(flatten: true, items: [item])
      var result = Self.space(of: [candidate], upTo: available)
      if !(result.space > available || result.foundLine) {
        let rest = Self.space(of: groups, upTo: available - result.space)
        result = Space(foundLine: rest.foundLine, space: result.space + rest.space)
      }
      groups.append(Group(flatten: result.space <= available, items: [item]))
    }

    /// Lean's `spaceUptoLine'`: the width of the pending items up to the first line break.
    static func space(of groups: [Group], upTo available: Int) -> Space {
      var total = Space()
      for group in groups.reversed() {
        for item in group.items.reversed() {
          let part = space(of: item.doc, flatten: group.flatten, upTo: available - total.space)
          total = Space(foundLine: part.foundLine, space: total.space + part.space)
          if total.space > available || total.foundLine { return total }
        }
      }
      return total
    }

    /// Lean's `spaceUptoLine` for one document.
    static func space(of doc: Doc, flatten: Bool, upTo available: Int) -> Space {
      switch doc {
      case .empty: return Space()
      case .line: return flatten ? Space(space: 1) : Space(foundLine: true)
      case .text(_, let length): return Space(space: length)
      case .nest(_, let inner): return space(of: inner, flatten: flatten, upTo: available)
      case .group(let inner): return space(of: inner, flatten: true, upTo: available)
      case .append(let first, let second):
        let left = space(of: first, flatten: flatten, upTo: available)
        if left.space > available || left.foundLine { return left }
        let right = space(of: second, flatten: flatten, upTo: available - left.space)
        return Space(foundLine: right.foundLine, space: left.space + right.space)
      }
    }
  }
}
