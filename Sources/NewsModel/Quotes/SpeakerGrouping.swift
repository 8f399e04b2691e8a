/// Turns an entity into the speaker a reader sees: the fullest name as the
/// canonical one, other spellings and resolved descriptions as aliases.
enum SpeakerGrouping {
    /// `readers`: the article's blocks, where the entity's forms are read.
    static func speaker(_ e: Entity, readers: [AttributionReader]) -> Speaker {
        let forms = e.forms.map { f in readers.indices.contains(f.block) ? readers[f.block].reader.words(f.span) : [] }
        let names = forms.map { $0.joined(separator: " ") }
        var best = 0
        for (i, form) in forms.enumerated() where i > 0 {
            let current = forms[best]
            if form.count > current.count
                || (form.count == current.count && names[i].unicodeScalars.count > names[best].unicodeScalars.count) {
                best = i
            }
        }
        let name = names.isEmpty ? "" : names[best]
        var aliases: [String] = []
        func addAlias(_ a: String) {
            let key = a.lowercased()
            if key != name.lowercased(), !aliases.contains(where: { $0.lowercased() == key }) { aliases.append(a) }
        }
        for (i, n) in names.enumerated() where i != best { addAlias(n) }
        // Descriptions in the order first met, one per spelling ignoring case.
        var descriptionKeys: [String] = []
        for f in e.descriptions {
            let text = "the " + (readers.indices.contains(f.block) ? readers[f.block].reader.text(f.span) : "")
            let key = text.quickLowercased
            if !descriptionKeys.contains(key) {
                descriptionKeys.append(key)
                addAlias(text)
            }
        }
        // Roles in the order first met, one per spelling ignoring case.
        var roles: [String] = []
        var roleKeys: [String] = []
        for f in e.roles {
            let role = readers.indices.contains(f.block) ? readers[f.block].reader.text(f.span) : ""
            let key = role.quickLowercased
            if !roleKeys.contains(key) {
                roleKeys.append(key)
                roles.append(role)
            }
        }
        return Speaker(name: name, aliases: aliases, roles: roles)
    }
}
