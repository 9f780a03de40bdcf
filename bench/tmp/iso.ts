const DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
function isoOfMs(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  let rem = ms - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const h = Math.floor(rem / 3_600_000);
  rem -= h * 3_600_000;
  const mi = Math.floor(rem / 60_000);
  rem -= mi * 60_000;
  const s = Math.floor(rem / 1000);
  const milli = rem - s * 1000;
  return `${DIGITS[Math.floor(year / 100)]}${DIGITS[year % 100]}-${DIGITS[month]}-${DIGITS[day]}T${DIGITS[h]}:${DIGITS[mi]}:${DIGITS[s]}.${milli < 100 ? (milli < 10 ? "00" : "0") : ""}${milli}Z`;
}
const N = 1_000_000;
const base = Date.UTC(2026, 10, 27);
let bad = 0;
for (let i = 0; i < 200000; i++) {
  const ms = -62167219200000 + Math.floor(Math.random() * (253402300799999 + 62167219200000));
  if (isoOfMs(ms) !== new Date(ms).toISOString()) {
    bad++;
    if (bad < 3) console.log(ms, isoOfMs(ms), new Date(ms).toISOString());
  }
}
console.log("mismatches", bad);
for (const f of [(ms: number) => new Date(ms).toISOString(), isoOfMs]) {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < N; i++) x += f(base + i * 7919).length;
  console.log((((performance.now() - t) * 1e6) / N).toFixed(0), "ns", x);
}
