/// Deterministic 64-bit hashing for terms and integers: the same value hashes the same in every
/// run, unlike Swift's seeded `Hasher`, so that caches and search orders can be reproduced.
enum StableHash {
  /// Combines a running hash with one more word (a multiply-xorshift finaliser over both).
  @inline(__always)
  static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    var x = hash &* 0x9E37_79B9_7F4A_7C15 ^ (word &+ 0x632B_E59B_D9B4_E019)
    x ^= x >> 32
    x &*= 0xD6E8_FEB8_6659_FD93
    x ^= x >> 32
    x &*= 0xD6E8_FEB8_6659_FD93
    x ^= x >> 32
    return x
  }

  /// FNV-1a over the UTF-8 bytes of a string.
  static func string(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
