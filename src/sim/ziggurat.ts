/**
 * Exponential variates by the ziggurat method (Marsaglia and Tsang, 2000), with 256 layers. About 99%
 * of draws cost one 32-bit random number, a table lookup and a multiply; only the rest need a
 * logarithm. The low 8 bits pick the layer and the high 24 bits the position in it, so the two are
 * independent. Exponential draws are the core's most frequent operation (one per arrival and one per
 * service), which is why it is worth this much code. Sampling itself is in Random.exponential.
 */

import { exp, log } from './portableMath/index.ts';

const LAYERS = 256;
export const ZIGGURAT_R = 7.69711747013105; // where the base layer's tail begins
const AREA = 3.949659822581572e-3; // area of each layer
const SCALE = 16777216; // 2^24: the position within a layer has 24 bits

/** ke[i]: positions below this (of 2^24) lie wholly under the curve; we[i]: width per position. */
export const ke = new Uint32Array(LAYERS);
export const we = new Float64Array(LAYERS);
/** fe[i]: the density at the top edge of layer i. */
export const fe = new Float64Array(LAYERS);

{
  let de = ZIGGURAT_R;
  let tde = de;
  const q = AREA / exp(-de);
  ke[0] = Math.floor((de / q) * SCALE);
  ke[1] = 0;
  we[0] = q / SCALE;
  we[LAYERS - 1] = de / SCALE;
  fe[0] = 1;
  fe[LAYERS - 1] = exp(-de);
  for (let i = LAYERS - 2; i >= 1; i--) {
    de = -log(AREA / de + exp(-de));
    ke[i + 1] = Math.floor((de / tde) * SCALE);
    tde = de;
    fe[i] = exp(-de);
    we[i] = de / SCALE;
  }
}
