import Foundation
import LeanSyntax
import TestSupport

@testable import NativeChecker

/// Shared helpers of the checker tests: checking a source text, and the corpus files.
enum CheckerTestSupport {
  static func verdicts(_ text: String) -> [DeclarationVerdict] {
    FileChecker().check(SourceFile(text: text, path: "<test>"))
  }

  static func status(_ text: String) -> DeclarationVerdict.Status? {
    verdicts(text).last?.status
  }

  static let corpus = SharedData.packageRoot + "/corpora"

  /// The `.lean` files of a corpus folder, sorted.
  static func files(_ folder: String) -> [String] {
    let base = corpus + "/" + folder
    let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
    return names.filter { $0.hasSuffix(".lean") }.sorted().map { base + "/" + $0 }
  }
}
