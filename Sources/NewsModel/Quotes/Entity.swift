/// How an entity's name or role was written: a span of a block's tokens. Made into strings
/// (`PhraseReader.words`, `PhraseReader.text`) only for the entities that become speakers,
/// the few of them.
struct WrittenForm: Sendable {
    var block: Int
    /// Empty for a later mention that keeps no written name.
    var span: TokenSpan
    /// How many words.
    var count: Int { span.range.count }
}

/// A person or organisation of one article, built from its name mentions.
///
/// Its words are ids of the article's `WordIds`: comparing them is comparing integers.
struct Entity: Sendable {
    /// Each way its name was written: "Donald Trump", "Trump".
    var forms = SmallList<WrittenForm>()
    /// The name words of every form, and the last word of each: an entity has a handful of
    /// words, and most entities are seen once.
    var keys: [Int32] = []
    var lastKeys = SmallList<Int32>()
    /// Every role it was named with, as written, repeats included: `SpeakerGrouping` reads them.
    var roles = SmallList<WrittenForm>()
    /// Normalised role words: "ukrainian", "president".
    var roleWords = SmallList<Int32>()
    /// Descriptions resolved to it, without their article ("Ukrainian president"), repeats
    /// included: `SpeakerGrouping` reads them.
    var descriptions = SmallList<WrittenForm>()
    var gender = Gender.unknown
    var isOrganisation = false
    /// Named with a role, a title or as a speaker, not only as a capitalised run.
    var evidenced = false
    /// Someone the article never names ("a resident said"): pronouns and descriptions may
    /// stand for them, and their quotes have no speaker.
    var anonymous = false
    /// How an anonymous entity was brought in, determiner included: "a spokesman for the port".
    var written: WrittenForm? = nil
    /// A person by what its sentence says of it ("Petrov, who made three saves,").
    var person = false
    var lastMention = TokenPosition.none
    var lastSalient = TokenPosition.none

    /// The `FormIds` of each form in `forms`, in the same order.
    private var formIds = SmallList<Int>()

    /// `lowered`: the phrase's name words; `formId`: their form; `roleWords`: its normalised role words.
    mutating func add(_ phrase: Phrase, keys lowered: [Int32], form formId: Int, roleWords phraseRoles: [Int32], block: Int) {
        if !formIds.contains(formId) {
            formIds.append(formId)
            forms.append(WrittenForm(block: block, span: phrase.nameless ? TokenSpan() : phrase.name))
        }
        if keys.isEmpty, Self.distinct(lowered) {
            // A new entity's words, none twice (the usual case): the phrase's list itself, shared, not copied.
            keys = lowered
        } else {
            if keys.isEmpty { keys.reserveCapacity(lowered.count) }
            for key in lowered where !keys.contains(key) { keys.append(key) }
        }
        if let last = lowered.last {
            if !lastKeys.contains(last) { lastKeys.append(last) }
        }
        if !phrase.roles.isEmpty {
            // Kept as spans: their text, and which spellings are the same role, matter only for speakers.
            for k in 0..<phrase.roles.count { roles.append(WrittenForm(block: block, span: phrase.roles[k])) }
            for w in phraseRoles where !roleWords.contains(w) { roleWords.append(w) }
        }
        if gender == .unknown { gender = phrase.gender }
        if phrase.isOrganisation { isOrganisation = true }
        if !phrase.weak { evidenced = true }
        if phrase.person { person = true }
    }

    /// Whether no word is in `words` twice; a name has a handful of words.
    private static func distinct(_ words: [Int32]) -> Bool {
        for i in words.indices {
            for j in words.indices where j > i && words[j] == words[i] { return false }
        }
        return true
    }
}

