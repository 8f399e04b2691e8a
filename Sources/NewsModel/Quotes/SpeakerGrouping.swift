/// Turns an entity into the speaker a reader sees: the fullest name as the
/// canonical one, other spellings and resolved descriptions as aliases.
enum SpeakerGrouping {
    static func speaker(_ e: Entity) -> Speaker {
        let names = e.forms.map { $0.joined(separator: " ") }
        var best = 0
        for (i, form) in e.forms.enumerated() where i > 0 {
            let current = e.forms[best]
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
        for d in e.descriptions { addAlias(d) }
        return Speaker(name: name, aliases: aliases, roles: e.roles)
    }
}
