/**
 * The pack a row of the room belongs to, so its exercises have titles and its answers can be
 * rebuilt: the built-in pack at once, a pack at an address downloaded once per visit, a pack from a
 * file only if this browser has loaded the same file (the room cannot fetch a file).
 */
import { useEffect, useState } from 'react';
import type { ExercisePack } from '../../exercises/index.ts';
import type { RoomPack } from '../../share/roomCode.ts';
import { recallFilePack } from '../exercises/filePackMemory.ts';
import { builtInPack, packFromUrl, type PackLoad } from '../exercises/packSource.ts';
import { browserStorage } from '../exercises/progressStorage.ts';

export type PackState =
  | { status: 'ready'; pack: ExercisePack }
  | { status: 'loading' }
  | { status: 'missing'; message: string };

const loads = new Map<string, Promise<PackLoad>>();

const keyOf = (pack: RoomPack) =>
  pack.kind === 'url' ? `url:${pack.url}` : pack.kind === 'file' ? `file:${pack.id}` : 'built-in';

function load(pack: RoomPack): Promise<PackLoad> {
  const key = keyOf(pack);
  let loading = loads.get(key);
  if (loading === undefined) {
    loading =
      pack.kind === 'url'
        ? packFromUrl(pack.url)
        : Promise.resolve(
            pack.kind === 'file' ? recallFilePack(browserStorage(), pack.id) : builtInPack(),
          );
    loads.set(key, loading);
  }
  return loading;
}

function stateOf(result: PackLoad, pack: RoomPack, packId: string): PackState {
  if (result.ok && result.pack.id === packId) return { status: 'ready', pack: result.pack };
  if (result.ok)
    return {
      status: 'missing',
      message: 'The pack found there is another one now, so the answers cannot be opened.',
    };
  // Tried again on the next visit: a download may work later.
  loads.delete(keyOf(pack));
  return {
    status: 'missing',
    message:
      pack.kind === 'file'
        ? 'This pack was loaded from a file, which this browser has not seen: open the playground here, load the same file (Exercises, Load a pack file), then come back to open the answers.'
        : `The pack ${result.from} could not be loaded (${result.problems[0]?.message ?? 'no reason given'}), so the answers cannot be opened.`,
  };
}

export function usePack(pack: RoomPack, packId: string): PackState {
  const [state, setState] = useState<PackState>(
    pack.kind === 'built-in' ? stateOf(builtInPack(), pack, packId) : { status: 'loading' },
  );
  const key = keyOf(pack);
  useEffect(() => {
    let live = true;
    void load(pack).then((result) => live && setState(stateOf(result, pack, packId)));
    return () => {
      live = false;
    };
    // The key names the pack; a new object for the same pack is the same pack.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, packId]);
  return state;
}
