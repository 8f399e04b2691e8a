/// Turns an entity into the speaker a reader sees: the fullest name as the
/// canonical one, other spellings and resolved descriptions as aliases.
enum SpeakerGrouping {
    /// Entity `index` of `entities` (read in place: a copy would retain and release its lists);
    /// `readers`: the article's blocks, where the entity's forms are read.
    static func speaker(_ index: Int, of entities: [Entity], readers: [AttributionReader]) -> Speaker {
        guard entities.indices.contains(index) else { return Speaker(name: "", aliases: [], roles: []) }
        return speaker(entities[index], readers: readers)
    }

    /// An unnamed source as its attribution writes it ("a spokesman for the port", "officials",
    /// "the report"), with a capital only where a name has one: "A spokesman" opening a sentence
    /// is "a spokesman".
    static func unnamed(_ form: WrittenForm, organisation: Bool, readers: [AttributionReader]) -> Speaker {
        guard readers.indices.contains(form.block) else { return Speaker(name: "", aliases: [], roles: []) }
        let reader = readers[form.block].reader
        let range = form.span.range
        var name = reader.joinedWords(form.span).text
        if let first = range.first, reader.tokens.indices.contains(first),
           reader.tokens[first].has([.determiners, .unnamedSubjects, .group, .role, .document]), let initial = name.unicodeScalars.first,
           initial.properties.isUppercase {
            name = String(name.unicodeScalars.first.map { Character($0).lowercased() } ?? "") + String(name.unicodeScalars.dropFirst())
        }
        var roleStart = range.lowerBound
        while roleStart < range.upperBound, reader.tokens.indices.contains(roleStart), reader.tokens[roleStart].has(.determiners) {
            roleStart += 1
        }
        let role = roleStart < range.upperBound ? reader.text(roleStart, range.upperBound) : ""
        return Speaker(name: name, kind: organisation ? .organization : .unnamed, aliases: [],
                       roles: role.isEmpty || role.quickLowercased == name.quickLowercased ? [] : [role])
    }

    @inline(__always)
    private static func speaker(_ e: Entity, readers: [AttributionReader]) -> Speaker {
        if e.anonymous, let form = e.written {
            return unnamed(form, organisation: e.isOrganisation, readers: readers)
        }
        // The name with the most words, then the most scalars; the first of equals. A single
        // form (most entities have one) is the name, with no list of them.
        var names: [String] = []
        var best = 0, bestWords = 0, bestScalars = 0
        var only: String? = nil
        if e.forms.count == 1, let f = e.forms.first {
            only = readers.indices.contains(f.block) ? readers[f.block].reader.joinedWords(f.span).text : ""
        } else {
            names.reserveCapacity(e.forms.count)
            for (i, f) in e.forms.enumerated() {
                let form = readers.indices.contains(f.block) ? readers[f.block].reader.joinedWords(f.span) : (text: "", words: 0, scalars: 0)
                names.append(form.text)
                if i == 0 || form.words > bestWords || (form.words == bestWords && form.scalars > bestScalars) {
                    best = i
                    bestWords = form.words
                    bestScalars = form.scalars
                }
            }
        }
        let name = only ?? (names.isEmpty ? "" : names[best])
        // Each alias is lowercased once, for comparing with the name and with the others
        // (`quickLowercased` is `lowercased()`, faster for ASCII). The name is lowercased only
        // when an alias is compared with it: most speakers have one form and no description.
        var nameKey: String? = nil
        var aliases: [String] = []
        var aliasKeys: [String] = []
        func addAlias(_ a: String, key: String) {
            let wanted = nameKey ?? name.quickLowercased
            nameKey = wanted
            if key != wanted, !aliasKeys.contains(key) {
                aliases.append(a)
                aliasKeys.append(key)
            }
        }
        for (i, n) in names.enumerated() where i != best { addAlias(n, key: n.quickLowercased) }
        // Descriptions in the order first met, one per spelling ignoring case
        // (`quickLowercased` is `lowercased()`, faster).
        var descriptionKeys: [String] = []
        for f in e.descriptions {
            let text = "the " + (readers.indices.contains(f.block) ? readers[f.block].reader.text(f.span) : "")
            let key = text.quickLowercased
            if !descriptionKeys.contains(key) {
                descriptionKeys.append(key)
                addAlias(text, key: key)
            }
        }
        // Roles in the order first met, one per spelling ignoring case.
        var roles: [String] = []
        var roleKeys: [String] = []
        // Keys only tell spellings apart: a single role needs none.
        let single = e.roles.count == 1
        for f in e.roles {
            let role = readers.indices.contains(f.block) ? readers[f.block].reader.text(f.span) : ""
            if single {
                roles.append(role)
                break
            }
            let key = role.quickLowercased
            if !roleKeys.contains(key) {
                roleKeys.append(key)
                roles.append(role)
            }
        }
        return Speaker(name: name, kind: e.isOrganisation ? .organization : .person, aliases: aliases, roles: roles)
    }
}
