// The one quantile of the measurement tools and of the e2e suites that report times.

/**
 * The `q` quantile of `xs` (0.5: the median, 0.95: p95), lower nearest rank: the value at
 * floor(q·n) of the sorted copy; NaN for no values. `xs` is not changed.
 * @param {readonly number[]} xs @param {number} q
 */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
}
