/// What a learner's Python says about its own functions, read from the text (never run): the
/// names each `def` calls and the parameters it takes. Comments, strings and docstrings are left
/// out, so "Use propagate()" in a docstring is not a call.
struct PythonDefinitions: Sendable {
  /// One `def` at any indentation.
  struct Definition: Sendable, Equatable {
    /// Its parameter names, in order (`self`, `*args`, defaults and annotations stripped to the name).
    var parameters: [String]
    /// Its parameters' default values as written (`num_iterations` → `100`), where given; the
    /// inside of a string literal is blanked.
    var defaults: [String: String]
    /// Every name called in its body (`f(`, `obj.f(`), nested functions included.
    var calls: Set<String>
  }

  /// The definitions by name; where a name is defined twice, the last one (as Python keeps it).
  let definitions: [String: Definition]

  /// Reads `python`.
  init(_ python: String) {
    let code = Self.codeOnly(python)
    var definitions: [String: Definition] = [:]
    var open: [(name: String, indent: Int)] = []
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let indent = line.prefix { $0 == " " || $0 == "\t" }.count
      let text = line.dropFirst(indent)
      if !text.allSatisfy(\.isWhitespace) {
        open.removeAll { $0.indent >= indent }
      }
      if text.hasPrefix("def "), let parsed = Self.signature(lines, from: index, indent: indent) {
        definitions[parsed.name] = Definition(parameters: parsed.parameters, defaults: parsed.defaults, calls: [])
        // The signature's own lines hold defaults, not calls of the body.
        index = parsed.nextLine
        for (name, _) in open { definitions[name]?.calls.formUnion(Self.calledNames(parsed.bodyStart)) }
        definitions[parsed.name]?.calls.formUnion(Self.calledNames(parsed.bodyStart))
        open.append((parsed.name, indent))
        continue
      }
      for (name, _) in open { definitions[name]?.calls.formUnion(Self.calledNames(text)) }
      index += 1
    }
    self.definitions = definitions
  }

  /// `def name(params):` starting at `lines[start]`, possibly over several lines.
  private static func signature(_ lines: [Substring], from start: Int, indent: Int)
    -> (name: String, parameters: [String], defaults: [String: String], nextLine: Int, bodyStart: Substring)?
  {
    let first = lines[start].dropFirst(indent).dropFirst(4).drop { $0 == " " }
    let name = String(first.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    guard !name.isEmpty else { return nil }
    var rest = first.dropFirst(name.count).drop { $0 == " " }
    guard rest.first == "(" else { return nil }
    rest = rest.dropFirst()
    var depth = 1, text = "", line = start
    var after: Substring = ""
    scan: while true {
      for (offset, character) in zip(rest.indices, rest) {
        if "([{".contains(character) { depth += 1 }
        if ")]}".contains(character) { depth -= 1 }
        if depth == 0 {
          after = rest[rest.index(after: offset)...]
          break scan
        }
        text.append(character)
      }
      line += 1
      guard line < lines.count else { return nil }
      text.append(" ")
      rest = lines[line]
    }
    // What follows the colon on the def's own line is body (`def f(x): return g(x)`).
    let colon = after.firstIndex(of: ":").map { after[after.index(after: $0)...] } ?? ""
    var parameters: [String] = [], defaults: [String: String] = [:]
    for piece in splitTopLevel(text) {
      let trimmed = piece.trimmingSpaces()
      guard !trimmed.isEmpty, trimmed != "*", trimmed != "/" else { continue }
      let parts = trimmed.split(separator: "=", maxSplits: 1)
      let head = String(parts[0]).trimmingSpaces()
      let bare = head.split(separator: ":", maxSplits: 1).first.map { String($0).trimmingSpaces() } ?? head
      let name = String(bare.drop { $0 == "*" })
      guard !name.isEmpty else { continue }
      parameters.append(name)
      if parts.count == 2 { defaults[name] = String(parts[1]).trimmingSpaces() }
    }
    return (name, parameters, defaults, line + 1, colon)
  }

  /// `text` split at commas outside brackets.
  private static func splitTopLevel(_ text: String) -> [String] {
    var pieces: [String] = [], current = "", depth = 0
    for character in text {
      if "([{".contains(character) { depth += 1 }
      if ")]}".contains(character) { depth -= 1 }
      if character == ",", depth == 0 {
        pieces.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    pieces.append(current)
    return pieces
  }

  /// Names directly followed by `(` (spaces allowed), keywords left out.
  private static func calledNames(_ text: Substring) -> Set<String> {
    var names: Set<String> = []
    var word = "", pendingWord: String? = nil
    for character in text {
      if character.isLetter || character.isNumber || character == "_" {
        if pendingWord != nil { pendingWord = nil }
        word.append(character)
        continue
      }
      if !word.isEmpty {
        pendingWord = word.first!.isNumber ? nil : word
        word = ""
      }
      if character == "(", let candidate = pendingWord, !keywords.contains(candidate) { names.insert(candidate) }
      if character != " " && character != "\t" { pendingWord = nil }
    }
    return names
  }

  /// Python keywords that may stand before a parenthesis.
  private static let keywords: Set<String> = [
    "if", "elif", "while", "for", "in", "and", "or", "not", "return", "yield", "assert", "del", "lambda",
    "with", "as", "is", "else", "except", "raise", "import", "from", "global", "nonlocal", "await",
  ]

  /// `python` with every comment and the inside of every string literal blanked (newlines kept),
  /// so that what is left is code.
  static func codeOnly(_ python: String) -> String {
    var out = "", index = python.startIndex
    while index < python.endIndex {
      let character = python[index]
      if character == "#" {
        while index < python.endIndex, python[index] != "\n" { index = python.index(after: index) }
        continue
      }
      if character == "\"" || character == "'" {
        let triple = python[index...].hasPrefix(String(repeating: character, count: 3))
        let quote = triple ? String(repeating: character, count: 3) : String(character)
        out += quote
        index = python.index(index, offsetBy: quote.count)
        while index < python.endIndex {
          if python[index] == "\\" {
            index = python.index(after: index)
            if index < python.endIndex { out += python[index] == "\n" ? "\n" : " " ; index = python.index(after: index) }
            continue
          }
          if python[index...].hasPrefix(quote) { break }
          // An unterminated one-line string ends at the line's end.
          if !triple, python[index] == "\n" { break }
          out += python[index] == "\n" ? "\n" : " "
          index = python.index(after: index)
        }
        if index < python.endIndex, python[index...].hasPrefix(quote) {
          out += quote
          index = python.index(index, offsetBy: quote.count)
        }
        continue
      }
      out.append(character)
      index = python.index(after: index)
    }
    return out
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> String {
    let characters = Array(self)
    guard let first = characters.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = characters.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(characters[first...last])
  }
}
