import DecisionProcedures
import Kernel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the corpus theorems whose whole proof is `omega` (`corpora/**/*.lean`) into kernel goals,
/// with the tests' Lean-syntax reader; declarations it cannot read are skipped. Shared by the
/// tests and the benchmark.
enum OmegaCorpusReader {
  struct Goal {
    let label: String
    let hypotheses: [Term]
    let target: Term
    let configuration: OmegaConfiguration
  }

  /// `(x y : Nat)`, `{n : Int}` and `(h : p)` binders, then `: goal`, of a theorem header.
  static func goal(_ header: String, label: String) -> Goal? {
    var text = Substring(header)
    var declarations: [String] = []
    var hypotheses: [String] = []
    while let first = text.first(where: { $0 != " " }), "({[".contains(first) {
      text = text.drop { $0 == " " }
      let close: Character = first == "(" ? ")" : first == "{" ? "}" : "]"
      var depth = 0
      var end = text.startIndex
      for index in text.indices {
        if text[index] == first { depth += 1 }
        if text[index] == close {
          depth -= 1
          if depth == 0 {
            end = index
            break
          }
        }
      }
      let group = text[text.index(after: text.startIndex)..<end]
      text = text[text.index(after: end)...]
      guard first != "[", let colon = group.firstIndex(of: ":") else { continue }
      let names = group[..<colon]
      let type = OmegaTestParser.trimmed(String(group[group.index(after: colon)...]))
      if (try? OmegaTestParser.parseType(type)) != nil {
        declarations.append("\(names): \(type)")
      } else {
        hypotheses.append(type)
      }
    }
    text = text.drop { $0 == " " }
    guard text.first == ":" else { return nil }
    let goal = OmegaTestParser.trimmed(String(text.dropFirst()))
    guard let parser = try? OmegaTestParser(declarations.joined(separator: ", ")),
      let target = try? parser.proposition(goal),
      let terms = try? hypotheses.map({ try parser.proposition($0) })
    else { return nil }
    return Goal(label: label, hypotheses: terms, target: target, configuration: OmegaConfiguration())
  }

  /// Theorems whose proof is the single tactic `omega`.
  static func goals(root: String) -> [Goal] {
    var goals: [Goal] = []
    guard let pipe = popen("find '\(root)/corpora' -name '*.lean' | sort", "r") else { return [] }
    var paths: [String] = []
    var buffer = [CChar](repeating: 0, count: 4096)
    while fgets(&buffer, Int32(buffer.count), pipe) != nil {
      paths.append(String(decoding: buffer.prefix { $0 != 0 && $0 != 10 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    pclose(pipe)
    for path in paths {
      guard let file = fopen(path, "r") else { continue }
      var lines: [String] = []
      while fgets(&buffer, Int32(buffer.count), file) != nil {
        lines.append(
          String(decoding: buffer.prefix { $0 != 0 && $0 != 10 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
      }
      fclose(file)
      var header: String?
      for (index, line) in lines.enumerated() {
        if line.hasPrefix("theorem ") || line.hasPrefix("lemma ") || line.hasPrefix("example") {
          header = line
        } else if header != nil && line.hasPrefix("    ") {
          header! += " " + OmegaTestParser.trimmed(line)
        }
        guard let current = header, current.hasSuffix(":= by") else { continue }
        header = nil
        guard index + 1 < lines.count, lines[index + 1] == "  omega",
          index + 2 >= lines.count || !lines[index + 2].hasPrefix("  ")
        else { continue }
        var signature = Substring(current.dropLast(5))
        signature = signature.drop { $0 != " " }.dropFirst()
        if !current.hasPrefix("example") { signature = signature.drop { $0 != " " } }
        if let goal = goal(String(signature), label: "\(path):\(index + 1)") { goals.append(goal) }
      }
    }
    return goals
  }
}
