import Foundation

/// Where the package and the built `prover` executable are, for tests that run the command line.
enum EndToEndPaths {
  /// The package root: the nearest folder above this file that holds `Package.swift`.
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
      url.deleteLastPathComponent()
    }
    return FileManager.default.currentDirectoryPath
  }()

  /// The `prover` executable built next to the test bundle by `swift build`/`swift test`.
  static var prover: String? {
    let directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    let path = directory.appendingPathComponent("prover").path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }
}
