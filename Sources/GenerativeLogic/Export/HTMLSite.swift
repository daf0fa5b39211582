/// The navigable static site of a derivation: an index of theorems, a page of axioms, and one page
/// per theorem whose steps link to their ingredients, the axioms and the earlier theorems they use.
public struct HTMLSite: Sendable {
  public let derivation: Derivation
  public let listing: TheoremListing
  public let lean: [String: LeanExporter.Exported]

  public init(derivation: Derivation, listing: TheoremListing, lean: [String: LeanExporter.Exported]) {
    self.derivation = derivation
    self.listing = listing
    self.lean = lean
  }

  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }

  static let style = """
    body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1em; color: #1b1f24; }
    h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 1.6em; }
    nav { margin-bottom: 1em; } nav a { margin-right: 1em; }
    table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
    th, td { border-bottom: 1px solid #d8dee4; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
    th { background: #f3f5f7; }
    code, pre, .math { font-family: ui-monospace, monospace; }
    pre { background: #f6f8fa; padding: 0.8em; overflow-x: auto; font-size: 0.88em; }
    .tag { display: inline-block; border-radius: 0.6em; padding: 0 0.5em; font-size: 0.82em; background: #e7ecf2; }
    .tag-recursion { background: #fde2c8; } .tag-theorem { background: #d6ecd2; }
    .tag-implication { background: #dbe4fb; } .tag-equality { background: #eee; }
    .tag-task { background: #f5d9f0; }
    .law { font-weight: 600; } .summary td:first-child { width: 22em; color: #57606a; }
    tr:target { background: #fff5c2; }
    """

  func page(title: String, body: String, root: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head><meta charset="utf-8"><title>\(Self.escape(title))</title>
    <link rel="stylesheet" href="\(root)style.css"></head>
    <body>
    <nav><a href="\(root)index.html">Theorems</a><a href="\(root)axioms.html">Axioms</a>\
    <a href="\(root)GLDerived.lean">Lean export</a></nav>
    \(body)
    </body>
    </html>

    """
  }

  /// The files of the site: relative path → content.
  public func files() -> [(path: String, content: String)] {
    var files: [(String, String)] = [("style.css", Self.style), ("index.html", index()), ("axioms.html", axiomsPage())]
    for entry in listing.theorems {
      if let theorem = derivation.allTheorems.first(where: { $0.name == entry.name }) {
        files.append(("theorems/\(entry.name).html", theoremPage(theorem, entry: entry)))
      }
    }
    return files
  }

  func index() -> String {
    let summary = listing.summary
    var rows = ""
    for entry in listing.theorems {
      let isLaw = !entry.name.hasPrefix("gl_t")
      rows += """
        <tr><td><a class="\(isLaw ? "law" : "")" href="theorems/\(entry.name).html">\(entry.name)</a></td>\
        <td class="math">\(Self.escape(entry.text))</td><td>\(entry.round)</td><td>\(Self.escape(entry.method))</td>\
        <td>\(entry.essential ? "essential" : "")\(entry.mirrorOf.map { "mirror of " + $0 } ?? "")</td></tr>

        """
    }
    var open = ""
    for item in listing.unproved {
      open += "<tr><td>\(item.candidate)</td><td class=\"math\">\(Self.escape(item.statement))</td></tr>\n"
    }
    let engine =
      summary.relationalRounds > 0
      ? "the relational machine (\(summary.relationalBlocks) logic blocks, \(summary.relationalBursts) hash bursts, "
        + "\(summary.relationalWitnesses) witnesses)" : "the term-rewriting prover"
    let laws = summary.targetsProved.map { "<a href=\"theorems/\($0).html\">\($0)</a>" }.joined(separator: ", ")
    let body = """
      <h1>Generative Logic: arithmetic derived from \(Self.escape(derivation.file.anchor.location.file))</h1>
      <table class="summary">
      <tr><td>chains enumerated</td><td>\(summary.chainsEnumerated)</td></tr>
      <tr><td>distinct canonical chains</td><td>\(summary.distinctCanonical)</td></tr>
      <tr><td>candidates after the counterexample filter (0…8)</td><td>\(summary.candidates)</td></tr>
      <tr><td>theorems proved</td><td>\(summary.theoremsProved) in \(summary.rounds) rounds, by \(engine)</td></tr>
      <tr><td>proof steps (each re-checked by <code>prover gl verify</code>)</td><td>\(summary.proofSteps)</td></tr>
      <tr><td>mirrored statements proved</td><td>\(summary.mirrorsProved)</td></tr>
      <tr><td>essential after compression</td><td>\(summary.essentialAfterCompression)</td></tr>
      <tr><td>candidates left open</td><td>\(summary.unproved)</td></tr>
      <tr><td>acceptance laws</td><td>\(laws)</td></tr>
      </table>
      <h2>Theorems</h2>
      <table><tr><th>name</th><th>statement</th><th>round</th><th>proof</th><th>notes</th></tr>
      \(rows)</table>
      <h2>Open candidates</h2>
      <table><tr><th>candidate</th><th>statement</th></tr>
      \(open)</table>
      """
    return page(title: "GL derivation", body: body, root: "")
  }

  func axiomsPage() -> String {
    var rows = ""
    for axiom in derivation.axioms.axioms {
      rows += """
        <tr id="\(axiom.id)"><td>\(axiom.id)</td><td><code>\(Self.escape(axiom.formula.description))</code></td>\
        <td class="math">\(Self.escape(axiom.readingText))</td></tr>

        """
    }
    let body = """
      <h1>Axioms</h1>
      <p><span class="tag">expansion</span> <code>\(Self.escape(derivation.axioms.anchorAtom.description))</code> expands to
      <code>\(Self.escape(derivation.axioms.expanded.description))</code></p>
      <p><span class="tag">disintegration</span> into its conjuncts, each read through the anchor:</p>
      <table><tr><th>id</th><th>formula</th><th>reading</th></tr>
      \(rows)</table>
      """
    return page(title: "Axioms", body: body, root: "")
  }

  func ruleLink(_ reference: RuleReference) -> String {
    switch reference.kind {
    case .axiom:
      let reading = derivation.axioms.axiom(reference.name)?.readingText ?? ""
      return
        "<a href=\"../axioms.html#\(reference.name)\">axiom \(reference.name)</a> <span class=\"math\">(\(Self.escape(reading)))</span>"
    case .theorem: return "<a href=\"\(reference.name).html\">\(reference.name)</a>"
    case .inductionHypothesis: return "induction hypothesis"
    case .fact: return "<a href=\"#n\(reference.name)\">fact \(reference.name)</a>"
    }
  }

  /// A case goal: its equations with the variables held fixed.
  func caseText(_ goal: Statement) -> String {
    let body = Statement(variables: [], premises: goal.premises, conclusion: goal.conclusion).description
    return goal.variables.isEmpty ? body : "\(body)   (\(goal.variables.joined(separator: ", ")) fixed)"
  }

  func theoremPage(_ theorem: DerivedTheorem, entry: TheoremListing.Entry) -> String {
    let graph = theorem.graph
    var sections = ""
    for (caseIndex, proofCase) in graph.cases.enumerated() {
      var rows = ""
      for node in graph.nodes where node.caseIndex == caseIndex {
        var how = node.inference.rawValue
        if let rule = node.rule { how += " with " + ruleLink(rule) }
        if let substitution = node.substitution, !substitution.isEmpty {
          let pairs = substitution.keys.sorted().map { "\($0) := \(substitution[$0]!)" }
          how += " <span class=\"math\">[\(Self.escape(pairs.joined(separator: ", ")))]</span>"
        }
        if let side = node.side, let path = node.path { how += " at \(side.rawValue) \(path)" }
        if node.forward == false { how += " (right to left)" }
        let from = node.ingredients.map { "<a href=\"#n\($0)\">\($0)</a>" }.joined(separator: ", ")
        let tagClass = node.tag == .taskFormulation ? "task" : node.tag.rawValue
        rows += """
          <tr id="n\(node.id)"><td>\(node.id)</td><td><span class="tag tag-\(tagClass)">\(node.tag.rawValue)</span></td>\
          <td class="math">\(Self.escape(node.claim.description))</td><td>\(from)</td><td>\(how)</td></tr>

          """
      }
      sections += """
        <h2>\(proofCase.kind.rawValue) case: <span class="math">\(Self.escape(caseText(proofCase.goal)))</span></h2>
        <table><tr><th>#</th><th>tag</th><th>claim</th><th>from</th><th>how</th></tr>
        \(rows)</table>
        <p>The case ends at step <a href="#n\(proofCase.conclusion)">\(proofCase.conclusion)</a>.</p>

        """
    }
    let method: String
    switch graph.method {
    case .direct: method = "a direct proof"
    case .induction(let variable): method = "induction on \(variable), the other variables generalised"
    }
    let leanText = lean[theorem.name].flatMap { $0.text ?? $0.reason.map { "-- not exported: " + $0 } } ?? ""
    let body = """
      <h1>\(theorem.name)</h1>
      <p><span class="tag tag-task">task formulation</span> <span class="math">\(Self.escape(theorem.statement.description))</span></p>
      \(entry.chain.map { "<p>As a GL chain: <code>\(Self.escape($0))</code></p>" } ?? "")
      <p>Proved in round \(theorem.round) by \(method)\(entry.essential ? "; essential after compression" : "")\
      \(entry.mirrorOf.map { "; the mirror of <a href=\"\($0).html\">\($0)</a>" } ?? "").</p>
      \(sections)
      <h2>Lean 4</h2>
      <pre>\(Self.escape(leanText))</pre>
      """
    return page(title: theorem.name, body: body, root: "../")
  }
}
