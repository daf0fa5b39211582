/// Saves or restores an environment or a proof state as an `.olean` file (the four pickle forms).
public enum PickleRequest: Hashable, Sendable {
  /// `{"pickleTo": path, "env": env}`.
  case pickleEnvironment(env: Int, to: String)
  /// `{"pickleTo": path, "proofState": proofState}`.
  case pickleProofState(proofState: Int, to: String)
  /// `{"unpickleEnvFrom": path}`.
  case unpickleEnvironment(from: String)
  /// `{"unpickleProofStateFrom": path, "env": env}`; `env` is optional.
  case unpickleProofState(from: String, env: Int?)
}
