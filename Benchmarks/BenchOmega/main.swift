import BenchmarkSupport
import DecisionProcedures
import Kernel

// Times `Omega.prove` per goal in a release build (`scripts/bench-omega`): every example of Lean's
// omega test file in the fragment, and every corpus theorem whose whole proof is `omega`
// (`corpora/**/*.lean`, read with the tests' Lean-syntax reader). Prints the median and the 90th
// percentile of the time per goal.

func suiteGoals() -> [OmegaCorpusReader.Goal] {
  OmegaLeanSuite.examples.compactMap { example in
    guard let parser = try? OmegaTestParser(example.declarations),
      let target = try? parser.proposition(example.goal),
      let hypotheses = try? example.hypotheses.map({ try parser.proposition($0) })
    else { return nil }
    return OmegaCorpusReader.Goal(
      label: example.goal, hypotheses: hypotheses, target: target, configuration: example.configuration)
  }
}

let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "."
let suite = suiteGoals()
let corpus = OmegaCorpusReader.goals(root: root)
let goals = suite + corpus
var times: [Double] = []
var proved = 0
for goal in goals {
  var repetitions = 0
  var proofFound = false
  let start = BenchClock.wall()
  repeat {
    proofFound =
      (try? Omega.prove(hypotheses: goal.hypotheses, target: goal.target, configuration: goal.configuration)) != nil
    repetitions += 1
  } while BenchClock.wall() - start < 0.02 && repetitions < 1000
  times.append((BenchClock.wall() - start) / Double(repetitions))
  if proofFound { proved += 1 }
  if !proofFound && corpus.contains(where: { $0.label == goal.label }) { print("bench-omega: unproved \(goal.label)") }
}
times.sort()
func milliseconds(_ seconds: Double) -> String {
  let value = (seconds * 1e6).rounded() / 1e3
  return "\(value) ms"
}
print("bench-omega: \(goals.count) goals (\(suite.count) from Lean's omega tests, \(corpus.count) from corpora/)")
print("bench-omega: \(proved) proved, \(goals.count - proved) failed as expected or unproved")
print(
  "bench-omega: per goal median \(milliseconds(percentile(times, 0.5))), p90 \(milliseconds(percentile(times, 0.9))), "
    + "max \(milliseconds(times.last ?? 0))")
