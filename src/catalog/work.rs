//! Bytes hashed by [`super::Catalog::lookup_host`] on this thread (unit tests count work with it).
use std::cell::Cell;

thread_local! {
    static HASHED: Cell<usize> = const { Cell::new(0) };
}

pub fn add(n: usize) {
    HASHED.with(|c| c.set(c.get() + n));
}

/// Returns the count and starts a new one.
pub fn take() -> usize {
    HASHED.with(|c| c.replace(0))
}
