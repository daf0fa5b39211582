import Foundation
import LeanSyntax
import ProverCore

/// Builds the text that `check` confirms a proof with: the file up to the end of the declaration,
/// where the hole edits are applied, each earlier complete theorem is stated as an `axiom` (its
/// proof is not ours to re-check), each earlier declaration with a hole is left out (a proof must
/// not lean on an unproved statement), other commands stay, and open namespaces and sections are
/// closed.
enum CheckText {
  static func build(file: SourceFile, declaration index: Int, edits: [ProofSplicer.Edit]) -> String {
    let target = file.declarations[index]
    var allEdits = edits
    var scopes: [String] = []
    for item in file.header where item.range.start.offset < target.range.start.offset {
      switch item.kind {
      case .namespace, .section: scopes.append(item.kind == .namespace ? "end \(item.name)" : "end \(item.name)")
      case .end: _ = scopes.popLast()
      default: break
      }
    }
    let holed = Set(file.holes.map(\.declarationIndex))
    for (position, declaration) in file.declarations.enumerated() where position < index {
      let range = declaration.range.byteRange
      if holed.contains(position) {
        allEdits.append(ProofSplicer.Edit(range: range, text: ""))
        continue
      }
      switch declaration.kind {
      case .theorem, .lemma:
        guard let name = declaration.name else { continue }
        let prefix = file.text(
          of: SourceRange(start: declaration.range.start, end: declaration.keywordRange.start))
        let signature = file.text(of: declaration.signatureRange).trimmingCharacters(in: .whitespacesAndNewlines)
        allEdits.append(ProofSplicer.Edit(range: range, text: "\(prefix)axiom \(name) \(signature)"))
      case .example:
        allEdits.append(ProofSplicer.Edit(range: range, text: ""))
      default:
        continue
      }
    }
    let prefix = String(decoding: Array(file.text.utf8)[0..<target.range.end.offset], as: UTF8.self)
    var text = ProofSplicer.apply(allEdits, to: prefix)
    for scope in scopes.reversed() { text += "\n\n" + scope.trimmingCharacters(in: .whitespaces) }
    return text + "\n"
  }
}
