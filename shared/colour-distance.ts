/**
 * How far apart two colours look: CIEDE2000 in CIELAB, for normal vision, under simulated
 * protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, full severity), and
 * in greyscale (the difference in lightness L* alone, as on a black-and-white print).
 */

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

type Rgb = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

const SIMULATION: Record<Exclude<Vision, 'normal'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export interface Lab {
  l: number;
  a: number;
  b: number;
}

/** `#rrggbb` → linear-light sRGB components in 0…1. */
export function linearRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const channel = (part: string | undefined): number => {
    const value = Number.parseInt(part ?? '0', 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return [channel(match[1]), channel(match[2]), channel(match[3])];
}

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

export function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb;
  const [r0, r1, r2] = SIMULATION[vision];
  const row = (m: Rgb) => clamp(m[0] * rgb[0] + m[1] * rgb[1] + m[2] * rgb[2]);
  return [row(r0), row(r1), row(r2)];
}

/** WCAG relative luminance of a linear RGB colour. */
export function relativeLuminance(rgb: Rgb): number {
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(first: string, second: string): number {
  const [high, low] = [relativeLuminance(linearRgb(first)), relativeLuminance(linearRgb(second))].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

const labF = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);

/** Linear sRGB → CIELAB (D65). */
export function toLab(rgb: Rgb): Lab {
  const x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
  const y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.072175 * rgb[2];
  const z = (0.0193339 * rgb[0] + 0.119192 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
  const [fx, fy, fz] = [labF(x), labF(y), labF(z)];
  return { l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

const degrees = (radians: number): number => {
  const value = (radians * 180) / Math.PI;
  return value < 0 ? value + 360 : value;
};
const radians = (deg: number): number => (deg * Math.PI) / 180;

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), kL = kC = kH = 1. */
export function ciede2000(first: Lab, second: Lab): number {
  const c1 = Math.hypot(first.a, first.b);
  const c2 = Math.hypot(second.a, second.b);
  const meanC7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(meanC7 / (meanC7 + 25 ** 7)));
  const a1 = (1 + g) * first.a;
  const a2 = (1 + g) * second.a;
  const cp1 = Math.hypot(a1, first.b);
  const cp2 = Math.hypot(a2, second.b);
  const h1 = cp1 === 0 ? 0 : degrees(Math.atan2(first.b, a1));
  const h2 = cp2 === 0 ? 0 : degrees(Math.atan2(second.b, a2));
  const dL = second.l - first.l;
  const dC = cp2 - cp1;
  let dh = 0;
  if (cp1 * cp2 !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(radians(dh / 2));
  const meanL = (first.l + second.l) / 2;
  const meanCp = (cp1 + cp2) / 2;
  let meanH = h1 + h2;
  if (cp1 * cp2 !== 0) {
    if (Math.abs(h1 - h2) <= 180) meanH = (h1 + h2) / 2;
    else meanH = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos(radians(meanH - 30)) +
    0.24 * Math.cos(radians(2 * meanH)) +
    0.32 * Math.cos(radians(3 * meanH + 6)) -
    0.2 * Math.cos(radians(4 * meanH - 63));
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sc = 1 + 0.045 * meanCp;
  const sh = 1 + 0.015 * meanCp * t;
  const meanCp7 = meanCp ** 7;
  const rt = -2 * Math.sqrt(meanCp7 / (meanCp7 + 25 ** 7)) * Math.sin(radians(60 * Math.exp(-(((meanH - 275) / 25) ** 2))));
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** How different two `#rrggbb` colours look to someone with the given vision. */
export function perceivedDistance(first: string, second: string, vision: Vision): number {
  return ciede2000(toLab(simulate(linearRgb(first), vision)), toLab(simulate(linearRgb(second), vision)));
}

/** The difference in lightness (L*) of two colours printed in greyscale. */
export function greyscaleDistance(first: string, second: string): number {
  return Math.abs(toLab(linearRgb(first)).l - toLab(linearRgb(second)).l);
}

export interface ClosestPair {
  first: string;
  second: string;
  distance: number;
}

/** The two colours of a set that are closest for the given measure. */
export function closestPair(colours: readonly string[], measure: (first: string, second: string) => number): ClosestPair {
  let closest: ClosestPair = { first: '', second: '', distance: Number.POSITIVE_INFINITY };
  colours.forEach((first, index) => {
    for (const second of colours.slice(index + 1)) {
      const distance = measure(first, second);
      if (distance < closest.distance) closest = { first, second, distance };
    }
  });
  return closest;
}
