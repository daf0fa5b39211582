/// Enumerates candidate chains within the configured bounds, filters them, deduplicates them by
/// canonical string modulo mirroring, and drops those with a counterexample on 0…8.
///
/// A chain of operator atoms under the functional-chain discipline is a pair of terms: each atom's
/// output names the application of its operator to its inputs. Prepending a seed atom to a chain
/// makes one input the output of a new atom, which is replacing a leaf of a term by an operator
/// application; so the enumeration grows term skeletons by operator atoms and then identifies the
/// leaves with variables (and, through the anchor, with 0 and 1) in every type-respecting way.
public struct Conjecturer: Sendable {
  /// Counts for the report.
  public struct Statistics: Hashable, Sendable, Codable {
    public var enumerated = 0
    public var structurallyValid = 0
    public var distinct = 0
    public var survivors = 0
    public var conditionalSurvivors = 0
  }

  public let configuration: ConjecturerConfiguration

  public init(configuration: ConjecturerConfiguration) {
    self.configuration = configuration
  }

  /// Term skeletons with exactly `atoms` operator applications; leaves are the placeholder `_`.
  static func skeletons(maximumAtoms: Int) -> [[Term]] {
    var table: [[Term]] = [[.variable("_")]]
    guard maximumAtoms > 0 else { return table }
    for count in 1...maximumAtoms {
      var level: [Term] = table[count - 1].map { .succ($0) }
      for leftCount in 0..<count {
        for left in table[leftCount] {
          for right in table[count - 1 - leftCount] {
            level.append(.add(left, right))
            level.append(.mul(left, right))
          }
        }
      }
      table.append(level)
    }
    return table
  }

  static func leafCount(_ term: Term) -> Int {
    term.children.isEmpty ? 1 : term.children.reduce(0) { $0 + leafCount($1) }
  }

  static func fill(_ term: Term, _ labels: [Term], _ index: inout Int) -> Term {
    if term.children.isEmpty {
      defer { index += 1 }
      return labels[index]
    }
    return term.withChildren(term.children.map { fill($0, labels, &index) })
  }

  /// All candidates that pass every filter, in a deterministic order, with statistics.
  public func candidates() -> (candidates: [Candidate], statistics: Statistics) {
    var statistics = Statistics()
    let table = Self.skeletons(maximumAtoms: configuration.maximumAtoms)
    var seen: Set<String> = []
    var equations: [(key: String, statement: Statement)] = []
    var conditionals: [(key: String, statement: Statement)] = []
    let filter = CounterexampleFilter(bound: configuration.counterexampleBound)
    let variables = (0..<configuration.maximumVariables).map { Term.variable(CanonicalForm.variableName($0)) }

    for leftCount in 0...configuration.maximumAtoms {
      for rightCount in leftCount...configuration.maximumAtoms where leftCount + rightCount >= 1 {
        let total = leftCount + rightCount
        guard total <= configuration.maximumAtoms else { continue }
        if leftCount == 0 && rightCount > configuration.maximumAtomsAgainstVariable { continue }
        let constantsAllowed = total <= configuration.maximumAtomsWithConstant
        for (leftIndex, left) in table[leftCount].enumerated() {
          for (rightIndex, right) in table[rightCount].enumerated() {
            if leftCount == rightCount && rightIndex < leftIndex { continue }
            let leaves = Self.leafCount(left) + Self.leafCount(right)
            var labels: [Term] = []
            labels.reserveCapacity(leaves)
            func assign(_ position: Int, usedVariables: Int, usedConstants: Int) {
              if position == leaves {
                statistics.enumerated += 1
                var index = 0
                let equation = Equation(Self.fill(left, labels, &index), Self.fill(right, labels, &index))
                guard ChainFilters.isFunctionalChain(equation), ChainFilters.isNotTautology(equation) else { return }
                if ChainFilters.hasSameInputs(equation) {
                  statistics.structurallyValid += 1
                  let statement = Statement(conclusion: equation)
                  let key = CanonicalForm.key(statement)
                  if seen.insert(key).inserted {
                    statistics.distinct += 1
                    if filter.survives(statement) { equations.append((key, statement)) }
                  }
                }
                guard total <= configuration.maximumConditionalAtoms, usedConstants == 0,
                  !equation.lhs.children.isEmpty, !equation.rhs.children.isEmpty
                else { return }
                let names = equation.variables
                for first in names.indices {
                  for second in names.indices where second > first {
                    let statement = Statement(
                      premises: [equation], conclusion: Equation(.variable(names[first]), .variable(names[second])))
                    statistics.structurallyValid += 1
                    let key = CanonicalForm.key(statement)
                    guard seen.insert(key).inserted else { continue }
                    statistics.distinct += 1
                    if filter.survives(statement) { conditionals.append((key, statement)) }
                  }
                }
                return
              }
              for variable in 0..<min(usedVariables + 1, variables.count) {
                labels.append(variables[variable])
                assign(position + 1, usedVariables: max(usedVariables, variable + 1), usedConstants: usedConstants)
                labels.removeLast()
              }
              if constantsAllowed && usedConstants < configuration.maximumConstants {
                for constant in [Term.zero, .one] {
                  labels.append(constant)
                  assign(position + 1, usedVariables: usedVariables, usedConstants: usedConstants + 1)
                  labels.removeLast()
                }
              }
            }
            assign(0, usedVariables: 0, usedConstants: 0)
          }
        }
      }
    }
    statistics.survivors = equations.count + conditionals.count
    statistics.conditionalSurvivors = conditionals.count
    let ordered = (equations + conditionals).sorted { lhs, rhs in
      let (l, r) = (Self.atoms(lhs.statement), Self.atoms(rhs.statement))
      return l != r ? l < r : lhs.key < rhs.key
    }
    let candidates = ordered.enumerated().map { index, entry in
      Candidate(index: index, statement: Self.oriented(entry.statement), canonical: entry.key)
    }
    return (candidates, statistics)
  }

  static func atoms(_ statement: Statement) -> Int {
    (statement.premises + [statement.conclusion]).reduce(0) { $0 + $1.lhs.operatorCount + $1.rhs.operatorCount }
  }

  /// The statement as a named law when it is one; otherwise renamed canonically with the larger side
  /// (in the term ordering) on the left, as a rewrite rule reads.
  static func oriented(_ statement: Statement) -> Statement {
    if let law = KnownLaws.law(matching: statement) { return law.statement }
    var result = statement
    if TermOrdering.greater(result.conclusion.rhs, result.conclusion.lhs) {
      result.conclusion = result.conclusion.swapped
    }
    return CanonicalForm.renamed(result)
  }
}
