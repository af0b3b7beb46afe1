//! The perceptual hash of one picture the content script drew: a square of [`SIDE`]×[`SIDE`]
//! gray levels (row-major, 16 levels packed two to a byte, high nibble first, base64 on the wire:
//! 2,048 bytes, so that eight pictures and the text signals fit one message), reduced to its shape
//! (ink against paper, `shape.rs`: polarity and paper colour do not matter), cropped to it (so a logo
//! with or without a margin hashes alike), then hashed to 64 bits by two complementary descriptors:
//! the high 32 bits a dHash (Krawetz, "Kind of like that", 2013: area-averaged to 9×4, one bit per
//! horizontal neighbour pair, left darker than right, most significant bit first), which reads the
//! edges between cells; the low 32 a pHash of the lowest frequencies (`dct.rs`), which reads where
//! the ink mass lies. One Hamming distance over both: a stroke weight, a face or a JPEG that moves
//! one half moves the other less.
//!
//! A PayPal "P" drawn from a 16 px favicon and from a 200 px header logo differ in a few bits; a
//! blank box (every pixel within `shape::MIN_CONTRAST` of the background) has no hash. A logo made
//! of parts (a word over a smile arrow, a symbol beside a word) also gets one hash per part.

/// Side of the square the content script draws each picture into (`RULES.limits.visual_side`).
/// 64 rather than 32: measured on tests/cases/visual.txt, a 32 px square loses a third of the true
/// matches (the crop of a small mark is a few pixels wide; `tools/visual/roc.mjs`).
pub const SIDE: usize = 64;
/// Rows of the dHash half (9 cells each: 8 bits a row).
const DHASH_ROWS: usize = 4;
/// Pixels of one picture.
pub const PIXELS: usize = SIDE * SIDE;
/// Packed bytes of one picture (two 4-bit pixels a byte).
pub const PACKED: usize = PIXELS / 2;
/// Base64 characters of one picture (padded).
pub const ENCODED_CHARS: usize = PACKED.div_ceil(3) * 4;

/// Why a picture could not be read (the engine ignores such a picture; the tool reports it).
use super::dct;
use super::shape::{self, Region};
use super::tile;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PictureError {
    /// Not base64 of exactly [`PIXELS`] bytes.
    Malformed,
    /// Every pixel is the background colour.
    Blank,
}

/// The hash of a base64 picture as the content script sends it (`signals.pictures`): the whole
/// shape's (the first of [`hashes_encoded`]).
pub fn hash_encoded(picture: &str) -> Result<u64, PictureError> {
    hashes_encoded(picture).map(|h| h.shape[0])
}

/// Every hash of one picture: its shape's (the whole first, then its parts: `shape.rs`) and, when the
/// picture is a mark on a tile (`tile.rs`), the mark's alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hashes {
    pub shape: Vec<u64>,
    pub tile: Option<u64>,
}

/// Every hash of a base64 picture ([`Hashes`]).
pub fn hashes_encoded(picture: &str) -> Result<Hashes, PictureError> {
    let packed = decode_base64(picture).ok_or(PictureError::Malformed)?;
    if packed.len() != PACKED {
        return Err(PictureError::Malformed);
    }
    // 16 levels back to 0–255 (level × 17).
    let gray: Vec<u8> = packed
        .iter()
        .flat_map(|&b| [(b >> 4) * 17, (b & 15) * 17])
        .collect();
    hashes_gray(&gray, SIDE, SIDE).ok_or(PictureError::Blank)
}

/// The whole shape's hash (see [`hashes_gray`]).
pub fn hash_gray(gray: &[u8], width: usize, height: usize) -> Option<u64> {
    hashes_gray(gray, width, height).map(|h| h.shape[0])
}

/// The picture as ink (`shape.rs`) cropped to its foreground and hashed, then each of its parts; and
/// the mark alone when the picture is a mark on a tile (`tile.rs`: ink against the tile's colour).
/// `None` when the picture is blank or `gray` is not `width·height` long.
pub fn hashes_gray(gray: &[u8], width: usize, height: usize) -> Option<Hashes> {
    let mask = shape::mask(gray, width, height)?;
    let crop = mask.tight(mask.full())?;
    // Ink dark (0), paper light (255): one polarity whatever the picture's colours.
    let ink = mask.ink(gray);
    let hash_of = |ink: &[u8], r: Region| {
        let c = Crop {
            gray: ink,
            stride: width,
            x0: r.x0,
            y0: r.y0,
            w: r.width(),
            h: r.height(),
        };
        let grid: Vec<f32> = (0..dct::N * dct::N)
            .map(|i| cell(&c, i % dct::N, i / dct::N, dct::N, dct::N))
            .collect();
        (dhash(&c) << dct::BITS) | dct::phash(&grid)
    };
    let hash = |r: Region| hash_of(&ink, r);
    let mut shape = vec![hash(crop)];
    shape.extend(mask.parts(crop).into_iter().map(hash));
    let tile =
        tile::mark(gray, width, crop).map(|(on_tile, mark)| hash_of(&on_tile.ink(gray), mark));
    Some(Hashes { shape, tile })
}

