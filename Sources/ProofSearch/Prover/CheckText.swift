import Foundation
import LeanSyntax
import ProverCore

/// Builds the text that `check` confirms a proof with: the file up to the end of the declaration,
/// with the hole edits applied; earlier declarations that still have a hole are left out (a proof
/// must not lean on an unproved statement), earlier `example`s too, everything else stays as
/// written, and open namespaces and sections are closed.
public enum CheckText {
  public static func build(file: SourceFile, declaration index: Int, edits: [ProofSplicer.Edit]) -> String {
    let target = file.declarations[index]
    var allEdits = edits
    var scopes: [String] = []
    for item in file.header where item.range.start.offset < target.range.start.offset {
      switch item.kind {
      case .namespace, .section: scopes.append(item.name.isEmpty ? "end" : "end \(item.name)")
      case .end: _ = scopes.popLast()
      default: break
      }
    }
    let holed = Set(file.holes.map(\.declarationIndex))
    for (position, declaration) in file.declarations.enumerated() where position < index {
      if holed.contains(position) || declaration.kind == .example {
        allEdits.append(ProofSplicer.Edit(range: declaration.range.byteRange, text: ""))
      }
    }
    let prefix = String(decoding: Array(file.text.utf8)[0..<target.range.end.offset], as: UTF8.self)
    var text = ProofSplicer.apply(allEdits, to: prefix)
    for scope in scopes.reversed() { text += "\n\n" + scope }
    return text + "\n"
  }
}
