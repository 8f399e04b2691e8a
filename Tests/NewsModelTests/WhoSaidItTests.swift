import NewsModel
import Testing

/// The attribution cases of real news that the quotes issue lists, one test per class: partial
/// quotes after naming verbs, clean names, pronouns, unnamed sources, the right noun phrase,
/// names in the clause, organisations' descriptions, and the marks themselves.
@Suite struct WhoSaidItTests {
    struct Found: Equatable, CustomStringConvertible {
        var speaker: String?
        var type: SpeakerKind?
        var via: SpeakerVia?
        var kind: QuoteKind
        var description: String { "\(speaker ?? "nil") \(type?.rawValue ?? "-") \(via?.rawValue ?? "-") \(kind.rawValue)" }
    }

    /// The quote starting with `prefix`: its speaker, what the speaker is, how it was found, its kind.
    func found(_ prefix: String, in a: AnalyzedArticle) -> Found? {
        guard let q = a.quotes.first(where: { $0.text.hasPrefix(prefix) }) else {
            Issue.record("no quote starting \(prefix); quotes: \(a.quotes.map(\.text))")
            return nil
        }
        let speaker = q.speaker.map { a.speakers[$0] }
        return Found(speaker: speaker?.name, type: speaker?.kind, via: q.via, kind: q.kind)
    }

    func speaker(_ prefix: String, in a: AnalyzedArticle) -> String? { found(prefix, in: a)?.speaker }

    @Test func namingVerbsQuoteTheirSubject() throws {
        let a = try QuoteFixtures.analyze("""
            Budget fight sharpens

            Tax adviser Ana Ruiz dismissed the plan as "a giveaway to tax lawyers." She called it "deeply, \
            deeply flawed" and later described it as "a machine for loopholes."

            Carl Hale referred to her as "the candidate of the status quo" and compared her budget to "a leaky \
            bucket with a new coat of paint." He slammed the proposal as "reckless." Critics dubbed it "the \
            loophole act", and one columnist praised it as "overdue."

            The so-called "reform" was first floated in a pamphlet titled "Fair Shares."
            """)
        #expect(found("a giveaway", in: a) == Found(speaker: "Ana Ruiz", type: .person, via: .name, kind: .partial))
        #expect(found("deeply, deeply", in: a)?.speaker == "Ana Ruiz")
        #expect(found("deeply, deeply", in: a)?.kind == .partial)
        #expect(speaker("a machine", in: a) == "Ana Ruiz")
        #expect(found("the candidate of", in: a) == Found(speaker: "Carl Hale", type: .person, via: .name, kind: .partial))
        #expect(speaker("a leaky bucket", in: a) == "Carl Hale")
        #expect(found("reckless", in: a) == Found(speaker: "Carl Hale", type: .person, via: .pronoun, kind: .partial))
        #expect(found("the loophole act", in: a)?.kind == .partial)
        #expect(found("the loophole act", in: a)?.type == .unnamed)
        #expect(speaker("overdue", in: a) == "one columnist")
        // Nobody is quoted in a so-called term or a title.
        #expect(found("reform", in: a) == Found(speaker: nil, type: nil, via: nil, kind: .scare))
        #expect(found("Fair Shares", in: a) == Found(speaker: nil, type: nil, via: nil, kind: .scare))
    }

    @Test func aLabelWithNoSpeakerIsAScareQuote() throws {
        let a = try QuoteFixtures.analyze("""
            Scheme widens

            A scheme dubbed "Project Lantern" was expanded on Monday, officials said.
            """)
        #expect(found("Project Lantern", in: a) == Found(speaker: nil, type: nil, via: nil, kind: .scare))
    }