/// A rectangle of a gray buffer.
struct Crop<'a> {
    gray: &'a [u8],
    stride: usize,
    x0: usize,
    y0: usize,
    w: usize,
    h: usize,
}

/// Mean gray level (×1, as f32) of cell (`cx`, `cy`) of a `cols`×`rows` grid over the crop.
fn cell(c: &Crop, cx: usize, cy: usize, cols: usize, rows: usize) -> f32 {
    let ya = cy * c.h / rows;
    let yb = ((cy + 1) * c.h / rows).max(ya + 1);
    let xa = cx * c.w / cols;
    let xb = ((cx + 1) * c.w / cols).max(xa + 1);
    let mut sum = 0u32;
    for y in ya..yb {
        let row = (c.y0 + y) * c.stride + c.x0;
        sum += c.gray[row + xa..row + xb]
            .iter()
            .map(|&g| u32::from(g))
            .sum::<u32>();
    }
    sum as f32 / ((yb - ya) * (xb - xa)) as f32
}

/// The dHash half: [`DHASH_ROWS`] rows of 8 horizontal neighbour pairs (32 bits).
fn dhash(c: &Crop) -> u64 {
    const COLS: usize = 9;
    let mut hash = 0u64;
    for y in 0..DHASH_ROWS {
        let cells: [f32; COLS] = std::array::from_fn(|x| cell(c, x, y, COLS, DHASH_ROWS));
        for x in 0..COLS - 1 {
            // Half a level of slack: flat areas read 0 whatever the rounding.
            hash = (hash << 1) | u64::from(cells[x] < cells[x + 1] - 0.5);
        }
    }
    hash
}

