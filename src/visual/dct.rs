//! The low-frequency half of a picture's hash (`hash.rs`): a pHash (Zauner, "Implementation and
//! Benchmarking of Perceptual Image Hash Functions", 2010) of [`BITS`] bits. The picture's ink is
//! area-averaged to [`N`]×[`N`], transformed by a 2-D DCT-II, and each of the lowest [`V`]×[`U`]
//! frequencies (vertical × horizontal) gives one bit: set when its coefficient is above the mean of
//! the others. The DC term's bit is always 0 (ink on paper always has a positive mean: it says
//! nothing), so a flat picture hashes to 0.
//!
//! The low frequencies describe where the ink mass lies (a word's ascenders, a mark's bowl), not the
//! edges between neighbouring cells that the dHash half reads: a heavier or lighter stroke, JPEG's
//! blocking and a re-saved screenshot's blur move them less, and a condensed face, which moves the
//! letters' edges, moves the dHash half less than them. Measured with `tools/visual/roc.mjs` on the
//! tuning half: the 64-bit dHash alone 15/22 logos at 0/19 unrelated; a 64-bit pHash alone 14–17/22
//! with an unrelated logo named from 9 bits; the two halves together 17–18/22 with no unrelated logo
//! named up to 12 bits.

/// Side of the grid the picture is averaged to.
pub const N: usize = 32;
/// Horizontal frequencies kept.
pub const U: usize = 8;
/// Vertical frequencies kept.
pub const V: usize = 4;
/// Bits of the hash.
pub const BITS: usize = U * V;

/// cos(kπ/(2N)) for k in 0..4N, by the Chebyshev recurrence from cos(π/(2N)) (no libm in the WASM).
fn cosines() -> [f64; 4 * N] {
    const C1: f64 = 0.998_795_456_205_172_4; // cos(π/64)
    let mut c = [0f64; 4 * N];
    c[0] = 1.0;
    c[1] = C1;
    for k in 2..4 * N {
        c[k] = 2.0 * C1 * c[k - 1] - c[k - 2];
    }
    c
}

/// The pHash of `grid` ([`N`]² gray levels, row-major): [`BITS`] bits, frequency (v, u) at bit
/// `BITS − 1 − (v·U + u)` (the DC term is the most significant, always 0).
pub fn phash(grid: &[f32]) -> u64 {
    if grid.len() != N * N {
        return 0;
    }
    let c = cosines();
    // basis(u, x) = cos((2x+1)uπ/(2N)): the angle index (2x+1)u modulo 4N (cos has period 2π).
    let basis = |u: usize, x: usize| c[((2 * x + 1) * u) % (4 * N)] as f32;
    let mut rows = [[0f32; U]; N];
    for (y, row) in rows.iter_mut().enumerate() {
        for (u, out) in row.iter_mut().enumerate() {
            *out = (0..N).map(|x| grid[y * N + x] * basis(u, x)).sum();
        }
    }
    let mut coef = [0f32; BITS];
    for v in 0..V {
        for u in 0..U {
            coef[v * U + u] = (0..N).map(|y| rows[y][u] * basis(v, y)).sum();
        }
    }
    let mean = coef[1..].iter().sum::<f32>() / (BITS - 1) as f32;
    // Float noise of a flat picture is far below one level: a coefficient must clear the mean by one.
    coef[1..]
        .iter()
        .fold(0u64, |h, &x| (h << 1) | u64::from(x > mean + 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(f: &dyn Fn(usize, usize) -> f32) -> Vec<f32> {
        (0..N * N).map(|i| f(i % N, i / N)).collect()
    }

    #[test]
    fn cosines_match_the_library() {
        for (k, &v) in cosines().iter().enumerate() {
            let want = (k as f64 * std::f64::consts::PI / (2 * N) as f64).cos();
            assert!((v - want).abs() < 1e-9, "{k}: {v} vs {want}");
        }
    }

    #[test]
    fn phash_table() {
        let bar = grid(&|x, _| if x < N / 3 { 0.0 } else { 255.0 });
        let lighter = grid(&|x, _| if x < N / 3 { 60.0 } else { 255.0 });
        let ring = grid(&|x, y| {
            let d = (x as f32 - 15.5).hypot(y as f32 - 15.5);
            if (8.0..12.0).contains(&d) {
                0.0
            } else {
                255.0
            }
        });
        assert_eq!(phash(&grid(&|_, _| 200.0)), 0, "flat");
        assert_eq!(phash(&[1.0; 10]), 0, "wrong size");
        assert_eq!(phash(&bar), phash(&lighter), "a lighter ink, one shape");
        assert!(phash(&bar) >> (BITS - 1) == 0, "the DC bit is 0");
        assert!(phash(&bar) < 1 << BITS);
        assert!(
            (phash(&bar) ^ phash(&ring)).count_ones() > 6,
            "a bar is not a ring"
        );
    }
}
