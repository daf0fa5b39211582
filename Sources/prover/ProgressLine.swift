import Foundation
import ProofSearch

/// The progress bar of `prover prove` on a terminal: one stderr line rewritten in place with the
/// theorems done, proved, the rate and the current theorem.
struct ProgressLine: Sendable {
  let enabled: Bool

  init(enabled: Bool) {
    self.enabled = enabled && isatty(STDERR_FILENO) != 0
  }

  func show(_ progress: ProofRun.Progress) {
    guard enabled else { return }
    let width = 24
    let filled = progress.total == 0 ? width : width * progress.done / progress.total
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    let rate = progress.elapsed > 0 ? Double(progress.done) / progress.elapsed : 0
    var line =
      "[\(bar)] \(progress.done)/\(progress.total) proved \(progress.proved) "
      + String(format: "%.1f", rate) + "/s " + progress.current
    if line.count > 110 { line = String(line.prefix(110)) }
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
  }

  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
