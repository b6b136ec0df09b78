import { describe, expect, it } from 'vitest';
import {
  formatMs,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatSeconds,
} from './formatValue.ts';

describe('formatNumber', () => {
  it('keeps three significant digits, groups thousands and never writes an exponent', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(0.000012345)).toBe('0.0000123');
    expect(formatNumber(1.5e-9)).toBe('0');
    expect(formatNumber(-1500)).toBe('−1,500');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(NaN)).toBe('n/a');
  });
});

describe('formatQuantity', () => {
  it('writes each unit as a person would', () => {
    expect(formatMs(2000)).toBe('2 s');
    expect(formatMs(3437.5)).toBe('3.44 s');
    expect(formatMs(250)).toBe('250 ms');
    expect(formatPercent(0.853)).toBe('85.3%');
    expect(formatPercent(0.004)).toBe('0.4%');
    expect(formatQuantity(1, 'messages')).toBe('1 message');
    expect(formatQuantity(1500, 'retries')).toBe('1,500 retries');
    expect(formatQuantity(45, 'per-sec')).toBe('45 messages/s');
    expect(formatQuantity(1, 'per-sec')).toBe('1 message/s');
    expect(formatQuantity(750_000, 'bytes')).toBe('750 KB');
    expect(formatQuantity(1_000_000, 'bytes')).toBe('1 MB');
    expect(formatQuantity(1, 'crashes')).toBe('1 out-of-memory crash');
    expect(formatQuantity(2.5, 'workers')).toBe('2.5 workers');
    expect(formatSeconds(12.25)).toBe('12.25 s');
  });
});
