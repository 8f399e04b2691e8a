/// The generic English word lists attribution rests on. They describe how news
/// prose reports speech, never who is in any particular story: a verb list,
/// role nouns and titles, organisation nouns, pronouns, and the capitalised
/// words that start sentences without being names.
///
/// The lists only read into the word table (`ScalarTable`, which merges repeats) are arrays,
/// not sets: a set hashes every word when the program starts, for lookups nothing makes.
/// Those looked up by themselves (`abbreviations`, `unnamedPronouns`, `vagueModifiers`,
/// `genericOrganisations`) are sets.
enum Lexicon {
    /// Verbs that introduce or report speech, in every form a news story uses.
    /// "according to" is handled apart because it is two words.
    static let speechVerbs: [String] = (expand([
        "say", "tell", "add", "state", "reiterate", "insist", "emphasize", "emphasise", "stress", "note",
        "post", "tweet", "warn", "ask", "explain", "declare", "recall", "acknowledge", "admit", "announce",
        "argue", "claim", "comment", "confirm", "reply", "respond", "answer", "shout", "whisper", "murmur",
        "mutter", "suggest", "propose", "predict", "promise", "vow", "pledge", "assert", "maintain",
        "contend", "observe", "remark", "reveal", "disclose", "concede", "conclude", "complain",
        "protest", "urge", "demand", "plead", "joke", "boast", "lament", "muse", "recount", "describe",
        "call", "caution", "counter", "retort", "interject", "snap", "charge", "accuse", "agree",
        "continue", "exclaim", "cry", "scream", "yell", "sigh", "laugh", "quip", "blog", "text",
        "email", "predict", "repeat", "inform", "assure", "reassure", "concur", "underline", "underscore",
        "highlight", "deny",
        "recommend", "advise", "wonder", "apologize", "apologise", "brag", "proclaim", "affirm", "allege",
        "testify", "write", "implore",
    ]) + [
        "said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "written", "writing",
        "cried", "cries", "replied", "replies", "quipped", "quipping", "snapped", "admitted", "admitting",
        "testified", "testifies", "denied", "denies", "posited", "found", "finds", "reads",
    ]).filter { !nonVerbs.contains($0) }

    /// Forms `speechVerbs` leaves out: bare forms that are more often nouns ("the note", "a call",
    /// "the state"), and misspellings the regular endings make.
    private static let nonVerbs: Set<String> = [
        "state", "note", "post", "comment", "reply", "answer", "claim", "call", "demand", "promise", "vow",
        "pledge", "protest", "joke", "charge", "counter", "text", "email", "cry", "laugh", "sigh", "remark",
        "tweet", "blog", "quote", "concede", "snaped", "snaping", "admited", "admiting", "quiped", "quiping",
        "cryed", "cryes", "replyed", "replys", "testifyed", "testifys", "denyed", "denys", "writed",
        "tweeting", "tell", "telled",
    ]

