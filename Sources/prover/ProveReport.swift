import Foundation
import ProofSearch

/// The JSON form of a `prover prove` run: every hole's result and a summary.
struct ProveReport: Encodable {
  struct Summary: Encodable {
    var holes: Int
    var proved: Int
    var refuted: Int
    var failed: Int
    var unsupported: Int
    var errors: Int
    var expansions: Int
    var seconds: Double
    var interrupted: Bool
  }

  var results: [TheoremResult]
  var backendFailures: [String]
  var summary: Summary

  init(_ report: ProofRun.Report, interrupted: Bool) {
    results = report.files.flatMap(\.results)
    backendFailures = report.files.flatMap(\.backendFailures)
    summary = Summary(
      holes: results.count, proved: results.filter { $0.status == .proved }.count,
      refuted: results.filter { $0.status == .refuted }.count, failed: results.filter { $0.status == .failed }.count,
      unsupported: results.filter { $0.status == .unsupported }.count,
      errors: results.filter { $0.status == .error }.count, expansions: results.reduce(0) { $0 + $1.expansions },
      seconds: report.seconds, interrupted: interrupted)
  }

  var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }
}
