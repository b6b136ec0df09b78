/**
 * The game page's address: `game.html?seed=42` starts the same game for everyone; `speed=` runs the
 * game faster or slower than real time (0.25 to 20; tests use it to reach game over quickly, and a
 * workshop can offer a gentler game with `speed=0.5`). Bad values are reported and replaced, never
 * fatal, and a value repeated in a sentence is cut short: a link may hold a megabyte in one.
 */
import { quoted } from '../../text/echo.ts';

export const MAX_SEED = 0xffff_ffff;
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 20;

export interface GameOptions {
  /** Null when the address names no seed: the page picks one. */
  seed: number | null;
  speed: number;
  /** One sentence per value that could not be used. */
  problems: string[];
}

export function parseGameOptions(search: string): GameOptions {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  let seed: number | null = null;
  const seedText = params.get('seed');
  if (seedText !== null) {
    seed = parseSeed(seedText);
    if (seed === null)
      problems.push(
        `The link’s seed ${quoted(seedText)} is not a whole number from 0 to ${MAX_SEED}, so a new seed was picked.`,
      );
  }
  let speed = 1;
  const speedText = params.get('speed');
  if (speedText !== null) {
    const value = Number(speedText);
    if (speedText.trim() !== '' && value >= MIN_SPEED && value <= MAX_SPEED) speed = value;
    else
      problems.push(
        `The link’s speed ${quoted(speedText)} is not a number from ${MIN_SPEED} to ${MAX_SPEED}, so the game runs at normal speed.`,
      );
  }
  return { seed, speed, problems };
}

/** A seed typed by a person or found in a link, or null when it is not one. */
export function parseSeed(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_SEED ? value : null;
}

/** The address with `seed` set and every other option kept. */
export function withSeed(href: string, seed: number): string {
  const url = new URL(href);
  url.searchParams.set('seed', String(seed));
  return url.toString();
}

/** The link to share: this page with only the seed, so the other player gets normal speed. */
export function shareLink(href: string, seed: number): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  url.searchParams.set('seed', String(seed));
  return url.toString();
}
