/**
 * One instant of a run as the stage shows it: the snapshot of what is where, the events written up
 * to it, and the numbers the cards show for it, all taken together. The stage draws a moment until
 * the page shows the next one's numbers, so its blocks, its words and the cards never tell of two
 * different instants (a reader saw "45 waiting" over the card's 42, and 20 full cells under "15 of
 * 20"). Its blocks still move every frame, towards the places the moment gives them.
 */
import type { Engine } from '../sim/engine.ts';
import type { SimSnapshot } from '../sim/snapshot.ts';
import type { StageNumbers } from './stageNumbers.ts';

export interface StageMoment {
  /** The run it is of: a moment of another engine is not drawn. */
  engine: Engine;
  snapshot: SimSnapshot;
  /** Events the engine had written by then. */
  eventsUntil: number;
  numbers: StageNumbers;
}
