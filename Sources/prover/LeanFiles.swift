import Foundation

/// Expands the FILE|DIR arguments of a command into Lean files: a directory stands for every
/// `.lean` file below it, in sorted order, so output is the same on every machine.
enum LeanFiles {
  static func expand(_ arguments: [String]) -> (files: [String], missing: [String]) {
    var files: [String] = []
    var missing: [String] = []
    let manager = FileManager.default
    for argument in arguments {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        missing.append(argument)
        continue
      }
      guard isDirectory.boolValue else {
        files.append(argument)
        continue
      }
      let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
      let found = (manager.enumerator(atPath: base)?.compactMap { $0 as? String } ?? [])
        .filter { $0.hasSuffix(".lean") && !$0.split(separator: "/").contains(".lake") }
        .sorted()
      files += found.map { "\(base)/\($0)" }
    }
    return (files, missing)
  }
}