/// Standard base64 (RFC 4648 §4, `btoa`'s alphabet), padding required; `None` on anything else.
fn decode_base64(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    if b.len() % 4 != 0 || b.len() > ENCODED_CHARS {
        return None;
    }
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(b.len() / 4 * 3);
    for (i, quad) in b.chunks_exact(4).enumerate() {
        let last = i + 1 == b.len() / 4;
        let pad = quad.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &quad[..4 - pad] {
            n = (n << 6) | val(c)?;
        }
        n <<= 6 * pad as u32;
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..4 - pad]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(w: usize, h: usize, f: impl Fn(usize, usize) -> u8) -> Vec<u8> {
        (0..w * h).map(|i| f(i % w, i / w)).collect()
    }

    fn encode(bytes: &[u8]) -> String {
        const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = String::new();
        for ch in bytes.chunks(3) {
            let n = ch
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
            for i in 0..4 {
                s.push(if i <= ch.len() {
                    A[(n >> (18 - 6 * i)) as usize & 63] as char
                } else {
                    '='
                });
            }
        }
        s
    }

    #[test]
    fn base64_table() {
        for (text, want) in [
            ("", Some(vec![])),
            ("AAAA", Some(vec![0, 0, 0])),
            ("/w==", Some(vec![255])),
            ("//8=", Some(vec![255, 255])),
            ("TWFu", Some(b"Man".to_vec())),
            ("TWE=TWFu", None), // padding inside
            ("TWF", None),      // not a multiple of 4
            ("TW-u", None),     // URL-safe alphabet is not btoa's
            ("T===", None),
        ] {
            assert_eq!(decode_base64(text), want, "{text}");
        }
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(decode_base64(&encode(&bytes)), Some(bytes));
    }

    #[test]
    fn dhash_table() {
        let whole = |gray: &[u8], w: usize, h: usize| {
            dhash(&Crop {
                gray,
                stride: w,
                x0: 0,
                y0: 0,
                w,
                h,
            })
        };
        for (name, w, h, f, want) in [
            (
                "brighter to the right",
                36,
                32,
                Box::new(|x: usize, _| (x * 7) as u8) as Box<dyn Fn(usize, usize) -> u8>,
                0xffff_ffff,
            ),
            (
                "darker to the right",
                36,
                32,
                Box::new(|x: usize, _| 255 - (x * 7) as u8),
                0,
            ),
            ("flat", 18, 16, Box::new(|_, _| 200), 0),
        ] {
            assert_eq!(whole(&image(w, h, f), w, h), want, "{name}");
        }
    }

    #[test]
    fn shape_hash_table() {
        // An "L" on paper, in each polarity and paper colour: one shape, one hash.
        let l = |ink: &dyn Fn(usize) -> u8, paper: u8| {
            image(36, 32, |x, y| {
                let inside = (4..32).contains(&x) && (3..29).contains(&y);
                if inside && (x < 12 || y > 22) {
                    ink(x)
                } else {
                    paper
                }
            })
        };
        let want = hash_gray(&l(&|_| 0, 255), 36, 32).expect("L");
        assert!(want.count_ones() >= 8, "{want:016x}: the L has edges");
        for (name, gray) in [
            ("white on a dark colour", l(&|_| 255, 40)),
            ("on coloured paper", l(&|_| 20, 190)),
        ] {
            assert_eq!(hash_gray(&gray, 36, 32), Some(want), "{name}");
        }
        let block = image(36, 32, |x, y| {
            if (4..32).contains(&x) && (3..29).contains(&y) {
                0
            } else {
                255
            }
        });
        assert_eq!(
            hash_gray(&block, 36, 32),
            Some(0),
            "cropped to one block: no edge"
        );
        assert_eq!(hash_gray(&image(32, 32, |_, _| 200), 32, 32), None, "blank");
        assert_eq!(hash_gray(&[0; 10], 4, 4), None, "wrong length");
        assert_eq!(hash_gray(&[], 0, 0), None, "empty");
    }

    #[test]
    fn a_word_over_an_arrow_hashes_each_part() {
        let gray = image(SIDE, SIDE, |x, y| {
            let word = (8..56).contains(&x) && (10..34).contains(&y) && x % 10 < 7;
            let arrow = (10..54).contains(&x) && (40..48).contains(&y);
            if word || arrow {
                0
            } else {
                255
            }
        });
        let all = hashes_gray(&gray, SIDE, SIDE).expect("picture").shape;
        assert_eq!(all.len(), 3, "{all:x?}");
        // The word's own hash is the hash of the word drawn alone.
        let word = image(SIDE, SIDE, |x, y| {
            if (8..56).contains(&x) && (10..34).contains(&y) && x % 10 < 7 {
                0
            } else {
                255
            }
        });
        assert_eq!(all[1], hash_gray(&word, SIDE, SIDE).expect("word"));
    }

    #[test]
    fn a_margin_does_not_change_the_hash() {
        // An "F"-like mark, once filling the square and once with a wide margin.
        let mark = |pad: usize| {
            image(SIDE, SIDE, move |x, y| {
                let span = SIDE - 2 * pad;
                let (u, v) = (x as f32 - pad as f32, y as f32 - pad as f32);
                let (u, v) = (u / span as f32, v / span as f32);
                let inside = (0.0..1.0).contains(&u)
                    && (0.0..1.0).contains(&v)
                    && (u < 0.3 || (v > 0.4 && v < 0.6) || (u > 0.7 && v < 0.8));
                if inside {
                    0
                } else {
                    255
                }
            })
        };
        let a = hash_gray(&mark(1), SIDE, SIDE).expect("mark");
        for pad in [3, 5, 7] {
            let b = hash_gray(&mark(pad), SIDE, SIDE).expect("mark");
            // Within the match threshold (the crop of a small mark is coarser, so not identical).
            let d = (a ^ b).count_ones();
            assert!(
                d <= super::super::MAX_DISTANCE,
                "pad {pad}: {a:016x} vs {b:016x}"
            );
        }
    }

    /// Two 4-bit pixels a byte, as visual.js packs them.
    fn pack(gray: &[u8]) -> Vec<u8> {
        gray.chunks(2)
            .map(|p| (p[0] >> 4) << 4 | p[1] >> 4)
            .collect()
    }

    #[test]
    fn encoded_pictures() {
        let disc = image(SIDE, SIDE, |x, y| {
            let (dx, dy) = (x as i32 - 24, y as i32 - 32);
            if dx * dx + dy * dy < 256 {
                0
            } else {
                255
            }
        });
        let want = hash_gray(&disc, SIDE, SIDE).expect("disc");
        assert_eq!(hash_encoded(&encode(&pack(&disc))), Ok(want));
        assert_eq!(
            hash_encoded(&encode(&[255; PACKED])),
            Err(PictureError::Blank)
        );
        for bad in [
            String::new(),
            encode(&[0; PACKED - 1]),
            encode(&disc), // unpacked bytes: twice too long
            "!".repeat(ENCODED_CHARS),
            encode(&[0; PACKED]) + "AAAA",
        ] {
            assert_eq!(hash_encoded(&bad), Err(PictureError::Malformed));
        }
        assert_eq!(ENCODED_CHARS, encode(&pack(&disc)).len());
    }
}
