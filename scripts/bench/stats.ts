/** Small statistics for the benchmark: medians and percentiles of samples. */

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (nearest rank) of the values; NaN for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The share of values above a threshold, 0–1. */
export function shareAbove(values: number[], threshold: number): number {
  return values.length === 0 ? 0 : values.filter((v) => v > threshold).length / values.length;
}
