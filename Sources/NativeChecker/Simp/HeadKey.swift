import Kernel

/// The index key of a term for finding the lemmas whose left side can match it: the head
/// constant or free variable and the number of arguments, or for anything else the term's class.
enum HeadKey: Hashable, Sendable {
  case constant(Constant, arity: Int)
  case variable(id: UInt64, arity: Int)
  case natLiteral(BigInt)
  case intLiteral(BigInt)
  case lambda
  case other

  init(_ term: Term) {
    var head = term
    var arity = 0
    while let (function, _) = head.asApplication {
      head = function
      arity += 1
    }
    switch head.kind {
    case .constant(let constant): self = .constant(constant, arity: arity)
    case .variable: self = .variable(id: head.id, arity: arity)
    case .natLiteral(let value) where arity == 0: self = .natLiteral(value)
    case .intLiteral(let value) where arity == 0: self = .intLiteral(value)
    case .lambda where arity == 0: self = .lambda
    default: self = .other
    }
  }
}
