/// The tiny structural types of the definitions language: an element, a set, a binary relation
/// (`in2[x,y,f]`, f(x)=y) or a ternary relation (`in3[x,y,z,f]`, f(x,y)=z).
public enum ParameterType: String, Hashable, Sendable, Codable, CaseIterable {
  case element = "elem"
  case set = "set"
  case relation2 = "rel2"
  case relation3 = "rel3"
}
