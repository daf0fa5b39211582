import CGMP

/// One GMP integer (`mpz_t`) on the heap, owned by this object and cleared when it dies.
///
/// It is written only while it is being computed, by the `BigInt` operation that created it,
/// before any other code can see it; afterwards it is only read. That is why it is `Sendable`.
final class GMPInteger: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<__mpz_struct>

  init() {
    pointer = .allocate(capacity: 1)
    __gmpz_init(pointer)
  }

  init(_ value: Int) {
    pointer = .allocate(capacity: 1)
    __gmpz_init_set_si(pointer, value)
  }

  deinit {
    __gmpz_clear(pointer)
    pointer.deallocate()
  }

  /// -1, 0 or 1 (`mpz_sgn`, a C macro).
  var sign: Int {
    let size = pointer.pointee._mp_size
    return size < 0 ? -1 : (size > 0 ? 1 : 0)
  }

  /// The magnitude's limbs, least significant first.
  var limbs: UnsafeBufferPointer<mp_limb_t> {
    let count = Int(abs(pointer.pointee._mp_size))
    return UnsafeBufferPointer(start: pointer.pointee._mp_d, count: count)
  }
}
