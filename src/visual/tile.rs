//! A mark on a tile: a logo drawn on a coloured square or rounded square (an app icon, a white "R"
//! on red, a mark on a card) reads, as ink against the page's paper, as the tile with holes — the
//! tile's outline, the same for every tile. This finds such a tile inside a picture's crop and the
//! mark inside it, as ink against the tile's colour, so that the mark is hashed alone
//! (`hash::hashes_gray` adds its hash to the picture's).
//!
//! A tile: the crop's frame, inset by [`INSET_PERCENT`] of its shorter side (past a rounded corner of
//! up to a quarter of the side), is one colour for at least [`FRAME_SHARE_PERCENT`] % of its pixels,
//! a colour that is not the paper's; the mark is what differs from that colour inside the frame,
//! clear of the frame on every side (a picture or a photo reaching the edge is no tile), and at least
//! [`MIN_MARK_PERCENT`] % of the inside (a speck or a gradient is no mark). A disc badge is not a
//! tile (its frame is not one colour): one letter on a disc is a common mark of nobody's.

use super::shape::{Mask, Region, MIN_CONTRAST};

/// The frame is the crop inset by this percentage of its shorter side (and at least 2 pixels).
const INSET_PERCENT: usize = 9;
/// At least this share of the frame's pixels is the tile's colour.
const FRAME_SHARE_PERCENT: usize = 90;
/// The mark covers at least this share of the frame's inside, and its box at most [`MAX_BOX_PERCENT`].
const MIN_MARK_PERCENT: usize = 4;
const MAX_BOX_PERCENT: usize = 90;
/// Tiles smaller than this (pixels of the shorter side) leave too few pixels for the mark.
const MIN_TILE_SIDE: usize = 20;

