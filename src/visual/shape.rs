//! A picture's shape, whatever its colours: the foreground mask (pixels that differ from the
//! background by a good part of the picture's strongest contrast), its tight crop, and the parts a
//! logo is made of (row bands: a word over a smile arrow; the two sides of a wide column gap: a
//! symbol beside a word), each hashed on its own (`hash.rs` turns a [`Region`] into a dHash).
//!
//! Why not the gray levels as they are: a kit draws a mark in whatever colours it likes — white on
//! the brand colour, the brand colour on a dark header or a tinted box. As gray levels a negative is
//! a bitwise complement of the dHash; as ink against paper (`Mask::ink`: the difference from the
//! background) it is the same picture. The mask (foreground = a quarter of the strongest contrast,
//! not Otsu's threshold: on a four-colour word Otsu splits the letters from one another) decides
//! the crop and the parts.
//!
//! A white "P" on a blue disc and the same disc on white paper: the background is what most corners
//! show (white paper; or the blue when the disc fills the picture), so the disc with its hole, or
//! the "P" alone. Fingerprints are rendered both ways (`tools/visual/fingerprints.mjs`, margins 0 %
//! and 5–25 %).

/// A pixel is foreground when it differs from the background by more than this fraction of the
/// picture's strongest difference (1/4: anti-aliased edges of a thin stroke still count; the
/// lightest of four letter colours — eBay's yellow on white — is over a third of the darkest's).
const CONTRAST_DIVISOR: u16 = 4;
/// ...and by more than this many levels (of 255): 4-bit quantisation and JPEG noise are not shape.
pub const MIN_CONTRAST: u8 = 24;
/// Parts of one picture hashed besides the whole (row bands, or the two sides of a column gap).
pub const MAX_PARTS: usize = 4;
/// A part is at least this fraction (1/n) of the crop's height (bands) or width (column sides),
/// and this many foreground pixels: a stray underline or dot is nobody's mark.
const MIN_PART_FRACTION: usize = 6;
const MIN_PART_PIXELS: usize = 24;
/// A column gap splits the picture only when it is at least this many pixels wide and at least
/// twice as wide as any other gap: letter spacing inside one word never does.
const MIN_COLUMN_GAP: usize = 3;

/// A binary picture: `true` for foreground.
#[derive(Debug)]
pub struct Mask {
    pub bits: Vec<bool>,
    pub width: usize,
    pub height: usize,
    /// The background level and the strongest difference from it.
    pub background: u8,
    pub strongest: u8,
}

/// A rectangle of a mask (inclusive start, exclusive end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub x0: usize,
    pub y0: usize,
    pub x1: usize,
    pub y1: usize,
}

impl Region {
    pub fn width(&self) -> usize {
        self.x1 - self.x0
    }
    pub fn height(&self) -> usize {
        self.y1 - self.y0
    }
}

/// The background level: what most of the four corners show (the top-left one on a tie).
fn background(gray: &[u8], width: usize, height: usize) -> u8 {
    let corners = [
        gray[0],
        gray[width - 1],
        gray[(height - 1) * width],
        gray[height * width - 1],
    ];
    let close = |a: u8, b: u8| a.abs_diff(b) <= MIN_CONTRAST;
    let votes = |c: u8| corners.iter().filter(|&&o| close(o, c)).count();
    corners
        .iter()
        .copied()
        .max_by_key(|&c| (votes(c), c == corners[0]))
        .unwrap_or(corners[0])
}

/// The foreground mask of a `width`×`height` gray picture; `None` when nothing stands out.
pub fn mask(gray: &[u8], width: usize, height: usize) -> Option<Mask> {
    if width == 0 || height == 0 || gray.len() != width * height {
        return None;
    }
    let bg = background(gray, width, height);
    let strongest = gray.iter().map(|&g| g.abs_diff(bg)).max().unwrap_or(0);
    let cut = (u16::from(strongest) / CONTRAST_DIVISOR).max(u16::from(MIN_CONTRAST));
    let bits: Vec<bool> = gray
        .iter()
        .map(|&g| u16::from(g.abs_diff(bg)) > cut)
        .collect();
    bits.contains(&true).then_some(Mask {
        bits,
        width,
        height,
        background: bg,
        strongest,
    })
}

