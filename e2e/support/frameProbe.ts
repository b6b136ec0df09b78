/**
 * Measures what a person feels in the page: the time between animation frames, long tasks, and how
 * busy the main thread is (Chromium's own task accounting, through the DevTools protocol).
 */
import type { CDPSession, Page } from '@playwright/test';

declare global {
  interface Window {
    __probe?: { frames: number[]; longTasks: number[]; recording: boolean };
  }
}

/** Installs the recorder before any page script runs. */
export async function installFrameProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe = { frames: [] as number[], longTasks: [] as number[], recording: false };
    window.__probe = probe;
    let last = 0;
    const tick = (now: number) => {
      if (probe.recording && last > 0) probe.frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      if (!probe.recording) return;
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

export interface WindowStats {
  frames: number;
  p50FrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  longTasks: number;
  longestTaskMs: number;
  /** Main-thread task time over wall time, 0..1. */
  busy: number;
  wallMs: number;
}

/** The q-quantile of an ascending list; NaN when it is empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

/** Records frames, long tasks and main-thread busy time for `durationMs` of wall time. */
/** Records frames, long tasks and main-thread time while `activity` runs (waiting, scrolling…). */
export async function measureWhile(
  page: Page,
  activity: () => Promise<void>,
): Promise<WindowStats> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(() => {
    const probe = window.__probe!;
    probe.frames.length = 0;
    probe.longTasks.length = 0;
    probe.recording = true;
  });
  const taskBefore = await taskSeconds(cdp);
  const wallBefore = Date.now();
  await activity();
  const taskAfter = await taskSeconds(cdp);
  const wallMs = Date.now() - wallBefore;
  const { frames, longTasks } = await page.evaluate(() => {
    const probe = window.__probe!;
    probe.recording = false;
    return { frames: [...probe.frames], longTasks: [...probe.longTasks] };
  });
  await cdp.detach();
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    frames: frames.length,
    p50FrameMs: quantile(sorted, 0.5),
    p95FrameMs: quantile(sorted, 0.95),
    maxFrameMs: sorted.at(-1) ?? NaN,
    longTasks: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks),
    busy: ((taskAfter - taskBefore) * 1000) / wallMs,
    wallMs,
  };
}

/** Records frames, long tasks and main-thread time for `durationMs` of the page running by itself. */
export function measureWindow(page: Page, durationMs: number): Promise<WindowStats> {
  return measureWhile(page, () => page.waitForTimeout(durationMs));
}
