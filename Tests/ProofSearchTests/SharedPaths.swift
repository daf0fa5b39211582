import TestSupport

/// Paths of repository files used by the tests.
enum SharedPaths {
  static func corpus(_ relative: String) -> String { SharedData.packageRoot + "/corpora/" + relative }
}
