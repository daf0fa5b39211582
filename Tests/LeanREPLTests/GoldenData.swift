import Foundation
import LeanREPL

/// Locates the shared read-only data (`../shared/data` next to the package root) and reads the
/// golden REPL transcripts from it.
enum GoldenData {
  /// The package root: the nearest folder above this file that holds `Package.swift`.
  static var packageRoot: URL {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
      url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }

  static var sharedData: URL {
    packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
  }

  static var pairsFile: URL {
    sharedData.appendingPathComponent("repl-golden/pairs.jsonl")
  }

  static var isAvailable: Bool {
    FileManager.default.fileExists(atPath: pairsFile.path)
  }

  static let missingMessage = "golden transcripts not found at ../shared/data/repl-golden/pairs.jsonl: skipped"

  /// One request/response pair of a golden transcript.
  struct Pair: Sendable {
    var test: String
    var index: Int
    var request: JSONValue
    var responseRaw: String
    var response: JSONValue

    var name: String { "\(test)#\(index)" }
  }

  /// The pairs, with `request` and `response` read by Foundation's parser (independent of ours).
  static func pairs() throws -> [Pair] {
    let text = try String(contentsOf: pairsFile, encoding: .utf8)
    return try text.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      return Pair(
        test: object["test"] as! String,
        index: object["index"] as! Int,
        request: try foundationValue(object["request"]!),
        responseRaw: object["response_raw"] as! String,
        response: try foundationValue(object["response"]!))
    }
  }

  /// For each test, the requests as the real REPL saw them (`request_as_repl_sees_it`), in order.
  static func pairsByTestAsSeen() throws -> [String: [String]] {
    let text = try String(contentsOf: pairsFile, encoding: .utf8)
    var result: [String: [(Int, String)]] = [:]
    for line in text.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      result[object["test"] as! String, default: []].append(
        (object["index"] as! Int, object["request_as_repl_sees_it"] as! String))
    }
    return result.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) }
  }

  struct UnsupportedValue: Error {}

  /// Converts a value from `JSONSerialization` into a `JSONValue`.
  static func foundationValue(_ value: Any) throws -> JSONValue {
    switch value {
    case is NSNull: return .null
    case let string as String: return .string(string)
    case let array as [Any]: return .array(try array.map(foundationValue))
    case let object as [String: Any]: return .object(try object.mapValues(foundationValue))
    case let number as NSNumber:
      switch String(cString: number.objCType) {
      case "c", "B": return .bool(number.boolValue)
      case "d", "f": return .double(number.doubleValue)
      default: return .int(number.intValue)
      }
    default: throw UnsupportedValue()
    }
  }
}
