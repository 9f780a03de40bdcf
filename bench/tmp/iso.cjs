"use strict";
const DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
function isoOfMs(ms) {
  const days = Math.floor(ms / 864e5);
  let rem = ms - days * 864e5;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const h = Math.floor(rem / 36e5);
  rem -= h * 36e5;
  const mi = Math.floor(rem / 6e4);
  rem -= mi * 6e4;
  const s = Math.floor(rem / 1e3);
  const milli = rem - s * 1e3;
  return `${DIGITS[Math.floor(year / 100)]}${DIGITS[year % 100]}-${DIGITS[month]}-${DIGITS[day]}T${DIGITS[h]}:${DIGITS[mi]}:${DIGITS[s]}.${milli < 100 ? (milli < 10 ? "00" : "0") : ""}${milli}Z`;
}
const N = 1e6;
const base = Date.UTC(2026, 10, 27);
let bad = 0;
for (let i = 0; i < 2e5; i++) {
  const ms = -621672192e5 + Math.floor(Math.random() * (253402300799999 + 621672192e5));
  if (isoOfMs(ms) !== new Date(ms).toISOString()) {
    bad++;
    if (bad < 3) console.log(ms, isoOfMs(ms), new Date(ms).toISOString());
  }
}
console.log("mismatches", bad);
for (const f of [(ms) => new Date(ms).toISOString(), isoOfMs]) {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < N; i++) x += f(base + i * 7919).length;
  console.log((((performance.now() - t) * 1e6) / N).toFixed(0), "ns", x);
}
