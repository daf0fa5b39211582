/// A call of a simp-like tactic: `simp only [a, b] at h`, `simp_all`, `norm_num [h] at h'`,
/// `field_simp`, `zify [h]`.
public struct SimpCall: Hashable, Sendable {
  /// The simp-like tactics of the fragment, with their Lean names.
  public enum Variant: String, CaseIterable, Hashable, Sendable {
    case simp
    case simpAll = "simp_all"
    case normNum = "norm_num"
    case fieldSimp = "field_simp"
    case zify

    /// Whether the variant accepts `only`.
    public var acceptsOnly: Bool { self != .zify }
    /// Whether the variant accepts a location (`at h`).
    public var acceptsLocation: Bool { self != .simpAll }
  }

  public var variant: Variant
  public var only: Bool
  public var arguments: [SimpArgument]
  public var location: Location?

  public init(_ variant: Variant, only: Bool = false, arguments: [SimpArgument] = [], location: Location? = nil) {
    self.variant = variant
    self.only = only
    self.arguments = arguments
    self.location = location
  }
}
