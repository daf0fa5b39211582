#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The clocks the benchmarks read: wall time for throughput, and this process's CPU time for
/// per-call costs on a shared machine, where waiting for a core must not count.
public enum BenchClock {
  /// Seconds on the monotonic clock.
  public static func wall() -> Double { read(CLOCK_MONOTONIC) }

  /// Seconds of CPU time used by this process so far.
  public static func cpu() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }

  private static func read(_ clock: clockid_t) -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
