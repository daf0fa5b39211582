import ArgumentParser
import Foundation
import ProofSearch

/// `prover train-value`: fits a value model to the labelled states of `prove --traces` files.
struct TrainValueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train-value",
    abstract: "Train a value model on search traces.",
    discussion: """
      Reads the JSON Lines files written by 'prover prove --traces' (states on a proof path are \
      labelled 1, exhausted states 0, states a proved search expanded off its proof 0, other \
      MCTS-visited states their mean value) and fits a logistic regression over goal features, as a \
      correction of the heuristic value, by deterministic gradient descent. Use the result with \
      'prover prove --value FILE'. Exit codes: 0 written, 2 bad input (unreadable trace, no examples).
      """)

  @Argument(help: "Trace files (JSON Lines).")
  var traces: [String]

  @Option(name: .shortAndLong, help: "Where to write the model (JSON).")
  var output: String

  @Option(help: "Gradient-descent epochs.")
  var epochs = 400

  func run() throws {
    let decoder = JSONDecoder()
    var examples: [(features: [Double], label: Double)] = []
    for path in traces {
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        standardError("\(path): error: cannot read file")
        throw ExitCode(2)
      }
      for (number, line) in text.split(separator: "\n").enumerated() where !line.isEmpty {
        do {
          examples.append(try decoder.decode(TraceRecord.self, from: Data(line.utf8)).example)
        } catch {
          standardError("\(path):\(number + 1): error: not a trace record")
          throw ExitCode(2)
        }
      }
    }
    guard !examples.isEmpty else {
      standardError("error: no labelled states in the traces")
      throw ExitCode(2)
    }
    let trainer = ValueTrainer(epochs: epochs)
    let model = trainer.train(examples)
    try model.save(path: output)
    let positives = examples.filter { $0.label >= 0.5 }.count
    print(
      "\(examples.count) states (\(positives) labelled ≥ 0.5), cross-entropy "
        + String(format: "%.4f", ValueTrainer.loss(model, on: examples)) + "; wrote \(output)")
  }
}