    @Test func namesStayNames() throws {
        let a = try QuoteFixtures.analyze("""
            Maria Lopez Widens Her Lead

            Maria Lopez spoke to supporters on Monday. "We are not done," Lopez said.

            Secretary of State Ana Ruiz met Representatives Paul Ahn and Lena Cho on Tuesday. "We have a deal in \
            sight," Ruiz told reporters.

            "Nobody has signed anything," Channel 5's Dana Reeve said on air.

            Carl Hale said he believes the United States "will not back down from the talks at any price."

            He's arguing that the plan is "a disaster for the port and everyone who works in it."

            "I will go," said Chancellor of the Exchequer Tom Verey.
            """)
        #expect(speaker("We are not done", in: a) == "Maria Lopez")
        #expect(speaker("We have a deal", in: a) == "Ana Ruiz")
        #expect(a.speakers.first { $0.name == "Ana Ruiz" }?.roles == ["Secretary of State"])
        #expect(speaker("Nobody has signed", in: a) == "Dana Reeve")
        #expect(speaker("will not back down", in: a) == "Carl Hale")
        #expect(found("a disaster", in: a) == Found(speaker: "Carl Hale", type: .person, via: .pronoun, kind: .partial))
        #expect(speaker("I will go", in: a) == "Tom Verey")
    }

    @Test func pronounsAgreeAndPreferTheSubjectBefore() throws {
        let a = try QuoteFixtures.analyze("""
            Council vote splits the chamber

            Tom Baker, the council leader, opened the meeting. Diego Ortega was defiant. "We will not yield an \
            inch," he said.

            Irene Vega pressed Carla Moran on the figures. "These numbers do not add up," she said.

            The Harbor Trust published its accounts. "We have nothing to hide," he said.
            """)
        #expect(speaker("We will not yield", in: a) == "Diego Ortega")
        #expect(speaker("These numbers", in: a) == "Irene Vega")
        // "he" is never an organisation.
        #expect(speaker("We have nothing", in: a) != "Harbor Trust")
    }

    @Test func givenNamesSayWhoIsShe() throws {
        let a = try QuoteFixtures.analyze("""
            Two officials, two views

            Margaret Oduya chairs the panel and Thomas Lind advises it. Lind spoke first. Then Oduya took the \
            floor. "We need more time," she said.
            """)
        #expect(found("We need more time", in: a) == Found(speaker: "Margaret Oduya", type: .person, via: .pronoun, kind: .full))
    }

