import { describe, expect, it } from 'vitest'
import {
  incompleteBeta,
  meanInterval,
  normalCdf,
  studentTCdf,
  studentTQuantile,
  twoProportionZTest,
  welchTTest,
  wilsonInterval,
} from './stats'

// Expected values computed with SciPy 1.17.1 (scipy.stats / scipy.special), hard-coded here;
// tolerances of 1e-7 (Lanczos ln Γ and the A&S erf bound the precision, far below what a
// p-value needs).
describe('experiment statistics against SciPy', () => {
  it('normal CDF (erf approximation, error < 1.5e-7)', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 6)
    expect(normalCdf(-0.5)).toBeCloseTo(0.3085375387259869, 6)
    expect(normalCdf(2.5)).toBeCloseTo(0.9937903346742238, 6)
  })

  it('regularized incomplete beta', () => {
    expect(incompleteBeta(0.4, 2.5, 3.5)).toBeCloseTo(0.4869041915261176, 7)
    expect(incompleteBeta(0.02, 0.5, 10)).toBeCloseTo(0.4698474238676093, 7)
  })

  it('Student t CDF, including fractional degrees of freedom', () => {
    expect(studentTCdf(2.0, 5)).toBeCloseTo(0.9490302605850708, 7)
    expect(studentTCdf(-1.3, 2.5)).toBeCloseTo(0.15024339463535416, 7)
    expect(studentTCdf(0.7, 100)).toBeCloseTo(0.7572236967728134, 7)
  })

  it('t quantiles', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174694, 6)
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 6)
    expect(studentTQuantile(0.975, 29)).toBeCloseTo(2.045229642132703, 6)
  })

  it('a mean with its 95% t interval from sums', () => {
    const xs = [120, 150, 90, 200, 170, 130]
    const sum = xs.reduce((a, b) => a + b, 0)
    const sumSq = xs.reduce((a, b) => a + b * b, 0)
    const found = meanInterval(xs.length, sum, sumSq)
    expect(found?.mean).toBeCloseTo(143.33333333333334, 9)
    expect(found?.ci95?.low).toBeCloseTo(102.59864486628189, 6)
    expect(found?.ci95?.high).toBeCloseTo(184.0680218003848, 6)
    expect(meanInterval(1, 5, 25)?.ci95).toBeNull()
    expect(meanInterval(0, 0, 0)).toBeUndefined()
  })

  it("Welch's t-test", () => {
    const stat = (xs: number[]) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length
      const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)
      return { n: xs.length, mean, variance }
    }
    const first = welchTTest(stat([1, 2, 3, 4, 5]), stat([2, 4, 6, 8, 10]))
    expect(first?.t).toBeCloseTo(-1.8973665961010275, 10)
    expect(first?.pValue).toBeCloseTo(0.10753119493062728, 8)
    const second = welchTTest(
      stat([12.1, 11.8, 13.5, 12.9, 12.2, 11.1]),
      stat([14.2, 13.8, 15.1, 12.9]),
    )
    expect(second?.t).toBeCloseTo(-3.0352837081724533, 8)
    expect(second?.pValue).toBeCloseTo(0.022164626097712976, 8)
    expect(welchTTest({ n: 1, mean: 1, variance: 0 }, stat([1, 2]))).toBeUndefined()
  })

  it('Wilson interval', () => {
    const eight = wilsonInterval(8, 10)
    expect(eight?.low).toBeCloseTo(0.4901624715366418, 8)
    expect(eight?.high).toBeCloseTo(0.9433178485456248, 8)
    const none = wilsonInterval(0, 5)
    expect(none?.low).toBe(0)
    expect(none?.high).toBeCloseTo(0.43448246478317476, 8)
    expect(wilsonInterval(0, 0)).toBeNull()
  })

  it('two-proportion z-test (pooled; equals the uncorrected chi-square test)', () => {
    const found = twoProportionZTest({ successes: 45, n: 100 }, { successes: 60, n: 100 })
    expect(found?.z).toBeCloseTo(-2.1239769762143657, 9)
    expect(found?.pValue).toBeCloseTo(0.033672068856345855, 6)
  })
})
