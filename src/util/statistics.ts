/**
 * Mean and standard deviation in one pass (Welford), finite for every finite input: values are kept
 * divided by the largest magnitude seen so far, so no square can overflow, even of ±1e308.
 */
export class RunningMoments {
  count = 0;
  /** The largest |value| so far; the mean and the sum of squared deviations below are in its units. */
  private scale = 0;
  private scaledMean = 0;
  private scaledM2 = 0;

  add(value: number): void {
    const magnitude = Math.abs(value);
    if (magnitude > this.scale) {
      const ratio = this.scale / magnitude;
      this.scaledMean *= ratio;
      this.scaledM2 *= ratio * ratio;
      this.scale = magnitude;
    }
    this.count++;
    const scaled = this.scale === 0 ? 0 : value / this.scale;
    const delta = scaled - this.scaledMean;
    this.scaledMean += delta / this.count;
    this.scaledM2 += delta * (scaled - this.scaledMean);
  }

  get mean(): number {
    return this.scaledMean * this.scale;
  }

  /** Sample standard deviation (n − 1); 0 for fewer than two values. Capped at the largest double, which
   *  only two values of opposite sign near it can exceed. */
  get std(): number {
    if (this.count < 2) return 0;
    return Math.min(Math.sqrt(this.scaledM2 / (this.count - 1)) * this.scale, Number.MAX_VALUE);
  }
}