    @Test func unnamedSourcesAsWritten() throws {
        let a = try QuoteFixtures.analyze("""
            Ferry talks collapse

            "We will appeal," Ana Ruiz said. "It is not over," one said. "We will be back," said another.

            "The figures are wrong," a spokesman for Acme Shipping said. The joint statement said the parties \
            would "meet again in spring."

            "Nothing is agreed," officials said. A senior official said talks had "run into the sand."
            """)
        #expect(speaker("We will appeal", in: a) == "Ana Ruiz")
        #expect(found("It is not over", in: a) == Found(speaker: "one", type: .unnamed, via: .name, kind: .full))
        #expect(found("We will be back", in: a) == Found(speaker: "another", type: .unnamed, via: .name, kind: .full))
        #expect(found("The figures are wrong", in: a)
                == Found(speaker: "a spokesman for Acme Shipping", type: .unnamed, via: .name, kind: .full))
        #expect(found("meet again", in: a) == Found(speaker: "the joint statement", type: .unnamed, via: .name, kind: .partial))
        #expect(found("Nothing is agreed", in: a)?.speaker == "officials")
        #expect(found("run into the sand", in: a)?.speaker == "a senior official")
    }

    @Test func aSpokeswomanIsNotAnotherMinistrysSpokeswoman() throws {
        let a = try QuoteFixtures.analyze("""
            Ministries at odds

            Lena Varga, a spokeswoman for the health ministry, said hospitals were ready. "We have the beds," \
            Varga said.

            The transport ministry disagreed. "The roads are closed," a spokeswoman said.
            """)
        #expect(speaker("We have the beds", in: a) == "Lena Varga")
        #expect(found("The roads are closed", in: a)?.type == .unnamed)
        #expect(speaker("The roads are closed", in: a) == "a spokeswoman")
    }

    @Test func organisationsAndTheirDescriptions() throws {
        let a = try QuoteFixtures.analyze("""
            Regional paper changes hands

            The Harwick Evening Post was sold to Brightline Media on Friday. The newspaper said it would "keep \
            every reporter."

            Calder Logistics cut 200 jobs. The company said the cuts were "painful but necessary."

            The Coastal Transport Agency approved the route. The agency called it "a lifeline for the islands."

            The Harbor Campaign launched its drive in May. The campaign said in a statement that it was \
            "confident of victory."

            "We are monitoring the situation," the White House said.
            """)
        #expect(found("keep every", in: a)
                == Found(speaker: "Harwick Evening Post", type: .organization, via: .description, kind: .partial))
        #expect(found("painful but", in: a)?.speaker == "Calder Logistics")
        #expect(found("a lifeline", in: a)?.speaker == "Coastal Transport Agency")
        #expect(found("confident of victory", in: a)?.speaker == "Harbor Campaign")
        #expect(found("We are monitoring", in: a) == Found(speaker: "White House", type: .organization, via: .name, kind: .full))
    }

    @Test func theSpeakerIsNeverTheAddresseeOrThePlace() throws {
        let a = try QuoteFixtures.analyze("""
            Poll shows a tight race

            "It is closer than anyone thinks," pollster Bill Stone, part of the survey team, told Channel 5.

            Rep. Ana Ruiz of Oregon, the ranking member, urged a "measured and proportionate" response.

            Ruiz called it "reckless" and Carl Hale raised the stakes by saying, "We will walk away."
            """)
        #expect(speaker("It is closer", in: a) == "Bill Stone")
        #expect(speaker("measured and", in: a) == "Ana Ruiz")
        #expect(speaker("reckless", in: a) == "Ana Ruiz")
        #expect(speaker("We will walk away", in: a) == "Carl Hale")
    }

    @Test func namesInTheClauseAreRead() throws {
        let a = try QuoteFixtures.analyze("""
            Panel hears the plan

            "Nobody wants a shutdown," said Sen. Nora Bell (D-Ore.), a panel member.

            Sen. Joan Pryce (R-Wyo.), who chairs the panel, warned of "a decade of waste."

            "That is the end." said Tom Hale.

            "We saw it coming," veteran pollster Rita Moss said.
            """)
        #expect(speaker("Nobody wants", in: a) == "Nora Bell")
        #expect(speaker("a decade of waste", in: a) == "Joan Pryce")
        #expect(speaker("That is the end", in: a) == "Tom Hale")
        #expect(speaker("We saw it coming", in: a) == "Rita Moss")
    }

    @Test func marksOfRealCopy() throws {
        let a = try QuoteFixtures.analyze("""
            'We will not back down,' says governor

            Mayor Joan Pike lost the vote. ''It is over,'' she said.

            "We will rebuild every house on this street.

            "And we will do it before the winter," Pike said.
            """)
        let headline = try #require(a.quotes.first)
        #expect(headline.text == "We will not back down,")
        #expect(headline.kind == .full)
        // Two apostrophes are one mark: the text holds none.
        #expect(found("It is over", in: a) == Found(speaker: "Joan Pike", type: .person, via: .pronoun, kind: .full))
        #expect(a.quotes.contains { $0.text == "It is over," })
        let running = try #require(a.quotes.first { $0.text.hasPrefix("We will rebuild") })
        #expect(running.parts.count == 2)
        #expect(a.speakerName(of: running) == "Joan Pike")
    }

    @Test func viaSaysHowASpeakerWasFound() throws {
        let a = try QuoteFixtures.analyze("""
            Mayor answers critics

            Mayor Joan Pike spoke on Monday. "We are ready," she said. "Every crew is out."

            The mayor was asked about the budget. "It holds," the mayor said.

            Pike ended with a promise:

            "Nobody will be left behind."
            """)
        #expect(found("We are ready", in: a)?.via == .pronoun)
        #expect(found("Every crew", in: a)?.via == .continuation)
        #expect(found("It holds", in: a)?.via == .description)
        #expect(found("Nobody will be left", in: a)?.via == .introduction)
        #expect(a.quotes.allSatisfy { a.speakerName(of: $0) == "Joan Pike" })
    }
}

extension WhoSaidItTests {
    @Test func anUnnamedSourceKeepsItsComplement() throws {
        let a = try QuoteFixtures.analyze("""
            Talks stall

            "We are far apart," a person familiar with the talks said. "There is no deal," a source close to \
            Northgate said.
            """)
        #expect(found("We are far apart", in: a)
                == Found(speaker: "a person familiar with the talks", type: .unnamed, via: .name, kind: .full))
        #expect(speaker("There is no deal", in: a) == "a source close to Northgate")
    }
}

