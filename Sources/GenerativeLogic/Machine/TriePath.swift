/// A task read as a path of the block trie: its premises in order, the path constant of each task
/// constant, and its goal in path constants.
struct TriePath: Sendable {
  var premises: [TriePremise] = []
  /// The path constant of each task constant.
  var pathConstant: [Int] = []
  var goal: (Int, Int) = (0, 0)

  /// The chain atoms first (in the task's order), then the premise equations; a variable that no
  /// atom mentions becomes a premise of its own where it is first needed.
  init(task: ChainEncoding.Task) {
    pathConstant = Array(repeating: -1, count: task.depths.count)
    pathConstant[0] = 0
    pathConstant[1] = 1
    var next = 2
    func label(_ constant: Int) -> Int {
      if pathConstant[constant] < 0 {
        pathConstant[constant] = next
        next += 1
      }
      return pathConstant[constant]
    }
    func declare(_ constant: Int) -> Int {
      if pathConstant[constant] < 0 { premises.append(.variable) }
      return label(constant)
    }
    for fact in task.hypotheses {
      premises.append(.atom(fact.predicate, fact.arguments.map(label)))
    }
    for (left, right) in task.equalities {
      let (l, r) = (declare(left), declare(right))
      premises.append(.equal(l, r))
    }
    let l = declare(task.goal.0)
    goal = (l, declare(task.goal.1))
  }
}