/// The mark on the tile that `crop` (the picture's foreground box) is, if it is one: a mask of the
/// picture whose background is the tile's colour (foreground only inside the frame) and the mark's box.
pub fn mark(gray: &[u8], width: usize, crop: Region) -> Option<(Mask, Region)> {
    let side = crop.width().min(crop.height());
    if side < MIN_TILE_SIDE || gray.len() < width * crop.y1 || crop.x1 > width {
        return None;
    }
    let inset = (side * INSET_PERCENT / 100).max(2);
    let frame = Region {
        x0: crop.x0 + inset,
        y0: crop.y0 + inset,
        x1: crop.x1 - inset,
        y1: crop.y1 - inset,
    };
    let at = |x: usize, y: usize| gray[y * width + x];
    let ring: Vec<u8> = (frame.x0..frame.x1)
        .flat_map(|x| [at(x, frame.y0), at(x, frame.y1 - 1)])
        .chain((frame.y0 + 1..frame.y1 - 1).flat_map(|y| [at(frame.x0, y), at(frame.x1 - 1, y)]))
        .collect();
    // The tile's colour: the ring's median level (by a histogram: no sort instance in the WASM).
    let mut counts = [0usize; 256];
    for &g in &ring {
        counts[usize::from(g)] += 1;
    }
    let (mut seen, mut tile) = (0, 0u8);
    for (level, &n) in (0u8..=255).zip(counts.iter()) {
        seen += n;
        if seen > ring.len() / 2 {
            tile = level;
            break;
        }
    }
    let close = |g: u8| g.abs_diff(tile) <= MIN_CONTRAST;
    if ring.iter().filter(|&&g| close(g)).count() * 100 < ring.len() * FRAME_SHARE_PERCENT {
        return None;
    }
    // Inside the frame: what differs from the tile, by a quarter of the strongest difference there.
    let inside = Region {
        x0: frame.x0 + 1,
        y0: frame.y0 + 1,
        x1: frame.x1 - 1,
        y1: frame.y1 - 1,
    };
    let within = |i: usize| {
        (inside.x0..inside.x1).contains(&(i % width))
            && (inside.y0..inside.y1).contains(&(i / width))
    };
    let strongest = (0..gray.len())
        .filter(|&i| within(i))
        .map(|i| gray[i].abs_diff(tile))
        .max()?;
    let cut = (strongest / 4).max(MIN_CONTRAST);
    let height = gray.len() / width;
    let bits: Vec<bool> = (0..width * height)
        .map(|i| within(i) && gray[i].abs_diff(tile) > cut)
        .collect();
    let mask = Mask {
        bits,
        width,
        height,
        background: tile,
        strongest,
    };
    let found = mask.tight(inside)?;
    let area = inside.width() * inside.height();
    let clear = found.x0 > inside.x0
        && found.y0 > inside.y0
        && found.x1 < inside.x1
        && found.y1 < inside.y1;
    let enough = mask.count(found) * 100 >= area * MIN_MARK_PERCENT;
    let small = found.width() * found.height() * 100 <= area * MAX_BOX_PERCENT;
    (clear && enough && small).then_some((mask, found))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 64×64 picture: white paper, a tile of `level` over [8, 56)² with corners cut by `r`, and a
    /// white bar (the mark) over `bar`.
    fn tile_picture(level: u8, r: usize, bar: Region) -> Vec<u8> {
        (0..64 * 64)
            .map(|i| {
                let (x, y) = (i % 64, i / 64);
                let on_tile = (8..56).contains(&x) && (8..56).contains(&y) && {
                    let (dx, dy) = ((x - 8).min(55 - x), (y - 8).min(55 - y));
                    !(dx < r && dy < r && (r - dx) * (r - dx) + (r - dy) * (r - dy) > r * r)
                };
                let on_bar = (bar.x0..bar.x1).contains(&x) && (bar.y0..bar.y1).contains(&y);
                if on_bar || !on_tile {
                    255
                } else {
                    level
                }
            })
            .collect()
    }

    const CROP: Region = Region {
        x0: 8,
        y0: 8,
        x1: 56,
        y1: 56,
    };

    #[test]
    fn mark_table() {
        let bar = Region {
            x0: 24,
            y0: 20,
            x1: 40,
            y1: 44,
        };
        // (level, corner radius, mark, expected mark box)
        let cases: [(u8, usize, Region, Option<Region>); 4] = [
            (60, 10, bar, Some(bar)),
            (60, 0, bar, Some(bar)),
            // The mark reaches the tile's edge: no tile (a picture, a photo).
            (
                60,
                10,
                Region {
                    x0: 8,
                    y0: 20,
                    x1: 40,
                    y1: 44,
                },
                None,
            ),
            // No mark: the tile alone.
            (
                60,
                10,
                Region {
                    x0: 0,
                    y0: 0,
                    x1: 0,
                    y1: 0,
                },
                None,
            ),
        ];
        for (level, r, bar, want) in cases {
            let gray = tile_picture(level, r, bar);
            let got = mark(&gray, 64, CROP).map(|(_, b)| b);
            assert_eq!(got, want, "level {level} r {r} bar {bar:?}");
        }
    }

    #[test]
    fn a_frame_of_many_colours_is_no_tile() {
        let mut gray = tile_picture(
            60,
            10,
            Region {
                x0: 24,
                y0: 20,
                x1: 40,
                y1: 44,
            },
        );
        for (i, g) in gray.iter_mut().enumerate() {
            if (8..56).contains(&(i % 64)) && (8..56).contains(&(i / 64)) && (i % 64) < 32 {
                *g = ((i % 64) * 7) as u8;
            }
        }
        assert_eq!(mark(&gray, 64, CROP).map(|(_, b)| b), None);
    }

    #[test]
    fn a_small_or_odd_crop_is_no_tile() {
        let gray = vec![255u8; 64 * 64];
        let small = Region {
            x0: 0,
            y0: 0,
            x1: 12,
            y1: 12,
        };
        assert!(mark(&gray, 64, small).is_none());
        let outside = Region {
            x0: 0,
            y0: 0,
            x1: 80,
            y1: 64,
        };
        assert!(mark(&gray, 64, outside).is_none());
    }
}
