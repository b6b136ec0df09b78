/**
 * Where the page runs its simulation: in a Web Worker when the browser can also draw the stage there
 * (OffscreenCanvas) and show its pictures on the page (ImageBitmapRenderingContext), otherwise on the
 * main thread. `?sim=main` in the address forces the main thread, to compare the two or to debug the
 * core with the page's own tools. The main-thread engine is loaded only when it is needed, so the
 * page's own bundle carries no engine.
 */
import type { Scenario } from '../sim/scenario.ts';
import { WorkerDriver } from '../worker/workerDriver.ts';
import type { SimDriver } from '../driver/simDriver.ts';

export type DriverFactory = (scenario: Scenario) => SimDriver;

function workersUsable(): boolean {
  return (
    typeof Worker === 'function' &&
    typeof OffscreenCanvas === 'function' &&
    'transferToImageBitmap' in OffscreenCanvas.prototype &&
    typeof ImageBitmapRenderingContext === 'function' &&
    // A page with an opaque origin (an embed in <iframe sandbox="allow-scripts">) may not start a
    // worker from a URL: the Worker constructor throws, so such a page runs on the main thread.
    globalThis.origin !== 'null'
  );
}

function wantsMainThread(): boolean {
  return (
    typeof location !== 'undefined' && new URLSearchParams(location.search).get('sim') === 'main'
  );
}

export async function simulationPlace(): Promise<DriverFactory> {
  if (workersUsable() && !wantsMainThread()) {
    return (scenario) =>
      new WorkerDriver(
        scenario,
        new Worker(new URL('../worker/simWorker.ts', import.meta.url), {
          type: 'module',
          name: 'simulation',
        }),
      );
  }
  const { LocalDriver } = await import('../driver/localDriver.ts');
  return (scenario) => new LocalDriver(scenario);
}
