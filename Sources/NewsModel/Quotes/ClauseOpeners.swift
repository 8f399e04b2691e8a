/// A sentence often opens with a clause of circumstance before its subject: "Asked about Pym's comments,
/// Mulvaney shrugged." / "Before sending jurors home, she gave them a warning:". The subject after that
/// comma is what the sentence is about, as a subject opening the sentence is.
extension PhraseReader {
    /// The longest opening clause read, in tokens.
    static let openingClauseLimit = 20

    /// Whether token `i` starts its sentence's main clause: it starts the sentence, or it follows the
    /// comma that closes an opening clause of circumstance.
    func opensClause(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        if tokens[i].sentenceStart { return true }
        guard i > 1, tokens[i - 1].kind == .comma else { return false }
        let s = Int(tokens[i].sentence)
        guard s < i - 1, i - 1 - s <= Self.openingClauseLimit, tokens[s].isWord,
              tokens[s].has(.clauseOpener) else { return false }
        for k in s..<(i - 1) where !tokens[k].isWord { return false }
        return true
    }
}
