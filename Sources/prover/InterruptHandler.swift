import Dispatch
import Foundation
import ProofSearch

/// Turns the first Ctrl-C (SIGINT) into a cancellation of the running searches, so the command
/// reports (and writes) what it found; a second Ctrl-C exits at once with code 130.
final class InterruptHandler {
  private let source: any DispatchSourceSignal

  init(cancellation: SearchCancellation) {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler {
      if cancellation.isCancelled { exit(130) }
      cancellation.cancel()
      FileHandle.standardError.write(Data("\ninterrupted: stopping the searches and reporting what was found\n".utf8))
    }
    source.resume()
    self.source = source
  }

  func stop() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }
}
