import Kernel
import Testing

@testable import NativeChecker

@Suite struct ConversionCacheTests {
  @Test func aCachedNormalFormIsTheFreshOneWithItsKernelProof() throws {
    let n = Term.variable("n", .nat)
    let term = try Term.greaterThan(Term.add(n, Term.multiply(Term.natLiteral(6), Term.natLiteral(7))), n)
    let fresh = try #require(try Conversion.normalForm(term))
    let cache = ConversionCache()
    let first = try #require(try ConversionCache.$current.withValue(cache) { try Conversion.normalForm(term) })
    #expect(cache.entry(for: term)?.normal === first.0)
    let second = try #require(try ConversionCache.$current.withValue(cache) { try Conversion.normalForm(term) })
    #expect(first.0 === fresh.0 && second.0 === fresh.0)
    let proof = try #require(second.1)
    #expect(proof.hypotheses.isEmpty)
    #expect(proof.conclusion.asEquation.map { $0.lhs === term && $0.rhs === fresh.0 } == true)
  }
}
