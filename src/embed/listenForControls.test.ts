import { describe, expect, it } from 'vitest';
import { CONTROL_MESSAGE_TYPE } from './embedContract.ts';
import { acceptControl } from './listenForControls.ts';

describe('acceptControl', () => {
  const self = { name: 'the figure' };
  const parent = { name: 'the article' };
  const data = { type: CONTROL_MESSAGE_TYPE, id: 'fig-2', set: 'strategy=block', action: null };

  it('takes a well-formed message for this figure from the window that framed it', () => {
    expect(acceptControl({ data, source: parent }, self, parent, 'fig-2')).toEqual(data);
  });

  it('ignores every other window: the figure itself, a sibling, a missing source', () => {
    expect(acceptControl({ data, source: self }, self, parent, 'fig-2')).toBeNull();
    expect(
      acceptControl({ data, source: { name: 'another frame' } }, self, parent, 'fig-2'),
    ).toBeNull();
    expect(acceptControl({ data, source: null }, self, parent, 'fig-2')).toBeNull();
  });

  it('ignores everything when the figure is opened on its own (it is its own parent)', () => {
    expect(acceptControl({ data, source: self }, self, self, 'fig-2')).toBeNull();
  });

  it('ignores messages for another figure, and messages of the wrong shape', () => {
    expect(acceptControl({ data, source: parent }, self, parent, 'fig-3')).toBeNull();
    expect(acceptControl({ data, source: parent }, self, parent, null)).toBeNull();
    expect(
      acceptControl({ data: { ...data, set: 42 }, source: parent }, self, parent, 'fig-2'),
    ).toBeNull();
  });

  it('matches a figure without an id to messages without one', () => {
    const noId = { ...data, id: null };
    expect(acceptControl({ data: noId, source: parent }, self, parent, null)).toEqual(noId);
  });
});
