import Kernel
import Testing

@testable import NativeChecker

@Suite struct PreludeTests {
  @Test func preludeLoadsAtLeastThreeHundredLemmas() {
    let prelude = Prelude.core
    #expect(prelude.lemmas.count >= 300)
    #expect(prelude.lemmas["Nat.add_comm"] != nil)
    #expect(prelude.lemmas["Nat.le_trans"]?.argumentKinds.prefix(3) == [.implicit, .implicit, .implicit])
  }

  @Test func printSkipped() {
    for (name, reason) in Prelude.core.skipped { print("SKIPPED \(name): \(reason)") }
  }
}