impl Mask {
    /// The picture as ink on paper, whatever its polarity and paper colour: 255 on the background,
    /// 0 at the strongest difference from it, in proportion between — an anti-aliased edge keeps its
    /// sub-pixel position, which a hard mask loses. Measured on our fixtures (tools/visual/roc.mjs,
    /// tuning half, threshold 8): a binary mask caught 9 of 22 logos, ink saturating at half the
    /// strongest difference 11, this 14 (13 as Chromium draws them), with no unrelated logo named.
    pub fn ink(&self, gray: &[u8]) -> Vec<u8> {
        let full = u32::from(self.strongest).max(u32::from(MIN_CONTRAST));
        gray.iter()
            .map(|&g| {
                let d = u32::from(g.abs_diff(self.background)).min(full);
                (255 - d * 255 / full) as u8
            })
            .collect()
    }

    fn at(&self, x: usize, y: usize) -> bool {
        self.bits[y * self.width + x]
    }

    /// Foreground pixels inside `r`.
    pub fn count(&self, r: Region) -> usize {
        (r.y0..r.y1)
            .map(|y| (r.x0..r.x1).filter(|&x| self.at(x, y)).count())
            .sum()
    }

    /// The tight box around the foreground inside `r`, if any.
    pub fn tight(&self, r: Region) -> Option<Region> {
        let rows: Vec<usize> = (r.y0..r.y1)
            .filter(|&y| (r.x0..r.x1).any(|x| self.at(x, y)))
            .collect();
        let cols: Vec<usize> = (r.x0..r.x1)
            .filter(|&x| (r.y0..r.y1).any(|y| self.at(x, y)))
            .collect();
        Some(Region {
            x0: *cols.first()?,
            y0: *rows.first()?,
            x1: cols.last()? + 1,
            y1: rows.last()? + 1,
        })
    }

    /// The whole picture.
    pub fn full(&self) -> Region {
        Region {
            x0: 0,
            y0: 0,
            x1: self.width,
            y1: self.height,
        }
    }

    /// The parts of `crop` worth hashing on their own: its row bands when there are two or three
    /// (a word over a smile arrow), else the two sides of a clearly widest column gap (a symbol
    /// beside a word). Tiny pieces are dropped; at most [`MAX_PARTS`].
    pub fn parts(&self, crop: Region) -> Vec<Region> {
        let rows = runs((crop.y0..crop.y1).map(|y| (crop.x0..crop.x1).any(|x| self.at(x, y))));
        let mut out: Vec<Region> = Vec::new();
        if (2..=3).contains(&rows.len()) {
            out = rows
                .iter()
                .filter_map(|&(a, b)| {
                    self.tight(Region {
                        y0: crop.y0 + a,
                        y1: crop.y0 + b,
                        ..crop
                    })
                })
                .filter(|p| p.height() * MIN_PART_FRACTION >= crop.height())
                .collect();
        } else {
            let cols = runs((crop.x0..crop.x1).map(|x| (crop.y0..crop.y1).any(|y| self.at(x, y))));
            let (first, second) = widest_two(cols.windows(2).map(|w| (w[1].0 - w[0].1, w[0].1)));
            let clear = match (first, second) {
                (None, _) => None,
                (Some(only), None) => Some(only),
                (Some(first), Some(second)) => (first.0 >= 2 * second.0).then_some(first),
            };
            if let Some((width, at)) = clear.filter(|&(w, _)| w >= MIN_COLUMN_GAP) {
                let split = crop.x0 + at;
                let sides = [
                    Region { x1: split, ..crop },
                    Region {
                        x0: split + width,
                        ..crop
                    },
                ];
                out = sides
                    .iter()
                    .filter_map(|&s| self.tight(s))
                    .filter(|p| p.width() * MIN_PART_FRACTION >= crop.width())
                    .collect();
            }
        }
        out.retain(|&p| self.count(p) >= MIN_PART_PIXELS && p != crop);
        // One part left is the crop without a speck (a word without its underline): still worth it.
        out.truncate(MAX_PARTS);
        out
    }
}

