import Dispatch
import Synchronization

/// Runs `work(0..<count)` on all cores and hands the results to the caller in
/// index order, each as soon as it and all before it are done. At most
/// `window` results are computed ahead of the one being consumed, so memory is
/// bounded by the window, not by `count`.
///
/// The consuming thread submits item `i + window` only after consuming item
/// `i`, so a submitted item never waits for anything and the runner cannot
/// deadlock whatever order the queue runs items in. `idle` runs each time the
/// next result is not ready yet (the listings flush their output then, so what
/// is done is seen at once without a write per article when work keeps up).
enum OrderedWork {
    static func run<R: Sendable>(count: Int, window: Int, _ work: @escaping @Sendable (Int) -> R,
                                 idle: () -> Void = {}, consume: (R) -> Void) {
        guard count > 0 else { return }
        let width = max(1, min(window, count))
        let slots = Slots<R>(count: width)
        let queue = DispatchQueue.global(qos: .userInitiated)
        func submit(_ i: Int) {
            queue.async { slots.put(work(i), at: i % width) }
        }
        for i in 0..<width { submit(i) }
        for i in 0..<count {
            let result = slots.take(at: i % width, idle: idle)
            if i + width < count { submit(i + width) }
            consume(result)
        }
    }

    /// One result slot per window position; a semaphore per slot says it is filled.
    private final class Slots<R: Sendable>: Sendable {
        private let values: Mutex<[R?]>
        private let filled: [DispatchSemaphore]

        init(count: Int) {
            values = Mutex([R?](repeating: nil, count: count))
            filled = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        }

        func put(_ value: sending R, at slot: Int) {
            values.withLock { $0[slot] = value }
            filled[slot].signal()
        }

        /// Waits for the slot's result (calling `idle` first if it is not there) and empties the slot.
        func take(at slot: Int, idle: () -> Void) -> R {
            if filled[slot].wait(timeout: .now()) == .timedOut {
                idle()
                filled[slot].wait()
            }
            while true {
                let value = values.withLock { stored -> R? in
                    defer { stored[slot] = nil }
                    return stored[slot]
                }
                if let value { return value }
                filled[slot].wait()
            }
        }
    }
}
