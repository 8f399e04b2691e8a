import NewsModel

/// Runs `update` and performs the effects the app answers itself: `Effect.load`
/// is answered from the state's `ArticleSource` with `Event.articleLoaded`. What
/// is left (quit, clip, copy) needs the terminal or the disk and goes back to the
/// caller. The terminal backend, the benchmarks and the tests all go through it,
/// so there is one way an article is opened.
public enum Runner {
    /// Applies `event` and the loads it leads to; returns the first other effect.
    @discardableResult
    public static func send(_ event: Event, to state: inout AppState) -> Effect {
        perform(state.update(event), on: &state)
    }

    /// Performs `effect` if it is a load (and the loads that follow); returns what is left.
    @discardableResult
    public static func perform(_ effect: Effect, on state: inout AppState) -> Effect {
        var effect = effect
        while case .load(let request) = effect {
            let result = state.source.article(request.index, request.entry)
            effect = state.update(.articleLoaded(request, result))
        }
        return effect
    }
}
