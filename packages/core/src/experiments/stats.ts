/**
 * The statistics of experiment results, written here to keep core free of dependencies.
 *
 * - Normal CDF: Φ(x) = (1 + erf(x/√2)) / 2 with erf by Abramowitz & Stegun 7.1.26 (absolute
 *   error below 1.5e-7).
 * - Student t CDF: exact, through the regularized incomplete beta function I_x(a, b) (Lentz's
 *   continued fraction, as in Numerical Recipes §6.4) with ln Γ by Lanczos; no normal
 *   approximation, so small samples get honest intervals. Its quantile is found by bisection.
 */

/** erf by Abramowitz & Stegun 7.1.26. */
export function erf(x: number): number {
  const sign = x < 0 ? -1 : 1
  const t = 1 / (1 + 0.3275911 * Math.abs(x))
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  return sign * (1 - poly * Math.exp(-x * x))
}

export const normalCdf = (x: number): number => 0.5 * (1 + erf(x / Math.SQRT2))

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61503916999186, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ]
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const z = x - 1
  let sum = c[0] as number
  for (let i = 1; i < 9; i++) sum += (c[i] as number) / (z + i)
  const t = z + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum)
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  if (Math.abs(d) < tiny) d = tiny
  d = 1 / d
  let h = d
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    h *= d * c
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const step = d * c
    h *= step
    if (Math.abs(step - 1) < 1e-15) break
  }
  return h
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  )
  // The continued fraction converges fast on this side of the mean; use symmetry otherwise.
  return x < (a + 1) / (a + b + 2)
    ? (front * betaFraction(a, b, x)) / a
    : 1 - (front * betaFraction(b, a, 1 - x)) / b
}

/** P(T <= t) for Student's t with `df` degrees of freedom (df may be fractional: Welch). */
export function studentTCdf(t: number, df: number): number {
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5)
  return t >= 0 ? 1 - tail : tail
}

/** The t value below which probability `p` lies (bisection on the CDF). */
export function studentTQuantile(p: number, df: number): number {
  if (p === 0.5) return 0
  if (p < 0.5) return -studentTQuantile(1 - p, df)
  let low = 0
  let high = 1
  while (studentTCdf(high, df) < p) high *= 2
  for (let i = 0; i < 200 && high - low > 1e-12; i++) {
    const mid = (low + high) / 2
    if (studentTCdf(mid, df) < p) low = mid
    else high = mid
  }
  return (low + high) / 2
}

export interface Interval {
  low: number
  high: number
}

/** Mean, sample variance and a 95% t interval from sums (n, Σx, Σx²); undefined below n = 1. */
export function meanInterval(
  n: number,
  sum: number,
  sumSq: number,
): { mean: number; variance: number; ci95: Interval | null } | undefined {
  if (n < 1) return undefined
  const mean = sum / n
  // Σx² - n·mean² can come out a hair below zero from rounding.
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0
  if (n < 2) return { mean, variance, ci95: null }
  const half = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n)
  return { mean, variance, ci95: { low: mean - half, high: mean + half } }
}

/** Two-sided p-value of Welch's t-test (unequal variances); undefined when it cannot be computed. */
export function welchTTest(
  a: { n: number; mean: number; variance: number },
  b: { n: number; mean: number; variance: number },
): { t: number; df: number; pValue: number } | undefined {
  if (a.n < 2 || b.n < 2) return undefined
  const va = a.variance / a.n
  const vb = b.variance / b.n
  const se = Math.sqrt(va + vb)
  if (se === 0) return undefined
  const t = (a.mean - b.mean) / se
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1))
  return { t, df, pValue: Math.min(1, 2 * (1 - studentTCdf(Math.abs(t), df))) }
}

/** Wilson score 95% interval of a proportion `successes / n`. */
export function wilsonInterval(
  successes: number,
  n: number,
  z = 1.959963984540054,
): Interval | null {
  if (n <= 0) return null
  const p = successes / n
  const z2 = z * z
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n)
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}

/** Two-sided p-value of the pooled two-proportion z-test. */
export function twoProportionZTest(
  a: { successes: number; n: number },
  b: { successes: number; n: number },
): { z: number; pValue: number } | undefined {
  if (a.n <= 0 || b.n <= 0) return undefined
  const pooled = (a.successes + b.successes) / (a.n + b.n)
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n))
  if (se === 0) return undefined
  const z = (a.successes / a.n - b.successes / b.n) / se
  return { z, pValue: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) }
}
