/** A growable Float64Array: many samples without a JS array of boxed numbers. */
export class SampleBuffer {
  private data = new Float64Array(1024);
  private size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }

  get length(): number {
    return this.size;
  }

  /** A copy of the samples, sized to fit. */
  toArray(): Float64Array {
    return this.data.slice(0, this.size);
  }

  clear(): void {
    this.size = 0;
  }
}
