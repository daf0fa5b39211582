import Kernel
import Synchronization

/// The registry of decision procedures, by tactic name. It starts with the adapters of
/// `DecisionProcedures`; a tactic with no registered oracle fails with "outside the native
/// fragment".
public enum ArithmeticOracles {
  private static let registry = Mutex<[String: any ArithmeticOracle]>(
    Dictionary(uniqueKeysWithValues: DecisionProcedureOracles.all.map { ($0.name, $0) }))

  /// Registers (or replaces) the oracle for its tactic name.
  public static func register(_ oracle: any ArithmeticOracle) {
    registry.withLock { $0[oracle.name] = oracle }
  }

  /// Removes every oracle (for tests).
  public static func removeAll() {
    registry.withLock { $0.removeAll() }
  }

  /// Puts back the adapters of `DecisionProcedures`, replacing any other registration.
  public static func restoreDefaults() {
    registry.withLock { registry in
      for oracle in DecisionProcedureOracles.all { registry[oracle.name] = oracle }
    }
  }

  /// The oracle for a tactic name.
  public static func oracle(named name: String) -> (any ArithmeticOracle)? {
    registry.withLock { $0[name] }
  }

  /// The names of the registered oracles.
  public static var names: [String] {
    registry.withLock { Array($0.keys).sorted() }
  }
}
