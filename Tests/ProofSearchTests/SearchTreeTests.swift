import ProverCore
import Testing

@testable import ProofSearch

@Suite struct SearchTreeTests {
  func state(_ id: Int, _ targets: String...) -> ProofState {
    ProofState(id: ProofStateID(id), goals: targets.map { Goal(hypotheses: [], target: $0) })
  }

  @Test func andEdgeIsProvedOnlyWhenEveryChildIs() {
    var tree = SearchTree(root: state(0, "A ∧ B"), estimate: 0.5)
    let a = tree.addNode(state(1, "A"), depth: 1, estimate: 0.5).id
    let b = tree.addNode(state(2, "B"), depth: 1, estimate: 0.4).id
    let split = tree.addEdge(from: SearchTree.root, tactic: "constructor", prior: 1, children: [a, b], isSplit: true)
    #expect(abs(tree.value(of: split) - 0.2) < 1e-12)
    tree.addEdge(from: a, tactic: "decide", prior: 1, children: [])
    #expect(tree[a].status == .proved)
    #expect(tree.root.status == .unknown)
    tree.addEdge(from: b, tactic: "decide", prior: 1, children: [])
    #expect(tree.root.status == .proved)
    #expect(tree.root.provedBy == split)
    #expect(tree.invariantViolations().isEmpty)
    #expect(ProofScript.lines(in: tree) == ["constructor", "· decide", "· decide"])
  }

  @Test func aFailedChildFailsTheAndEdgeAndAnExhaustedParent() {
    var tree = SearchTree(root: state(0, "A ∧ B"), estimate: 0.5)
    let a = tree.addNode(state(1, "A"), depth: 1, estimate: 0.5).id
    let b = tree.addNode(state(2, "B"), depth: 1, estimate: 0.5).id
    let edge = tree.addEdge(from: SearchTree.root, tactic: "constructor", prior: 1, children: [a, b], isSplit: true)
    tree.markExpanded(SearchTree.root)
    #expect(tree.root.status == .unknown)
    tree.markExpanded(b)
    #expect(tree[b].status == .failed)
    #expect(tree[edge].status == .failed)
    #expect(tree.root.status == .failed)
    tree.addEdge(from: a, tactic: "decide", prior: 1, children: [])
    #expect(tree.root.status == .failed, "a status never moves back")
    #expect(tree.invariantViolations().isEmpty)
  }

  @Test func equalGoalsMergeAndCyclesAreRefused() {
    var tree = SearchTree(root: state(0, "P"), estimate: 0.5)
    let q = tree.addNode(state(1, "Q"), depth: 1, estimate: 0.5)
    let again = tree.addNode(state(7, "Q"), depth: 3, estimate: 0.9)
    #expect(q.isNew && !again.isNew && q.id == again.id)
    tree.addEdge(from: SearchTree.root, tactic: "t1", prior: 0.5, children: [q.id])
    let back = tree.addEdge(from: q.id, tactic: "t2", prior: 0.5, children: [SearchTree.root])
    #expect(tree[back].status == .failed)
    #expect(tree.invariantViolations().isEmpty)
  }

  @Test func relevanceFollowsOpenParents() {
    var tree = SearchTree(root: state(0, "A ∧ B"), estimate: 0.5)
    let a = tree.addNode(state(1, "A"), depth: 1, estimate: 0.5).id
    let b = tree.addNode(state(2, "B"), depth: 1, estimate: 0.5).id
    tree.addEdge(from: SearchTree.root, tactic: "constructor", prior: 1, children: [a, b], isSplit: true)
    #expect(tree.isRelevant(b))
    tree.markExpanded(a)
    #expect(tree[a].status == .failed)
    #expect(!tree.isRelevant(b), "the only edge needing B failed")
  }

  @Test func linearChainsPrintOneBlockPerGoal() {
    var tree = SearchTree(root: state(0, "A ∧ B"), estimate: 0.5)
    let both = tree.addNode(state(1, "A", "B"), depth: 1, estimate: 0.5).id
    let rewritten = tree.addNode(state(2, "A'", "B"), depth: 2, estimate: 0.5).id
    let last = tree.addNode(state(3, "B"), depth: 3, estimate: 0.5).id
    tree.addEdge(from: SearchTree.root, tactic: "constructor", prior: 1, children: [both])
    tree.addEdge(from: both, tactic: "t1", prior: 1, children: [rewritten])
    tree.addEdge(from: rewritten, tactic: "t2", prior: 1, children: [last])
    tree.addEdge(from: last, tactic: "t3", prior: 1, children: [])
    #expect(tree.root.status == .proved)
    #expect(ProofScript.lines(in: tree) == ["constructor", "· t1", "  t2", "· t3"])
  }

  @Test func inductionWithHolesPrintsStructuredAlternatives() {
    var tree = SearchTree(root: state(0, "P n"), estimate: 0.5)
    let cases = tree.addNode(state(1, "P 0", "P (n + 1)"), depth: 1, estimate: 0.5).id
    let step = tree.addNode(state(2, "P (n + 1)"), depth: 2, estimate: 0.5).id
    tree.addEdge(
      from: SearchTree.root, tactic: "induction n with | zero => ?_ | succ n ih => ?_", prior: 1, children: [cases])
    tree.addEdge(from: cases, tactic: "decide", prior: 1, children: [step])
    tree.addEdge(from: step, tactic: "omega", prior: 1, children: [])
    #expect(
      ProofScript.lines(in: tree) == ["induction n with", "| zero =>", "  decide", "| succ n ih =>", "  omega"])
    #expect(ProofScript.steps(ProofScript.lines(in: tree)!).count == 1)
  }

  @Test func aChainThatDoesNotSplitCleanlyIsPrintedLinearly() {
    var tree = SearchTree(root: state(0, "A ∧ B"), estimate: 0.5)
    let both = tree.addNode(state(1, "A", "B"), depth: 1, estimate: 0.5).id
    let changed = tree.addNode(state(2, "A", "C"), depth: 2, estimate: 0.5).id
    tree.addEdge(from: SearchTree.root, tactic: "constructor", prior: 1, children: [both])
    tree.addEdge(from: both, tactic: "weird", prior: 1, children: [changed])
    tree.addEdge(from: changed, tactic: "finish", prior: 1, children: [])
    #expect(ProofScript.lines(in: tree) == ["constructor", "weird", "finish"])
  }
}
