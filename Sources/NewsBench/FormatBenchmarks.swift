import NewsModel

/// Structured formats against plain text: the same articles as plain text, as one
/// NITF document each and as items of one RSS 2.0 feed (`content:encoded` HTML), each
/// taken from bytes in memory through what `newsroom quotes --json` does (recognise,
/// extract, parse, analyze, serialize the quotes). Throughput counts the plain text's
/// bytes, so the figures compare the work per article.
public enum FormatBenchmarks {
    /// `text` (headline line, blank line, blocks) as an NITF 3.x document; a short block
    /// without final punctuation is a subhead (`hl2`).
    public static func nitf(_ text: String) -> [UInt8] {
        let blocks = blocksOf(text)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf><head><docdata><date.issue norm=\"20260301\"/></docdata></head>"
        xml += "<body><body.head><hedline><hl1>\(escape(blocks.first ?? ""))</hl1></hedline></body.head><body.content>\n"
        for block in blocks.dropFirst() {
            let tag = isSubhead(block) ? "hl2" : "p"
            xml += "<\(tag)>\(escape(block))</\(tag)>\n"
        }
        xml += "</body.content></body></nitf>\n"
        return Array(xml.utf8)
    }

    /// `texts` as the items of one RSS 2.0 feed, bodies as escaped HTML in `content:encoded`.
    public static func rss(_ texts: [String]) -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
        xml += "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Bench</title>\n"
        for (i, text) in texts.enumerated() {
            let blocks = blocksOf(text)
            var html = ""
            for block in blocks.dropFirst() {
                html += isSubhead(block) ? "<h2>\(escape(block))</h2>" : "<p>\(escape(block))</p>"
            }
            xml += "<item><title>\(escape(blocks.first ?? ""))</title><link>https://bench.example/\(i)</link>"
            xml += "<pubDate>Sun, 01 Mar 2026 12:00:00 GMT</pubDate><content:encoded>\(escape(html))</content:encoded></item>\n"
        }
        xml += "</channel></rss>\n"
        return Array(xml.utf8)
    }

    /// What `quotes --json` does with the articles in `bytes`; returns the JSON's length.
    public static func quotesJSON(_ bytes: [UInt8], file: String) -> Int {
        guard let articles = try? ArticleLoader.articles(from: bytes, file: file) else { return 0 }
        let analyzed = articles.map { AnalyzedArticle($0.0) }
        var selected: [(Quote, AnalyzedArticle)] = []
        for a in analyzed { for q in a.quotes { selected.append((q, a)) } }
        return QuoteJSON.quotes(selected).serialized().utf8.count
    }

    /// Plain text, NITF files and one RSS feed of the same `texts`, one core, median of `runs`
    /// (interleaved); the last two also as a share of the plain text's rate.
    public static func throughput(_ texts: [String], feedItems: Int, runs: Int) -> [BenchResult] {
        let plain = texts.map { Array($0.utf8) }
        let nitfFiles = texts.map(nitf)
        let feedTexts = Array(texts.prefix(feedItems))
        let feed = rss(feedTexts)
        let bytes = Double(texts.reduce(0) { $0 + $1.utf8.count })
        let feedBytes = Double(feedTexts.reduce(0) { $0 + $1.utf8.count })
        var plainRates: [Double] = [], nitfRates: [Double] = [], plainFeedRates: [Double] = [], rssRates: [Double] = []
        for _ in 0..<runs {
            plainRates.append(bytes / 1e6 / timeSeconds {
                var total = 0
                for (i, b) in plain.enumerated() { total += quotesJSON(b, file: "\(i).txt") }
                blackHole(total)
            })
            nitfRates.append(bytes / 1e6 / timeSeconds {
                var total = 0
                for (i, b) in nitfFiles.enumerated() { total += quotesJSON(b, file: "\(i).xml") }
                blackHole(total)
            })
            plainFeedRates.append(feedBytes / 1e6 / timeSeconds {
                var total = 0
                for (i, b) in plain.prefix(feedItems).enumerated() { total += quotesJSON(b, file: "\(i).txt") }
                blackHole(total)
            })
            rssRates.append(feedBytes / 1e6 / timeSeconds { blackHole(quotesJSON(feed, file: "feed.rss")) })
        }
        let p = Sample(plainRates), n = Sample(nitfRates), pf = Sample(plainFeedRates), r = Sample(rssRates)
        return [
            BenchResult("quotes --json, \(texts.count) plain-text articles, 1 core", p.median, "MB/s", min: p.min, max: p.max),
            BenchResult("quotes --json, \(texts.count) NITF files, 1 core", n.median, "MB/s", min: n.min, max: n.max),
            BenchResult("NITF files vs plain text", 100 * n.median / p.median, "%", target: "≥ 50"),
            BenchResult("quotes --json, RSS feed of \(feedItems) items, 1 core", r.median, "MB/s", min: r.min, max: r.max),
            BenchResult("RSS feed vs plain text", 100 * r.median / pf.median, "%", target: "≥ 50"),
        ]
    }

    private static func blocksOf(_ text: String) -> [String] {
        text.split(separator: "\n\n").map { $0.trimmed(" \n") }.filter { !$0.isEmpty }
    }

    private static func isSubhead(_ block: String) -> Bool {
        guard block.count < 90, let last = block.last else { return false }
        return !".!?\"”:,;".contains(last)
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

private extension Substring {
    func trimmed(_ set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