    /// Regular forms of each verb: base, -s, -ed, -ing, with the usual spelling changes.
    private static func expand(_ bases: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(bases.count * 4)
        for base in bases {
            out.append(base)
            let last = base.last ?? " "
            if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
                out.append(base + "es")
            } else {
                out.append(base + "s")
            }
            if last == "e" {
                out.append(base + "d")
                out.append(String(base.dropLast()) + "ing")
            } else {
                out.append(base + "ed")
                out.append(base + "ing")
            }
        }
        return out
    }

    /// Nouns naming what a person does or is; heads of descriptions ("the
    /// minister", "a regional envoy") and role words before names.
    static let personRoles: [String] = [
        "president", "vice-president", "minister", "premier", "chancellor", "secretary", "secretary-general",
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "rep", "senator", "sen",
        "congressman", "congresswoman", "lawmaker", "legislator", "mp", "mep", "deputy", "governor", "gov",
        "mayor", "councillor", "councilor", "councilman", "councilwoman", "alderman", "commissioner",
        "councilmember", "assemblymember", "assemblyman", "assemblywoman", "alderwoman", "selectman", "trustee",
        "envoy", "ambassador", "diplomat", "consul", "official", "officer", "chief", "executive", "ceo",
        "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "chairperson", "director", "head", "leader",
        "manager", "coordinator", "administrator", "supervisor", "superintendent", "inspector", "detective",
        "sheriff", "constable", "sergeant", "sgt", "lieutenant", "lt", "captain", "capt", "commander",
        "colonel", "col", "general", "gen", "admiral", "adm", "major", "marshal", "judge", "justice",
        "magistrate", "lawyer", "attorney", "prosecutor", "solicitor", "barrister", "counsel", "advocate",
        "analyst", "economist", "strategist", "consultant", "expert", "professor", "prof", "lecturer",
        "researcher", "scientist", "academic", "historian", "doctor", "dr", "physician", "surgeon", "nurse",
        "paramedic", "psychologist", "teacher", "principal", "headteacher", "headmaster", "headmistress",
        "dean", "rector", "student", "pupil", "driver", "worker", "farmer", "fisherman", "owner", "founder",
        "co-founder", "cofounder", "partner", "organizer", "organiser", "cinematographer", "filmmaker",
        "actor", "actress", "producer", "writer", "author", "novelist", "poet", "playwright", "journalist",
        "editor", "reporter", "correspondent", "columnist", "photographer", "artist", "painter",
        "musician", "singer", "composer", "comedian", "presenter", "host", "anchor", "broadcaster",
        "priest", "bishop", "archbishop", "cardinal", "pope", "pastor", "vicar", "rabbi", "imam", "monk",
        "nun", "king", "queen", "prince", "princess", "monarch", "emperor", "sheikh", "emir", "sultan",
        "adviser", "advisor", "aide", "counselor", "counsellor", "negotiator", "mediator", "activist",
        "campaigner", "resident", "witness", "survivor", "victim", "citizen", "voter", "trader",
        "shopkeeper", "retailer", "landlord", "tenant", "homeowner", "commuter", "passenger", "cyclist",
        "pedestrian", "motorist", "fan", "player", "athlete", "coach", "trainer", "referee", "umpire",
        "engineer", "architect", "designer", "planner", "assessor", "auditor", "treasurer", "controller",
        "regulator", "operator", "investigator", "boss", "employer", "employee", "volunteer", "curator",
        "librarian", "chef", "baker", "pharmacist", "pilot", "sailor", "soldier", "veteran", "mother",
        "father", "husband", "wife", "son", "daughter", "brother", "sister", "grandmother", "grandfather",
        "neighbour", "neighbor", "friend", "colleague", "counterpart", "man", "woman", "candidate",
        "nominee", "incumbent", "rival", "challenger", "entrepreneur", "investor", "banker", "broker",
        "member", "delegate", "vice", "undersecretary", "clerk", "registrar", "warden", "ranger",
        "firefighter", "policeman", "policewoman", "agent", "guard", "miner", "nurse", "midwife",
        "businessman", "businesswoman", "tycoon", "billionaire", "economist", "forecaster", "meteorologist",
        "spokesmen", "official", "attaché", "premier", "whip", "speaker", "provost", "steward",
        "critic", "commentator", "pundit", "blogger", "influencer", "lifeguard", "shepherd", "caretaker",
        "janitor", "cleaner", "housekeeper", "waiter", "waitress", "bartender", "cashier", "labourer",
        "laborer", "builder", "carpenter", "electrician", "plumber", "mechanic", "technician",
        "programmer", "developer", "accountant", "philosopher", "theologian", "archaeologist", "biologist",
        "chemist", "physicist", "geologist", "ecologist", "epidemiologist", "virologist", "climatologist",
        "oceanographer", "astronomer", "mathematician", "statistician", "demographer", "sociologist",
        "anthropologist", "linguist", "psychiatrist", "dentist", "veterinarian", "therapist", "medic",
        "trooper", "commando", "rebel", "militant", "insurgent", "inmate", "prisoner", "detainee",
        "defendant", "plaintiff", "suspect", "juror", "refugee", "migrant", "immigrant", "tourist",
        "visitor", "pilgrim", "worshipper", "parishioner", "shopper", "customer", "client", "patient",
        "villager", "grower", "rancher", "herder", "vendor", "seller", "buyer", "dealer", "merchant",
        "proprietor", "intern", "apprentice", "trainee", "recruit", "cadet", "graduate", "scholar",
        "tutor", "goalkeeper", "midfielder", "batsman", "bowler", "jockey", "rider", "runner", "swimmer",
        "skier", "skater", "boxer", "wrestler", "golfer", "champion", "winner", "finalist", "contestant",
        "laureate", "brewer", "winemaker", "sommelier", "surveyor", "inventor", "lobbyist", "donor",
        "philanthropist", "heir", "heiress", "widow", "widower", "parent", "grandparent", "aunt", "uncle",
        "cousin", "nephew", "niece", "fiancé", "fiancée", "girlfriend", "boyfriend", "teenager",
        "child", "boy", "girl", "owner-operator", "ombudsman", "ombudsperson", "coroner", "pathologist",
        "auditor-general", "comptroller", "chancellor", "vice-chancellor", "principal", "deputy",
        "superintendent", "commissioner", "secretary", "undersecretary", "minister", "official",
        // Party labels written like roles: "Democrat Carlos Ibarra", "the Nevada Republican".
        "democrat", "republican",
        "substitute", "striker", "defender", "winger", "forward", "keeper", "playmaker", "centre-back",
        "full-back", "quarterback", "pitcher", "catcher", "skipper", "manager",
        // Abbreviated titles of British and police copy: "Cllr Amrit Dhaliwal", "Det Supt Ann Lee".
        "cllr", "supt", "insp", "det", "ch",
        // Sources of political and business copy: "a senior Treasury source", "one ally of the minister".
        "source", "person", "ally", "insider", "backbencher", "frontbencher", "pollster", "staffer",
        "operative", "publicist", "confidant", "guard", "center", "centre", "linebacker", "receiver",
        "defenseman", "shortstop", "fullback", "outfielder", "spokesperson",
    ]

    /// Honorifics and titles written before a name; they are not roles on their own.
    static let honorifics: [String] = [
        "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "madam", "madame", "monsieur",
        "mme", "herr", "frau", "señor", "señora", "rev", "reverend", "hon", "honourable", "honorable",
    ]

    /// Nouns naming organisations: the head of "the ministry said" or of a
    /// capitalised name such as "Russian Defense Ministry".
    static let organisations: [String] = [
        "ministry", "department", "office", "agency", "authority", "council", "committee", "commission",
        "government", "administration", "police", "army", "military", "navy", "union", "association",
        "company", "firm", "group", "bank", "court", "party", "parliament", "congress", "senate", "board",
        "service", "institute", "foundation", "organisation", "organization", "university", "school",
        "hospital", "club", "team", "federation", "league", "church", "embassy", "campaign", "coalition",
        "alliance", "network", "corporation", "corp", "inc", "ltd", "plc", "bureau", "cabinet",
        "watchdog", "newspaper", "broadcaster", "charity", "trust", "fund", "society", "forces",
        "secretariat", "directorate", "inspectorate", "tribunal", "assembly", "presidency", "kremlin",
        "pentagon", "airline", "carrier", "insurer", "manufacturer", "maker", "retailer", "operator",
        "utility", "regulator", "prosecutors", "ministries", "body", "house", "force", "constabulary",
        // Places and clubs named like people ("Rovers host Bramley Town"): never a "he".
        "town", "city", "county", "united", "rovers", "wanderers", "fc",
    ]

    /// Role or title words that say a person is a woman or a man.
    static let feminine: [String] = [
        "mrs", "ms", "miss", "madam", "madame", "mme", "lady", "dame", "señora", "frau", "spokeswoman",
        "chairwoman", "councilwoman", "congresswoman", "businesswoman", "policewoman", "actress", "queen",
        "princess", "mother", "wife", "daughter", "sister", "grandmother", "woman", "nun",
        "headmistress", "waitress", "heiress", "widow", "aunt", "niece", "fiancée", "girlfriend", "girl",
    ]
    static let masculine: [String] = [
        "mr", "sir", "lord", "señor", "herr", "monsieur", "spokesman", "chairman", "councilman",
        "congressman", "businessman", "policeman", "king", "prince", "father", "husband", "son",
        "brother", "grandfather", "man", "monk", "fisherman", "alderman", "headmaster", "widower", "uncle",
        "nephew", "fiancé", "boyfriend", "boy", "ombudsman",
    ]

    /// Words that, written before a role, do not tell two holders of it apart.
    static let vagueModifiers: Set<String> = [
        "former", "new", "then", "current", "outgoing", "incoming", "acting", "top", "senior", "junior",
        "longtime", "long-time", "veteran", "interim", "same", "other", "local", "chief", "own",
    ]

    static let determiners: [String] = [
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "my", "your", "another",
    ]

    /// Lowercase words joining the parts of a name: "Ludwig van Beethoven".
    static let nameParticles: [String] = [
        "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "la", "le",
        "du", "bin", "ibn", "al", "el", "y", "zu", "st", "st.",
    ]

    /// Organisation nouns general enough to stand for any organisation named before: "the company said".
    static let genericOrganisations: Set<String> = [
        "company", "firm", "group", "organisation", "organization", "business", "utility", "body", "operator",
        "carrier", "airline", "institution", "corporation", "manufacturer", "maker", "retailer", "insurer",
    ]

    /// First words of a clause of circumstance opening a sentence before its subject: prepositions,
    /// conjunctions of time and condition, and the participles news writing opens with ("Asked about
    /// Pym's comments, Mulvaney shrugged").
    static let clauseOpeners: [String] = [
        "after", "before", "when", "while", "as", "asked", "pressed", "speaking", "in", "on", "at", "during",
        "since", "until", "following", "despite", "although", "though", "if", "once", "with", "without",
        "outside", "inside", "writing", "interviewed", "reached", "approached", "addressing", "responding",
        "later", "earlier", "elsewhere", "meanwhile", "still", "for", "by", "last", "this", "back", "like",
        "unlike", "minutes", "hours", "days", "weeks", "moments", "shortly", "soon", "within", "under",
    ]

    /// Words that tie a complement to an unnamed source: "a person familiar with the talks", "a source
    /// close to the minister", "an official briefed on the plan", "a friend walking with her".
    static let sourceComplements: [String] = [
        "familiar", "close", "briefed", "walking", "involved", "knowledgeable", "travelling", "traveling",
    ]

    /// Words after an unnamed source's head that begin the complement saying who it is: the words above
    /// and prepositions ("one MP from the north"; a relative "who" and the complement prepositions "of",
    /// "for", "at" do too).
    static let sourceComplementStarts: [String] = sourceComplements + [
        "with", "from", "in", "on", "inside", "within", "near", "to",
    ]

    /// Words that count a part of a group: "one of the people", "two of them", "none of the aides".
    static let partitiveHeads: [String] = [
        "one", "two", "three", "another", "some", "several", "many", "most", "none", "neither", "either", "each",
    ]

    /// Last words of the names of public bodies, which a generic description ("the company said") never
    /// stands for: a court, an agency or a ministry is not "the company".
    static let publicBodies: Set<String> = [
        "court", "administration", "agency", "ministry", "department", "commission", "council", "committee",
        "government", "police", "parliament", "congress", "senate", "tribunal", "authority", "office",
        "bureau", "embassy", "army", "navy", "military", "university", "school", "hospital", "church",
        "assembly", "cabinet", "presidency", "inspectorate", "directorate", "secretariat", "service",
    ]

    /// Auxiliaries, adverbs and time words found between a subject and its verb.
    static let betweenSubjectAndVerb: [String] = [
        "has", "have", "had", "also", "was", "were", "is", "are", "would", "will", "could", "may", "might",
        "then", "later", "earlier", "again", "once", "previously", "further", "today", "yesterday", "tonight",
        "reportedly", "repeatedly", "recently", "already", "too", "now", "separately", "publicly",
        "privately", "subsequently", "similarly", "simply", "only", "just", "often", "always", "never",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "last", "this",
        "week", "morning", "afternoon", "evening", "night", "month", "year", "did", "does", "had", "not",
        "should", "can", "must", "once", "first", "finally", "himself", "herself", "itself", "themselves",
        // "Smith was quoted as saying"
        "quoted", "cited", "as",
    ]

    /// Capitalised words that begin sentences but are never part of a name.
    static let notNames: [String] = [
        "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "in", "on", "at", "by", "to", "of",
        "from", "with", "without", "after", "before", "during", "since", "until", "as", "if", "when",
        "while", "where", "because", "although", "though", "however", "meanwhile", "moreover", "also",
        "still", "now", "then", "later", "earlier", "today", "yesterday", "tonight", "he", "she", "it",
        "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "this", "that",
        "these", "those", "there", "here", "some", "many", "most", "all", "both", "each", "every", "few",
        "several", "other", "another", "such", "no", "not", "one", "two", "three", "who", "what", "which",
        "why", "how", "according", "under", "over", "about", "above", "below", "between", "among",
        "through", "into", "onto", "upon", "against", "across", "ahead", "despite", "following", "just",
        "even", "only", "instead", "indeed", "asked", "speaking", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
        "july", "august", "september", "october", "november", "december", "mon", "tue", "wed", "thu",
        "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "yes", "oh", "well", "like", "unlike", "around", "near", "via", "per", "than", "whether",
        "once", "twice", "first", "last", "next", "new", "more", "less", "much", "any", "none", "nobody",
        "everyone", "everybody", "someone", "somebody", "anyone", "nothing", "something", "everything",
        "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "can", "could", "should", "may", "might", "must", "let", "please", "thanks", "thank", "dear",
        "again", "back", "away", "out", "up", "down", "off", "too", "very", "really", "perhaps", "maybe",
        "sometimes", "often", "always", "never", "already", "yet", "soon", "recently", "finally",
        "together", "alone", "within", "beyond", "toward", "towards", "along", "amid", "amidst", "inside",
        "outside", "throughout", "whose", "whom", "whatever", "whoever", "wherever", "whenever",
        // Sentence adverbs that open a sentence with a comma: "Elsewhere, top seed Ana Ruiz won".
        "elsewhere", "separately", "overall", "additionally", "furthermore", "nevertheless", "nonetheless",
        "otherwise", "afterwards", "afterward", "initially", "ultimately", "eventually", "originally",
        "previously", "currently", "similarly", "likewise", "regardless", "accordingly", "consequently",
    ]

    /// Verbs that put a question to the person named after them ("pressed Scarisbrick on the
    /// fines"): a speaking "she" that follows is, first, the one asked answering.
    static let questionVerbs: [String] = [
        "asked", "pressed", "questioned", "quizzed", "grilled", "challenged", "interrupted", "confronted",
        "interrogated", "cross-examined", "queried", "interviewed",
    ]

    /// Verbs that name or judge what someone said, quoting their words as a fragment: "dismissed
    /// the plan as \"a giveaway\"", "dubbed it \"…\"", "compared it to \"…\"". The subject of such
    /// a verb is the speaker of a quote in its clause.
    static let namingVerbs: [String] = expand([
        "dismiss", "describe", "label", "term", "praise", "hail", "mock", "decry", "denounce", "criticize",
        "criticise", "condemn", "blast", "deride", "characterize", "characterise", "liken", "tout", "laud",
        "lambaste", "ridicule", "assail", "castigate", "rebuke", "scold", "threaten", "defend", "frame",
        "portray", "paint", "depict", "brand", "attack", "compare", "welcome", "cite", "invoke", "reject",
        "question", "challenge", "celebrate", "credit", "blame", "insult", "disparage", "belittle",
    ]) + [
        "dub", "dubs", "dubbed", "dubbing", "slam", "slams", "slammed", "slamming", "pan", "panned",
        "refer", "refers", "referred", "referring", "call", "calls", "called", "calling", "trash", "trashed",
        "cast", "casts", "casting", "knock", "knocked", "rip", "ripped", "pledged", "vowed", "promised",
        "pledges", "vows", "promises", "warned", "urged",
    ]

    /// Office names written after "of" in a title: "Secretary of State", "Minister of Finance",
    /// "Chancellor of the Exchequer", "Secretary of Homeland Security".
    static let officeDomains: [String] = [
        "state", "defense", "defence", "finance", "health", "education", "labor", "labour", "commerce",
        "energy", "agriculture", "transportation", "transport", "treasury", "interior", "justice", "housing",
        "homeland", "security", "veterans", "affairs", "exchequer", "staff", "police", "foreign", "home",
        "trade", "environment", "culture", "tourism", "war", "economy", "industry", "communications",
        "information", "planning", "development", "infrastructure", "immigration", "employment", "welfare",
        "works", "public", "services", "human", "resources", "urban", "digital", "science", "technology",
        "innovation", "sport", "sports", "youth", "women", "equality", "family", "families", "children",
        "fisheries", "forestry", "mines", "mining", "water", "power", "oil", "gas", "land", "lands",
        "revenue", "budget", "management", "operations", "research", "intelligence", "the",
    ]

    /// Last words that make a capitalised name an organisation ("Corvane Logistics", "the Portbridge
    /// Evening Post", "Allied Freight Workers"), without being heads of descriptions.
    static let organisationNameEnds: [String] = [
        "logistics", "holdings", "industries", "partners", "securities", "capital", "systems", "solutions",
        "technologies", "technology", "labs", "laboratories", "motors", "airways", "airlines", "lines", "freight",
        "shipping", "energy", "media", "press", "post", "times", "daily", "herald", "tribune", "gazette",
        "journal", "chronicle", "telegraph", "news", "courier", "observer", "examiner", "inquirer", "bulletin",
        "centre", "center", "workers", "teamsters", "brotherhood", "chamber", "exchange", "reserve",
        "laboratory", "railway", "railways", "rail", "transit", "cooperative", "co-op", "mutual", "bancorp",
        "pharmaceuticals", "pharma", "therapeutics", "biosciences", "foods", "brands", "stores", "markets",
        "ventures", "investments", "advisers", "advisors", "associates", "consulting", "group", "magazine",
        "radio", "television", "tv", "channel", "studios", "records", "publishing", "books", "hospital",
        "clinic", "infirmary", "college", "academy", "police", "constabulary", "fire", "rescue", "guard",
        "command", "corps", "brigade", "regiment", "squadron", "institute", "trust", "fund", "council",
        "bureau", "agency", "office", "department", "authority", "commission", "board", "union",
    ]

    /// Descriptions that stand for a news organisation named earlier: "the newspaper", "the daily".
    static let mediaHeads: Set<String> = [
        "newspaper", "paper", "daily", "outlet", "publication", "broadcaster", "network", "station",
        "channel", "magazine", "tabloid", "weekly",
    ]
    /// Last words of the names of news organisations: what `mediaHeads` may stand for.
    static let mediaNameEnds: Set<String> = [
        "post", "times", "daily", "herald", "tribune", "gazette", "journal", "chronicle", "telegraph",
        "news", "courier", "observer", "examiner", "inquirer", "bulletin", "press", "magazine", "radio",
        "television", "tv", "channel", "star", "record", "mail", "express", "mirror", "standard", "globe",
        "review", "weekly", "dispatch", "register", "sentinel", "times-herald", "leader", "argus",
    ]

    /// Words that stand alone for an unnamed member of a group as a subject: "\"…,\" one said".
    static let unnamedSubjects: [String] = ["one", "another", "someone", "somebody"]

    /// Documents news prose quotes as speaking: "the report said", "the joint statement said".
    static let documents: [String] = [
        "report", "statement", "filing", "ruling", "judgment", "judgement", "opinion", "memo", "memorandum",
        "letter", "study", "survey", "complaint", "indictment", "lawsuit", "petition", "order", "release",
        "document", "analysis", "audit", "review", "assessment", "communique", "communiqué", "declaration",
        "affidavit", "motion", "verdict", "decision", "resolution",
        "directive", "guidance", "notice", "advisory", "transcript", "post", "tweet", "email",
        "message", "note", "summary", "findings", "agreement", "treaty",
    ]

    /// Pronouns that can stand for a speaker.
    static let personalPronouns: [String] = [
        "he", "she",
        // Contractions: "He's arguing that…" is "he is".
        "he's", "she's", "he'd", "she'd", "he'll", "she'll", "he\u{2019}s", "she\u{2019}s", "he\u{2019}d", "she\u{2019}d",
        "he\u{2019}ll", "she\u{2019}ll",
    ]
    /// Subject pronouns that never name a quoted person in the text: the writer, a group, a listener.
    static let unnamedPronouns: Set<String> = ["i", "we", "they", "you"]

    /// Groups that speak without a name: "officials said", "Residents told reporters".
    static let groupNouns: [String] = [
        "people", "sources", "officials", "residents", "witnesses", "experts", "analysts", "critics",
        "authorities", "investigators", "prosecutors", "protesters", "protestors", "demonstrators",
        "organisers", "organizers", "lawmakers", "legislators", "ministers", "doctors", "workers",
        "farmers", "parents", "students", "teachers", "economists", "scientists", "researchers",
        "diplomats", "observers", "supporters", "opponents", "villagers", "locals", "neighbours",
        "neighbors", "families", "relatives", "survivors", "voters", "members", "leaders", "others",
        "many", "some", "both", "several", "rescuers", "medics", "traders", "shoppers", "fans",
        "spokespeople", "spokesmen", "spokeswomen", "representatives", "delegates", "negotiators",
    ]

    /// Phrases that set a word off as a label rather than as speech.
    static let labelMarkers: [String] = ["so-called", "dubbed", "termed", "nicknamed", "labelled", "labeled", "branded"]

    /// Words whose period does not end a sentence (see `Abbreviations`).
    static let abbreviations = Set(Abbreviations.words)
}
