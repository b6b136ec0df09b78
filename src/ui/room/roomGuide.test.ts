import { describe, expect, it } from 'vitest';
// Read through Vite rather than node:fs: this folder is type-checked with the app, without Node types.
import guide from '../../../docs/workshop.md?raw';
import app from './RoomApp.tsx?raw';
import table from './RoomTable.tsx?raw';

describe('the facilitator guide’s room view', () => {
  it('names every control the way the room labels it', () => {
    const section = guide.slice(guide.indexOf('### The room view'), guide.indexOf('### Common'));
    const named = [...section.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1] as string);
    expect(named).toContain('Open in Compare');
    // Bold words that are the attendee's (the exercise panel) or the guide's own emphasis.
    const elsewhere = new Set([
      'Show my progress to the instructor',
      'copy the code',
      'show the QR code',
    ]);
    // As a control's whole text (`>Open in Compare<`), not merely somewhere in a sentence.
    const texts = [...`${app}\n${table}`.matchAll(/>\s*([^<>{}]+?)\s*</g)].map((m) => m[1]);
    for (const words of named.filter((w) => !elsewhere.has(w)))
      expect(texts, words).toContain(words);
  });
});
