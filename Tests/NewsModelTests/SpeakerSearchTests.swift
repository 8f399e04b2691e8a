import Testing
import NewsModel

/// Merging speakers across articles, folding, matching and ranking.
struct SpeakerSearchTests {
    func library() throws -> SpeakerIndex {
        let first = try QuoteFixtures.analyze("""
            Festival opens

            "We sold every ticket," said festival director Zoë Lefèvre.

            "It was a long night," said Lefèvre's deputy, Marc Zelen.
            """)
        let second = try QuoteFixtures.analyze("""
            Festival closes

            "Next year will be bigger," Lefèvre said.

            "The jury was unanimous," said jury spokeswoman Anna Zelinski.
            """)
        return SpeakerIndex([first, second])
    }

    @Test func foldingIgnoresCaseAndDiacritics() {
        #expect(Folding.fold("Zoë LEFÈVRE") == "zoe lefevre")
        #expect(Folding.fold("Łukasz Wróbel") == "lukasz wrobel")
        #expect(Folding.fold("José Ñúñez") == "jose nunez")
        #expect(Folding.fold("Søren  Åkesson") == "soren akesson")
        #expect(Folding.fold("Олена") == "олена")
    }

    @Test func surnameAndFullNameMergeAcrossArticles() throws {
        let index = try library()
        let lefevre = index.speakers.filter { Folding.fold($0.name).contains("lefevre") }
        #expect(lefevre.count == 1)
        #expect(lefevre.first?.name == "Zoë Lefèvre")
        #expect(lefevre.first?.quotes.count == 2)
        #expect(lefevre.first?.articles == 2)
    }

    @Test func exactNameFirstThenPrefixes() throws {
        let index = try library()
        #expect(index.search("zoe lefevre").first?.name == "Zoë Lefèvre")
        #expect(index.search("LEFEVRE").first?.name == "Zoë Lefèvre")
        let zel = index.search("zel").map(\.name)
        #expect(Set(zel) == ["Marc Zelen", "Anna Zelinski"])
        #expect(index.search("marc zelen").map(\.name) == ["Marc Zelen"])
    }

    @Test func rolesMatchAsWords() throws {
        let index = try library()
        #expect(index.search("spokeswoman").map(\.name) == ["Anna Zelinski"])
        #expect(index.search("festival director").map(\.name) == ["Zoë Lefèvre"])
        #expect(index.search("  ").isEmpty)
        #expect(index.search("nobody-at-all").isEmpty)
    }

    @Test func rankingPutsTheExactNameBeforeAnAliasOrRole() throws {
        let a = try QuoteFixtures.analyze("""
            Two Parks

            "The park stays open," said council member Rosa Park.

            "We agree," said Tom Reyes, a park ranger.
            """)
        let index = SpeakerIndex([a])
        #expect(index.search("rosa park").first?.name == "Rosa Park")
        #expect(index.search("park").first?.name == "Rosa Park")
    }

    @Test func manySpeakersStaySearchable() {
        // Many articles' speakers: the index is built once and every search finds its speaker.
        var articles: [AnalyzedArticle] = []
        for i in 0..<300 {
            let text = "Story \(i)\n\n\"Quote number \(i) here,\" said analyst Person\(i) Surname\(i).\n"
            if let article = try? QuoteFixtures.parse(text) { articles.append(AnalyzedArticle(article)) }
        }
        let index = SpeakerIndex(articles)
        #expect(index.speakers.count == 300)
        #expect(index.search("surname299").first?.name == "Person299 Surname299")
        #expect(index.search("analyst").count == 300)
    }
}
