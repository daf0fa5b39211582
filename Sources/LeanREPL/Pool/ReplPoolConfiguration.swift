import Foundation

/// How a `ReplPool` runs its workers: the launch command, how many warm workers per file header,
/// per-process limits, and when a worker is recycled.
public struct ReplPoolConfiguration: Hashable, Sendable {
  public var launch: ReplLaunch
  /// Workers per header; by default one less than the number of cores, and at least one.
  public var workersPerHeader: Int
  /// Deadlines, hard memory cap and back-off of each process; its `header` is set per worker.
  public var process: ReplProcessConfiguration
  /// Recycle a worker, once no search tree uses it, after this many requests.
  public var recycleAfterRequests: Int?
  /// Recycle a worker, once no search tree uses it, when its resident memory is above this (read
  /// from `/proc` every 16 requests).
  public var recycleAboveBytes: Int?

  public init(
    launch: ReplLaunch,
    workersPerHeader: Int = ReplPoolConfiguration.defaultWorkerCount,
    process: ReplProcessConfiguration = ReplProcessConfiguration(),
    recycleAfterRequests: Int? = 5_000,
    recycleAboveBytes: Int? = nil
  ) {
    self.launch = launch
    self.workersPerHeader = max(1, workersPerHeader)
    self.process = process
    self.recycleAfterRequests = recycleAfterRequests
    self.recycleAboveBytes = recycleAboveBytes
  }

  /// `cores − 1`, at least 1.
  public static var defaultWorkerCount: Int {
    max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
  }
}