/// Runs of `true` as (start, end) offsets.
fn runs(flags: impl Iterator<Item = bool>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut n = 0;
    for (i, f) in flags.enumerate() {
        match (f, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
        n = i + 1;
    }
    if let Some(s) = start {
        out.push((s, n));
    }
    out
}

/// The largest and the next largest of `gaps` ((width, at) pairs, compared as pairs): the first
/// two of the list sorted descending, by one scan (no sort instance in the WASM for this type).
fn widest_two<T: Ord + Copy>(gaps: impl Iterator<Item = T>) -> (Option<T>, Option<T>) {
    let (mut first, mut second) = (None, None);
    for g in gaps {
        if first.is_none_or(|f| g > f) {
            second = first;
            first = Some(g);
        } else if second.is_none_or(|s| g > s) {
            second = Some(g);
        }
    }
    (first, second)
}

#[cfg(test)]
mod tests {

    #[test]
    fn widest_two_is_the_head_of_the_descending_sort() {
        let lists: [&[(usize, usize)]; 6] = [
            &[],
            &[(3, 1)],
            &[(1, 5), (4, 2)],
            &[(4, 2), (4, 2), (1, 0)],
            &[(2, 9), (7, 1), (7, 3), (5, 0), (7, 2)],
            &[(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (0, 9)],
        ];
        for list in lists {
            let mut sorted = list.to_vec();
            sorted.sort_unstable_by(|a, b| b.cmp(a));
            let want = (sorted.first().copied(), sorted.get(1).copied());
            assert_eq!(widest_two(list.iter().copied()), want, "{list:?}");
        }
    }
    use super::*;

    fn picture(w: usize, h: usize, f: impl Fn(usize, usize) -> u8) -> Vec<u8> {
        (0..w * h).map(|i| f(i % w, i / w)).collect()
    }

    #[test]
    fn runs_table() {
        for (flags, want) in [
            (vec![], vec![]),
            (vec![false, false], vec![]),
            (vec![true], vec![(0, 1)]),
            (vec![false, true, true, false, true], vec![(1, 3), (4, 5)]),
        ] {
            assert_eq!(runs(flags.clone().into_iter()), want, "{flags:?}");
        }
    }

    #[test]
    fn colours_and_polarity_give_one_mask() {
        // A bar drawn dark on white, white on dark, and in two grays on white: one shape.
        let bar = |ink: &dyn Fn(usize) -> u8, paper: u8| {
            picture(16, 8, |x, y| {
                if (2..6).contains(&y) && (3..13).contains(&x) {
                    ink(x)
                } else {
                    paper
                }
            })
        };
        let want = mask(&bar(&|_| 0, 255), 16, 8).expect("bar").bits;
        for (name, gray) in [
            ("negative", bar(&|_| 255, 20)),
            ("two colours", bar(&|x| if x < 8 { 100 } else { 180 }, 255)),
            ("coloured paper", bar(&|_| 30, 200)),
        ] {
            assert_eq!(mask(&gray, 16, 8).expect(name).bits, want, "{name}");
        }
        assert!(mask(&picture(16, 8, |_, _| 90), 16, 8).is_none(), "flat");
        assert!(
            mask(&picture(16, 8, |x, _| 90 + (x as u8)), 16, 8).is_none(),
            "faint noise"
        );
        assert!(mask(&[0; 10], 4, 4).is_none(), "wrong length");
    }

    #[test]
    fn the_background_is_what_most_corners_show() {
        // A dark block touching one corner: the paper is still white.
        let gray = picture(8, 8, |x, y| if x < 3 && y < 3 { 0 } else { 255 });
        let m = mask(&gray, 8, 8).expect("block");
        assert!(m.at(0, 0) && !m.at(7, 7));
    }

    /// Whether pixel (x, y) of a test picture is ink.
    type Ink = Box<dyn Fn(usize, usize) -> bool>;

    #[test]
    fn parts_table() {
        // (name, picture 40×20, expected part count)
        let cases: Vec<(&str, Ink, usize)> = vec![
            (
                "one block",
                Box::new(|x, y| (5..35).contains(&x) && (4..16).contains(&y)),
                0,
            ),
            (
                "a word over an underline",
                Box::new(|x, y| {
                    (5..35).contains(&x) && ((2..11).contains(&y) || (14..18).contains(&y))
                }),
                2,
            ),
            (
                "a symbol beside a word (wide gap)",
                Box::new(|x, y| {
                    (4..16).contains(&y) && ((2..10).contains(&x) || (18..38).contains(&x))
                }),
                2,
            ),
            (
                "letters evenly spaced: no split",
                Box::new(|x, y| (4..16).contains(&y) && x % 8 < 5),
                0,
            ),
            (
                "a speck under a word: the word alone",
                Box::new(|x, y| {
                    ((2..36).contains(&x) && (2..16).contains(&y)) || (x == 20 && y == 18)
                }),
                1,
            ),
        ];
        for (name, f, want) in cases {
            let gray = picture(40, 20, |x, y| if f(x, y) { 0 } else { 255 });
            let m = mask(&gray, 40, 20).expect(name);
            let crop = m.tight(m.full()).expect(name);
            assert_eq!(m.parts(crop).len(), want, "{name}");
        }
    }
}
