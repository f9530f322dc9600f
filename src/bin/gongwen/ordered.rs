//! Parallel work, written in input order as it finishes.
//!
//! The pool's threads take items in order and parse them; the calling
//! thread writes each result as soon as every earlier one is written. No
//! thread waits for a whole batch: a batch-at-a-time loop left all but one
//! thread idle at the end of every batch, and the writer idle while the
//! batch ran. A thread may run at most [`WINDOW`] items ahead of the
//! writer, so one slow file holds back at most that many finished results
//! in memory.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex, PoisonError};

/// How far past the first unwritten item a thread may start work.
pub const WINDOW: usize = 256;

/// Run `work(i)` for every `i` in `0..n` on `pool`, and `write(i, result)`
/// on the calling thread in order of `i`.
///
/// With one thread the calling thread does the work itself: handing each
/// item to a pool thread and waking the writer for it cost a context switch
/// per file (over 10,000 small notices the kernel's share of the samples
/// was 19 %, 11 % without).
pub fn for_each_in_order<T: Send>(
    pool: &rayon::ThreadPool,
    n: usize,
    work: impl Fn(usize) -> T + Sync,
    mut write: impl FnMut(usize, T),
) {
    if pool.current_num_threads() <= 1 {
        for i in 0..n {
            write(i, work(i));
        }
        return;
    }
    let next = AtomicUsize::new(0);
    // How many results are written; threads wait on it to stay in the window.
    let written = Mutex::new(0usize);
    let advanced = Condvar::new();
    // Set when `work` panicked: the threads stop, and the panic goes on on
    // the calling thread (a lost result would otherwise leave every thread
    // waiting for the writer, and the writer for it, for ever).
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel();
    let panicked = pool.in_place_scope(|scope| {
        for _ in 0..pool.current_num_threads() {
            let tx = tx.clone();
            let (next, written, advanced, stop, work) = (&next, &written, &advanced, &stop, &work);
            scope.spawn(move |_| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let mut w = written.lock().unwrap_or_else(PoisonError::into_inner);
                while i >= *w + WINDOW && !stop.load(Ordering::Relaxed) {
                    w = advanced.wait(w).unwrap_or_else(PoisonError::into_inner);
                }
                drop(w);
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let result = panic::catch_unwind(AssertUnwindSafe(|| work(i)));
                if tx.send((i, result)).is_err() {
                    break;
                }
            });
        }
        // The loop below ends when every thread has finished and dropped
        // its sender.
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut done = 0;
        for (i, result) in rx {
            match result {
                Ok(result) => pending.insert(i, result),
                Err(payload) => {
                    stop.store(true, Ordering::Relaxed);
                    // Under the lock, so no thread misses the wake-up.
                    let _w = written.lock().unwrap_or_else(PoisonError::into_inner);
                    advanced.notify_all();
                    return Some(payload);
                }
            };
            let before = done;
            while let Some(result) = pending.remove(&done) {
                write(done, result);
                done += 1;
            }
            if done > before {
                *written.lock().unwrap_or_else(PoisonError::into_inner) = done;
                advanced.notify_all();
            }
        }
        None
    });
    if let Some(payload) = panicked {
        panic::resume_unwind(payload);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
    }

    #[test]
    fn writes_in_input_order() {
        for threads in [1, 2, 4] {
            let mut seen = Vec::new();
            // Uneven work: later items often finish first.
            for_each_in_order(
                &pool(threads),
                300,
                |i| {
                    std::thread::sleep(Duration::from_micros(((i * 7919) % 13) as u64 * 50));
                    i * 2
                },
                |i, r| {
                    assert_eq!(r, i * 2);
                    seen.push(i);
                },
            );
            assert_eq!(seen, (0..300).collect::<Vec<_>>(), "{threads} threads");
        }
    }

    #[test]
    #[should_panic(expected = "item 3")]
    fn a_panic_in_work_reaches_the_caller_instead_of_hanging() {
        // More items than the window: without the stop, the threads would
        // wait for item 3's result for ever.
        for_each_in_order(
            &pool(2),
            WINDOW * 4,
            |i| {
                if i == 3 {
                    panic!("item 3");
                }
                i
            },
            |_, _| {},
        );
    }

    #[test]
    fn nothing_to_do() {
        let mut calls = 0;
        for_each_in_order(&pool(2), 0, |i| i, |_, _| calls += 1);
        assert_eq!(calls, 0);
    }

    #[test]
    fn a_slow_item_holds_back_at_most_a_window() {
        // Item 0 is slow; the others may run ahead only WINDOW items past it.
        let started = AtomicUsize::new(0);
        let mut most_ahead = 0;
        for_each_in_order(
            &pool(4),
            WINDOW * 3,
            |i| {
                if i == 0 {
                    std::thread::sleep(Duration::from_millis(100));
                    return started.load(Ordering::SeqCst);
                }
                started.fetch_add(1, Ordering::SeqCst);
                0
            },
            |i, r| {
                if i == 0 {
                    most_ahead = r;
                }
            },
        );
        // The others ran ahead while it was slow, but not past the window.
        assert!(most_ahead > 0 && most_ahead < WINDOW, "{most_ahead}");
    }
}
