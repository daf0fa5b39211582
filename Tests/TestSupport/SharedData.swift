/// Locates the package root and the shared data folder (`../shared/data` beside the checkout) for
/// tests, which skip with a clear message when the folder is absent.
public enum SharedData {
  /// The folder that holds `Package.swift`, found from this source file's path.
  public static let packageRoot: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
    return path
  }()

  /// `../shared/data` relative to the package root.
  public static let directory: String = packageRoot + "/../shared/data"

  /// The path of a file under the shared data folder.
  public static func path(_ relative: String) -> String { directory + "/" + relative }
}
