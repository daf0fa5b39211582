/// One event of a logic block that its children must learn, in the order it happened: a new
/// constant (an admitted witness), a new fact record, a merge of two classes, or absurdity.
enum MailEvent: Hashable, Sendable {
  case constant(Int)
  case fact(Int)
  case merge(Int)
  case absurd
}
