import Foundation
import Testing

@testable import GenerativeLogic

@Suite struct DeterminismTests {
  func files(in directory: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)!
    for case let url as URL in enumerator where !url.hasDirectoryPath {
      result[url.path.replacingOccurrences(of: directory.path, with: "")] = try Data(contentsOf: url)
    }
    return result
  }

  @Test func twoRunsWriteByteIdenticalDirectories() async throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("gl-determinism-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: base) }
    let parallel = try await Fixtures.derivation(Fixtures.smallConfiguration(workers: 2))
    let sequential = try await Fixtures.derivation(Fixtures.smallConfiguration(workers: 1))
    try DerivationWriter(derivation: parallel).write(to: base.appendingPathComponent("one"))
    try DerivationWriter(derivation: sequential).write(to: base.appendingPathComponent("two"))
    let one = try files(in: base.appendingPathComponent("one"))
    let two = try files(in: base.appendingPathComponent("two"))
    #expect(one.count > 10)
    #expect(one == two)
  }
}
