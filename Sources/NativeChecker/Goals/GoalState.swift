import Kernel

/// One open goal: a local context and a target proposition, with Lean's case tag.
struct GoalState: Sendable {
  var context: LocalContext
  var target: KTerm
  var tag: String?

  init(context: LocalContext, target: KTerm, tag: String? = nil) {
    self.context = context
    self.target = target
    self.tag = tag
  }
}
