import { describe, expect, it } from 'vitest';
import { knob, type NumberKnob } from './knobs.ts';
import { parseTypedValue, typedText } from './typedValue.ts';

const numberKnob = (path: string) => knob(path) as NumberKnob;
const rate = numberKnob('workload.pattern.ratePerSec');
const restart = numberKnob('queue.restartDelayMs');
const budget = numberKnob('queue.memoryBudgetBytes');
const factor = numberKnob('feedback.decreaseFactor');
const workers = numberKnob('consumers.count');

describe('parseTypedValue', () => {
  it('reads a bare number in the knob’s unit, with or without grouping', () => {
    expect(parseTypedValue('70', rate)).toEqual({ ok: true, value: 70 });
    expect(parseTypedValue(' 1,500 ', rate)).toEqual({ ok: true, value: 1500 });
    expect(parseTypedValue('70 messages/s', rate)).toEqual({ ok: true, value: 70 });
    expect(parseTypedValue('70 msg/s', rate)).toEqual({ ok: true, value: 70 });
    expect(parseTypedValue('0.9', factor)).toEqual({ ok: true, value: 0.9 });
    expect(parseTypedValue('0.9x', factor)).toEqual({ ok: true, value: 0.9 });
  });

  it('converts the units a person would use for times and sizes', () => {
    expect(parseTypedValue('4 s', restart)).toEqual({ ok: true, value: 4000 });
    expect(parseTypedValue('250ms', restart)).toEqual({ ok: true, value: 250 });
    expect(parseTypedValue('750 KB', budget)).toEqual({ ok: true, value: 750_000 });
    expect(parseTypedValue('2 MB', budget)).toEqual({ ok: true, value: 2_000_000 });
  });

  it('refuses what it cannot read, or what is out of range, with a sentence saying why', () => {
    const words = parseTypedValue('fast', rate);
    expect(words.ok).toBe(false);
    expect(!words.ok && words.message).toMatch(/^Type a number between 1 messages?\/s and 10,000/);
    const over = parseTypedValue('2 min', restart);
    expect(!over.ok && over.message).toMatch(/outside the range: between 0 ms and 30 s/);
    const unit = parseTypedValue('4 parsecs', restart);
    expect(!unit.ok && unit.message).toMatch(/in ms, or with s/);
    expect(parseTypedValue('2.5', workers).ok).toBe(false);
    expect(parseTypedValue('', rate).ok).toBe(false);
    expect(parseTypedValue('1e400', rate).ok).toBe(false);
  });
});

describe('typedText', () => {
  it('writes the bare number without float dust', () => {
    expect(typedText(0.9000000000000001)).toBe('0.9');
    expect(typedText(1500)).toBe('1500');
  });
});
