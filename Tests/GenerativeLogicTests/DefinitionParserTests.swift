import Testing

@testable import GenerativeLogic

@Suite struct DefinitionParserTests {
  @Test func parsesPeanoWithItsAnchor() throws {
    let file = try Fixtures.peano()
    #expect(file.definitions.map(\.name).last == "peano")
    #expect(file.anchor.parameter(for: .successor) == "s")
    #expect(file.anchor.parameter(for: .multiplication) == "mul")
  }

  @Test func printsWhatItParses() throws {
    let file = try Fixtures.peano()
    for definition in file.definitions {
      let scope = Dictionary(uniqueKeysWithValues: definition.parameters.map { ($0.name, $0.type) })
      let reparsed = try DefinitionParser().parseFormula(
        definition.body.description, definitions: file.definitions, scope: scope)
      #expect(reparsed == definition.body)
    }
  }

  /// Parses `text` and expects an error at the line and column of the `⟪` marker (which is removed).
  func expectError(_ marked: String, containing expected: String) {
    let lines = marked.split(separator: "\n", omittingEmptySubsequences: false)
    let line = lines.firstIndex { $0.contains("⟪") }! + 1
    let column = lines[line - 1].distance(from: lines[line - 1].startIndex, to: lines[line - 1].firstIndex(of: "⟪")!)
    let text = marked.replacingOccurrences(of: "⟪", with: "")
    do {
      _ = try DefinitionParser(file: "t.def").parse(text)
      Issue.record("expected an error")
    } catch {
      #expect(error.location.range.start.line == line)
      #expect(error.location.range.start.column == column)
      #expect(error.message.contains(expected), "\(error.message)")
      #expect(error.description.hasPrefix("t.def:\(line):\(column): error:"))
    }
  }

  @Test func locatesUnboundNames() {
    expectError("def f[x:elem, X:set] :=\n  in[x,⟪Y]\n", containing: "'Y' is not a parameter")
  }

  @Test func locatesMissingBrackets() {
    expectError("def f[x:elem, X:set] := in[x,X⟪)\n", containing: "expected ',' or ']'")
  }

  @Test func locatesTypeErrors() {
    expectError("def f[x:elem, X:set] := in[⟪X,x]\n", containing: "must be elem")
  }

  @Test func locatesUnknownTypes() {
    expectError("def f[x:⟪nat] := in[x,x]\n", containing: "expected a type")
  }

  @Test func requiresEveryRoleInTheAnchor() {
    expectError("def f[N:set, z:elem] := in[z,N]\nanchor ⟪f[N=Nat, z=0]\n", containing: "role '1'")
  }

  @Test func expandsDefinitionsWithoutCapture() throws {
    let file = try DefinitionParser().parse(
      """
      def g[x:elem, X:set] := (>[y] in[y,X] =[x,y])
      def f[y:elem, X:set] := g[y,X]
      def h[N:set, a:elem, b:elem, s:rel2, p:rel3, m:rel3] := f[a,N]
      anchor h[N=Nat, a=0, b=1, s=succ, p=+, m=*]
      """)
    let expanded = Expansion(definitions: file.definitions).expand(.atom(file.anchorAtom))
    #expect(expanded.description == "(>[y] in[y,N] =[a,y])")
    let captured = Expansion(definitions: file.definitions).expand(
      .atom(Atom(predicate: "g", arguments: ["y", "N"])))
    #expect(captured.description == "(>[y'] in[y',N] =[y,y'])")
  }
}