extension WhoSaidItTests {
    @Test func aTitleCaseHeadlineGluesNoVerbOntoANameAndACapitalisedDatelineIsNoOne() throws {
        let a = try QuoteFixtures.analyze("""
            Marsh Widens Lead as Rival Stumbles

            NORTH ADDISON, Vt. — Lucia Marsh addressed supporters on Tuesday. "We are not done," Marsh said.

            "It was a long night," she said.
            """)
        #expect(speaker("We are not done", in: a) == "Lucia Marsh")
        #expect(speaker("It was a long night", in: a) == "Lucia Marsh")
        #expect(!a.speakers.contains { $0.name.contains("Widens") || $0.name.contains("ADDISON") })
    }

    @Test func theCompanyIsTheOneTheStoryIsAboutAndTheStatementIsItsAuthors() throws {
        let a = try QuoteFixtures.analyze("""
            Chip maker beats forecasts

            SAN JOSE, Calif. — Tessellate Semiconductor Corp. reported a jump in revenue on Thursday.

            "Demand is strong," said Corinne Vale, an analyst at Westbury Capital Markets.

            "We are adding capacity," the company said.

            Ravensworth City said later in a statement that the pitch would be relaid. "The players deserved \
            better," the statement said.
            """)
        #expect(found("We are adding capacity", in: a)
                == Found(speaker: "Tessellate Semiconductor Corp.", type: .organization, via: .description, kind: .full))
        #expect(found("The players deserved", in: a)?.speaker == "Ravensworth City")
    }
}

extension WhoSaidItTests {
    @Test func anUnnamedSourceIsTheWholeSubjectUpToTheVerb() throws {
        let a = try QuoteFixtures.analyze("""
            Budget talks drag on

            A spokeswoman for the finance ministry declined to discuss the figures. "We do not comment on \
            drafts," the spokeswoman said.

            "Nobody is plotting," said one MP who has been approached.

            "We have the votes, but barely," said a Senate aide familiar with the count, who was not \
            authorised to speak publicly.

            A Labour councillor who backed the plan, speaking on condition of anonymity, said the pressure had \
            been intense. "They made it clear," the councillor said.

            One tenant who had waited two years for repairs said nobody had called her back. "I rang every \
            week," she said.
            """)
        #expect(speaker("We do not comment", in: a) == "a spokeswoman for the finance ministry")
        #expect(speaker("Nobody is plotting", in: a) == "one MP who has been approached")
        #expect(speaker("We have the votes", in: a) == "a Senate aide familiar with the count")
        #expect(speaker("They made it clear", in: a) == "a Labour councillor who backed the plan")
        #expect(speaker("I rang every week", in: a) == "one tenant who had waited two years for repairs")
    }

    @Test func oneOfAGroupAndAnotherAreSourcesAsWritten() throws {
        let a = try QuoteFixtures.analyze("""
            Offer rebuffed

            Dr. Paul Greer spoke first. "We will fight," Greer said.

            Two people familiar with the talks said the offer had been rebuffed. "They never asked for a \
            meeting," one of the people said. "It was over in a week," one of them said.

            Another said he had been buying bottled water for years. "I figured it was just me," he said.
            """)
        #expect(speaker("They never asked", in: a) == "one of the people")
        #expect(speaker("It was over in a week", in: a) == "one of them")
        #expect(found("I figured it was just me", in: a)?.speaker?.lowercased() == "another")
    }

    @Test func wordsBeforeANameThatDescribeThePersonStayOutOfIt() throws {
        let a = try QuoteFixtures.analyze("""
            Museum reopens

            Conservator Jonah Whitby spent two years on the figurehead. "You stop the rot," he said.

            Eight-year-old Maisie Carr tied a knot. "I can do a bowline now," she said.

            Danish Minister for Industry Karen Holm called the deal "a practical step between two old friends".

            "We stand with her," said Rep. Alma Soto (D-Carver City), who chairs the committee.

            Elsewhere, top seed Marta Kovacs won in straight sets and said she felt "fresher than ever".
            """)
        #expect(speaker("You stop the rot", in: a) == "Jonah Whitby")
        #expect(speaker("I can do a bowline", in: a) == "Maisie Carr")
        #expect(speaker("a practical step", in: a) == "Karen Holm")
        #expect(speaker("We stand with her", in: a) == "Alma Soto")
        #expect(speaker("fresher than ever", in: a) == "Marta Kovacs")
    }
}

