/**
 * A pack from a file or an address whose goals its author's tooling did not check (no proof mark
 * from `npm run check-exercises`, or a pack changed since): it loads, with a calm word on what that
 * means for the learner. The built-in pack is proven by the playground's own tests.
 */
import type { ExercisePack } from '../../exercises/index.ts';
import type { PackRef } from '../../store/types.ts';

const WHAT_IT_MEANS =
  'An exercise in it might not be solvable with the settings it lets you change, or might pass without any change. If one seems impossible, it may be the pack, not you: ask whoever gave it to you.';

export function unprovenText(pack: Pick<ExercisePack, 'proof'>, ref: PackRef): string | null {
  if (ref.kind === 'built-in' || pack.proof === 'proven') return null;
  return pack.proof === 'changed'
    ? `This pack was changed after its author’s tooling checked its goals, so that check no longer covers it. ${WHAT_IT_MEANS}`
    : `This pack’s goals were not checked by its author’s tooling (npm run check-exercises marks a pack once every exercise is proven). ${WHAT_IT_MEANS}`;
}

export function UnprovenPackNote({
  pack,
  refTo,
}: {
  pack: Pick<ExercisePack, 'proof'>;
  refTo: PackRef;
}) {
  const text = unprovenText(pack, refTo);
  if (text === null) return null;
  return (
    <p className="notice unproven-pack" data-testid="unproven-pack">
      {text}
    </p>
  );
}
