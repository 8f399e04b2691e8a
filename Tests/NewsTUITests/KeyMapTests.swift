import Testing
@testable import NewsTUI

@Suite struct KeyMapTests {
    @Test func everyActionHasAKey() {
        for action in Action.allCases {
            #expect(KeyMap.binding(action)?.keys.isEmpty == false, "\(action) has no key")
        }
    }

    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            var seen: [Key: Action] = [:]
            for binding in KeyMap.bindings where binding.contexts.contains(context) {
                for key in binding.keys {
                    #expect(seen[key] == nil, "\(key.label) is bound to \(seen[key].map { "\($0)" } ?? "") and \(binding.action) in \(context)")
                    seen[key] = binding.action
                }
            }
        }
    }

    @Test func lessAndVimKeysAreThere() {
        let expected: [(Key, KeyContext, Action)] = [
            (.character("j"), .reader, .lineDown), (.down, .reader, .lineDown), (.character("k"), .reader, .lineUp),
            (.character(" "), .reader, .pageDown), (.character("f"), .reader, .pageDown), (.pageDown, .reader, .pageDown),
            (.character("b"), .reader, .pageUp), (.pageUp, .reader, .pageUp), (.character("d"), .reader, .halfPageDown),
            (.character("u"), .reader, .halfPageUp), (.character("g"), .reader, .top), (.home, .reader, .top),
            (.character("G"), .reader, .bottom), (.end, .reader, .bottom), (.enter, .library, .open),
            (.character("q"), .reader, .back), (.character("Q"), .library, .quit), (.escape, .panel, .close),
            (.tab, .reader, .cyclePanel), (.character("]"), .reader, .nextSection), (.character("["), .reader, .previousSection),
            (.character("o"), .reader, .outline), (.character("\""), .reader, .quotes), (.character("#"), .reader, .figures),
            (.character("@"), .library, .speakers), (.character("?"), .reader, .help), (.character("/"), .reader, .search),
            (.character("/"), .library, .search), (.character("n"), .reader, .nextMatch), (.character("N"), .reader, .previousMatch),
        ]
        for (key, context, action) in expected {
            #expect(KeyMap.action(for: key, in: context) == action, "\(key.label) in \(context)")
        }
    }

    @Test func helpIsGeneratedFromTheTable() {
        for binding in KeyMap.bindings {
            #expect(HelpText.lines.contains { $0.text == binding.description && $0.keys == KeyMap.keyLabels(binding) },
                    "help lacks \(binding.action)")
        }
        for context in KeyContext.allCases {
            #expect(HelpText.lines.contains { $0.isHeader && $0.text == context.title })
        }
    }
}
