import NewsModel

/// Runs `update` and performs the effects the app answers itself: `Effect.load`
/// is answered from the state's `ArticleSource` with `Event.articleLoaded`,
/// `Effect.search` from its `archiveSearch` with `Event.fullTextFound`. What
/// is left (quit, clip, copy) needs the terminal or the disk and goes back to the
/// caller. The terminal backend, the benchmarks and the tests all go through it,
/// so there is one way an article is opened.
public enum Runner {
    /// Applies `event` and the loads it leads to; returns the first other effect.
    @discardableResult
    public static func send(_ event: Event, to state: inout AppState) -> Effect {
        perform(state.update(event), on: &state)
    }

    /// Performs `effect` if it is a load or a search (and those that follow); returns what is left.
    @discardableResult
    public static func perform(_ effect: Effect, on state: inout AppState) -> Effect {
        var effect = effect
        while true {
            switch effect {
            case .load(let request):
                let result = state.source.article(request.index, request.entry)
                effect = state.update(.articleLoaded(request, result))
            case .search(let request):
                let result = state.archiveSearch?.search(request.query, limit: request.limit)
                    ?? .failure(FullTextFailure("full-text search needs the archive"))
                effect = state.update(.fullTextFound(request, result))
            default:
                return effect
            }
        }
    }
}
