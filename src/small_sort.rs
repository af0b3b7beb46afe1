//! Sorting the engine's few-element lists (findings, a page's names, brand spans) by insertion:
//! each `sort`/`sort_unstable` of the standard library is a separate 3–7 KB instance of its
//! quicksort/driftsort per element type in the WASM, for lists of a handful of elements here.
//! Stable; quadratic, so only for lists bounded by the input limits (`rules.rs`).

/// Sorts `v` by `less` (stable): `less(a, b)` says `a` goes before `b`.
pub fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` ascending (stable).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a < b);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_stable_sort() {
        // (key, original position): stability shows in the positions.
        let lists: Vec<Vec<(u8, usize)>> = vec![
            vec![],
            vec![(1, 0)],
            vec![(2, 0), (1, 1), (2, 2), (0, 3), (1, 4), (2, 5)],
            (0..50).map(|i| ((i * 7 % 5) as u8, i)).collect(),
            (0..20).rev().map(|i| (i as u8, i)).collect(),
        ];
        for list in lists {
            let mut want = list.clone();
            want.sort_by_key(|&(k, _)| std::cmp::Reverse(k));
            let mut got = list.clone();
            sort_by(&mut got, |a, b| a.0 > b.0);
            assert_eq!(got, want);
            let mut want = list.clone();
            want.sort();
            let mut got = list;
            sort(&mut got);
            assert_eq!(got, want);
        }
    }
}
