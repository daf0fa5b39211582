/// Checks that each reply fits the request it answers, using the REPL's own numbering: a command
/// gets the next environment id (they count up by one from 0), every new proof-state id is above
/// all earlier ones, and the reply has a shape the request can get. The REPL has no request ids,
/// so this is what catches a reply that belongs to another request (a REPL that answered twice).
struct ReplReplyValidator {
  private(set) var nextEnvironment = 0
  private(set) var highestProofState = -1

  /// Accepts the reply (updating the counters) or returns why it cannot answer `request`.
  mutating func accept(_ response: ReplResponse, for request: ReplRequest) -> String? {
    if case .error = response { return nil }
    switch (request, response) {
    case (.command, .command(let command)), (.file, .command(let command)),
      (.pickle(.unpickleEnvironment), .command(let command)):
      guard command.env == nextEnvironment else {
        return "environment \(command.env) where \(nextEnvironment) was next"
      }
      let ids = command.sorries.compactMap(\.proofState) + command.tactics.compactMap(\.proofState)
      if let problem = acceptProofStates(ids) { return problem }
      nextEnvironment += 1
      return nil
    case (.pickle(.pickleEnvironment(let env, _)), .command(let command)):
      return command.env == env ? nil : "environment \(command.env) for a pickle of environment \(env)"
    case (.tactic, .proofStep(let step)), (.pickle(.pickleProofState), .proofStep(let step)),
      (.pickle(.unpickleProofState), .proofStep(let step)):
      return acceptProofStates(step.sorries.compactMap(\.proofState) + [step.proofState])
    default:
      return "a reply of the wrong shape for the request"
    }
  }

  /// New proof-state ids must all be distinct and above every id seen before.
  private mutating func acceptProofStates(_ ids: [Int]) -> String? {
    guard !ids.isEmpty else { return nil }
    guard let lowest = ids.min(), lowest > highestProofState, Set(ids).count == ids.count else {
      return "proof-state ids \(ids) are not new (highest so far \(highestProofState))"
    }
    highestProofState = ids.max() ?? highestProofState
    return nil
  }
}
