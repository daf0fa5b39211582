import Foundation

/// How to start one REPL process: the executable, its arguments, the working directory and extra
/// environment variables. `lake env …` launches are fine: the whole process group is managed.
public struct ReplLaunch: Hashable, Sendable, CustomStringConvertible {
  /// The executable: a path, or a bare name looked up on `PATH` when the process starts.
  public var executable: String
  public var arguments: [String]
  /// The working directory of the REPL (`nil`: this process's own).
  public var workingDirectory: String?
  /// Variables set on top of this process's environment.
  public var environment: [String: String]

  public init(
    executable: String, arguments: [String] = [], workingDirectory: String? = nil, environment: [String: String] = [:]
  ) {
    self.executable = executable
    self.arguments = arguments
    self.workingDirectory = workingDirectory
    self.environment = environment
  }

  /// Splits a command line such as `prover repl` or `lake env /path/to/repl` into words. Single and
  /// double quotes group words and a backslash escapes the next character; there is no other shell
  /// syntax. Returns nil for an empty command line or an unterminated quote.
  public init?(commandLine: String, workingDirectory: String? = nil) {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaping = false
    for character in commandLine {
      if escaping {
        current.append(character)
        escaping = false
        inWord = true
      } else if character == "\\" && quote != "'" {
        escaping = true
      } else if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "'" || character == "\"" {
        quote = character
        inWord = true
      } else if character.isWhitespace {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    guard quote == nil, !escaping else { return nil }
    if inWord { words.append(current) }
    guard let executable = words.first else { return nil }
    self.init(executable: executable, arguments: Array(words.dropFirst()), workingDirectory: workingDirectory)
  }

  /// The command line, with words that need it quoted.
  public var description: String {
    ([executable] + arguments).map { word in
      word.isEmpty || word.contains(where: { $0.isWhitespace || $0 == "'" || $0 == "\"" || $0 == "\\" })
        ? "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" : word
    }.joined(separator: " ")
  }

  /// The executable's absolute path: as given when it contains a slash (relative to the working
  /// directory), otherwise the first match on `PATH`.
  public func resolvedExecutable(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
    if executable.contains("/") {
      let base = workingDirectory ?? FileManager.default.currentDirectoryPath
      let path = executable.hasPrefix("/") ? executable : base + "/" + executable
      return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
    return Self.findOnPath(executable, searchPath: searchPath)
  }

  /// The first executable file called `name` in the directories of `searchPath`.
  public static func findOnPath(_ name: String, searchPath: String?) -> String? {
    for directory in (searchPath ?? "").split(separator: ":") where !directory.isEmpty {
      let candidate = directory + "/" + name
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
        FileManager.default.isExecutableFile(atPath: candidate)
      {
        return candidate
      }
    }
    return nil
  }
}