extension WhoSaidItTests {
    @Test func aSubjectAfterAnOpeningClauseIsWhatTheSentenceIsAbout() throws {
        let a = try QuoteFixtures.analyze("""
            Judge warns jury

            Judge Ellen Marsh heard the closing speeches. Defence lawyer Tom Reed asked for more time.

            Before sending jurors home, she gave them a final warning:

            "You are to consider only the evidence admitted in this room."
            """)
        #expect(speaker("You are to consider", in: a) == "Ellen Marsh")
    }

    @Test func sourcesBroughtInAnywhereInTheirSentence() throws {
        let a = try QuoteFixtures.analyze("""
            Heat wave

            Sen. Ann Ruiz toured a shelter. "Nobody wants to be the senator who voted against farmers," one GOP \
            staffer said.

            The county opened 12 cooling centers, and a county official said 1,900 people had used them. "We \
            are seeing new people," the official said.

            Downing Street said the Prime Minister had been briefed. "He has full confidence in the process," \
            the Prime Minister's official spokesman told reporters.
            """)
        #expect(speaker("Nobody wants to be", in: a) == "one GOP staffer")
        #expect(speaker("We are seeing new people", in: a) == "a county official")
        #expect(speaker("He has full confidence", in: a) == "the Prime Minister's official spokesman")
    }

    @Test func theCompanyIsNoCourt() throws {
        let a = try QuoteFixtures.analyze("""
            Retailer files for bankruptcy

            Hollybrook Home Inc. filed for protection on Sunday. It listed debts in its filing with the U.S. \
            Bankruptcy Court in Wilmington.

            "Today's action gives us time," the company said in a statement.
            """)
        #expect(speaker("Today's action", in: a) == "Hollybrook Home Inc.")
    }
}

extension WhoSaidItTests {
    @Test func aVerbAfterANameEndsItsPhrase() throws {
        let a = try QuoteFixtures.analyze("""
            Governor backs treasurer

            HUTCHINSON, Kan. — Gov. Amos Kettle endorsed state Treasurer Marjorie Hollins on Saturday.

            "I am grateful," Hollins said after the rally.
            """)
        #expect(speaker("I am grateful", in: a) == "Marjorie Hollins")
    }
    @Test func theOneAskedAnswers() throws {
        let a = try QuoteFixtures.analyze("""
            Council row

            Earlier in the day, Tom Dale pressed Bob Kettleworth on the floor over the vote. "Will the leader \
            give us a vote?" the 61-year-old asked.

            "The senator will get his vote," he replied.

            Mr Okafor was pressed by Gideon Ormerod over executive pay.

            "Will you give back your bonus?" Mr Ormerod asked.

            "I have already waived it," he replied.

            Ann Pike was questioned by Mayor Ilse Marwood about the bus. "January is the plan," Marwood said.

            Ann Pike's neighbour, Rob Hale, was not satisfied. Hale spoke later. "That's what they said about \
            the library," he said.
            """)
        #expect(speaker("The senator will get", in: a) == "Bob Kettleworth")
        #expect(speaker("I have already waived", in: a) == "Okafor")
        // Answered by name already, and the next paragraph is about someone else: no longer open.
        #expect(speaker("That's what they said", in: a) == "Rob Hale")
    }

    @Test func documentsFindAndRead() throws {
        let a = try QuoteFixtures.analyze("""
            Bridge closes

            The engineering report found that the beams had lost "up to a third of their load capacity" since 1990.

            "An auditor's signature is not a license," the ruling reads.
            """)
        #expect(speaker("up to a third", in: a) == "the engineering report")
        #expect(speaker("An auditor", in: a) == "the ruling")
    }
}
