/// The value at `fraction` (0…1) of an ascending sample, nearest rank; 0 for an empty sample.
public func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
  guard !sorted.isEmpty else { return 0 }
  return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}
