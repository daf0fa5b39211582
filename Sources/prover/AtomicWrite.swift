import Foundation

/// Replaces a file's contents atomically: the text goes to a temporary file in the same folder,
/// which is then renamed over the original.
enum AtomicWrite {
  static func replace(_ path: String, with text: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).prover-\(ProcessInfo.processInfo.processIdentifier).tmp")
    try Data(text.utf8).write(to: temporary)
    if rename(temporary.path, url.path) != 0 {
      try? FileManager.default.removeItem(at: temporary)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
  }
}
