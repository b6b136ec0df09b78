import { parseScenario } from '../../work/wt/m11a/src/sim/parseScenario.ts';
import { createSimulation } from '../../work/wt/m11a/src/sim/engine.ts';
import { goodputWindows } from '../../work/wt/m11a/src/sim/testing/goodputWindows.ts';
const base = JSON.parse(require('fs').readFileSync('/tmp/m11a/storm.json','utf8'));
const variants: Record<string, any> = JSON.parse(require('fs').readFileSync('/tmp/m11a/variants.json','utf8'));
function merge(a: any, b: any): any { if (b===null||typeof b!=='object'||Array.isArray(b)) return b; const o={...a}; for (const k of Object.keys(b)) o[k]=merge(a?.[k], b[k]); return o; }
for (const [name, v] of Object.entries(variants)) {
  const out: string[] = [];
  for (const seed of [1,2,3,4,5]) {
    const r = parseScenario(merge(base, {...v, seed}, ));
    if (!r.ok) { console.log(name, JSON.stringify(r)); break; }
    const sim = createSimulation(r.value, { eventCapacity: 0 });
    sim.run(r.value.durationSec*1000);
    const g = goodputWindows(sim);
    out.push((g.lastThird/g.before*100).toFixed(0));
  }
  console.log(name.padEnd(24), out.join(' '));
}
