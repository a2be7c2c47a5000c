/// Every occurrence of a character replaced: the core has no Foundation.
extension String {
    package func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
