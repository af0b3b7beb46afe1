//! Right-to-left scripts, as the URL and host equivalence tests tell them (the Bidi rule's concern).

/// Whether `c` is in a right-to-left block (Hebrew, Arabic, Syriac, …; their presentation forms; the
/// historic right-to-left planes).
pub fn is_rtl(c: char) -> bool {
    let u = u32::from(c);
    [
        (0x590, 0x8ff),
        (0xfb1d, 0xfdff),
        (0xfe70, 0xfeff),
        (0x10800, 0x10fff),
        (0x1e800, 0x1efff),
    ]
    .iter()
    .any(|&(a, b)| (a..=b).contains(&u))
}
