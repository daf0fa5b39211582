import CGMP

/// An arbitrary-precision integer: a value type over GMP with a fast path for machine integers.
///
/// A value that fits in `Int` is always stored as an `Int`; a larger one is an immutable GMP
/// integer shared between copies. Equality, ordering, hashing and printing are exact. The
/// arithmetic, including Lean's ℕ and ℤ division conventions, is in `BigInt+Arithmetic.swift`.
public struct BigInt: Sendable {
  enum Storage: Sendable {
    case small(Int)
    case large(GMPInteger)
  }

  let storage: Storage

  /// The integer `value`.
  public init(_ value: Int) {
    storage = .small(value)
  }

  /// Takes ownership of a freshly computed GMP integer, demoting it to `Int` when it fits.
  init(normalizing integer: GMPInteger) {
    if __gmpz_fits_slong_p(integer.pointer) != 0 {
      storage = .small(__gmpz_get_si(integer.pointer))
    } else {
      storage = .large(integer)
    }
  }

  /// The value as an `Int`, or nil when it does not fit.
  public var asInt: Int? {
    if case .small(let value) = storage { return value }
    return nil
  }

  /// -1, 0 or 1.
  public var signum: Int {
    switch storage {
    case .small(let value): value.signum()
    case .large(let integer): integer.sign
    }
  }

  public var isZero: Bool { signum == 0 }
  public var isNegative: Bool { signum < 0 }

  /// The number of bits of the magnitude (0 for 0).
  public var magnitudeBitWidth: Int {
    switch storage {
    case .small(let value): UInt.bitWidth - value.magnitude.leadingZeroBitCount
    case .large(let integer): __gmpz_sizeinbase(integer.pointer, 2)
    }
  }

  /// Calls `body` with a read-only GMP view of the value; a small value gets a view on the stack
  /// (`mpz_roinit_n`), so no allocation happens.
  func withMPZ<Result>(_ body: (UnsafePointer<__mpz_struct>) -> Result) -> Result {
    switch storage {
    case .large(let integer):
      return withExtendedLifetime(integer) { body(integer.pointer) }
    case .small(let value):
      let limb = mp_limb_t(value.magnitude)
      var view = __mpz_struct()
      return withUnsafeMutablePointer(to: &view) { viewPointer in
        withUnsafePointer(to: limb) { limbPointer in
          body(__gmpz_roinit_n(viewPointer, limbPointer, value.signum()))
        }
      }
    }
  }

  /// A hash that depends only on the value: the same in every run and on every machine.
  public var stableHash: UInt64 {
    switch storage {
    case .small(let value):
      return StableHash.mix(0x5111, UInt64(bitPattern: Int64(value)))
    case .large(let integer):
      var hash = StableHash.mix(0x1a26e, UInt64(bitPattern: Int64(integer.sign)))
      for limb in integer.limbs {
        hash = StableHash.mix(hash, UInt64(limb))
      }
      return hash
    }
  }
}

extension BigInt: Equatable, Hashable, Comparable {
  public static func == (lhs: BigInt, rhs: BigInt) -> Bool {
    switch (lhs.storage, rhs.storage) {
    case (.small(let a), .small(let b)): a == b
    case (.large, .large): compare(lhs, rhs) == 0
    default: false
    }
  }

  public static func < (lhs: BigInt, rhs: BigInt) -> Bool {
    compare(lhs, rhs) < 0
  }

  /// -1, 0 or 1 as `lhs` is less than, equal to or greater than `rhs`.
  static func compare(_ lhs: BigInt, _ rhs: BigInt) -> Int {
    if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
      return a < b ? -1 : (a == b ? 0 : 1)
    }
    let result = lhs.withMPZ { a in rhs.withMPZ { b in __gmpz_cmp(a, b) } }
    return Int(result.signum())
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(stableHash)
  }
}

extension BigInt: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) {
    self.init(value)
  }
}

extension BigInt: CustomStringConvertible, LosslessStringConvertible {
  /// Decimal, with a leading `-` when negative.
  public var description: String {
    switch storage {
    case .small(let value):
      return String(value)
    case .large(let integer):
      let capacity = __gmpz_sizeinbase(integer.pointer, 10) + 2
      var buffer = [CChar](repeating: 0, count: capacity)
      buffer.withUnsafeMutableBufferPointer { bytes in
        _ = __gmpz_get_str(bytes.baseAddress, 10, integer.pointer)
      }
      return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
  }

  /// Reads a decimal integer: an optional `-` and one or more digits, nothing else.
  public init?(_ text: String) {
    let digits = text.hasPrefix("-") ? text.utf8.dropFirst() : text.utf8[...]
    guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
      return nil
    }
    if digits.count <= 18, let value = Int(text) {
      self.init(value)
      return
    }
    let integer = GMPInteger()
    guard text.withCString({ __gmpz_set_str(integer.pointer, $0, 10) }) == 0 else { return nil }
    self.init(normalizing: integer)
  }
}
