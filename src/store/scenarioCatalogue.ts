/**
 * Where the store gets presets' scenarios and checks new ones. On the page, the first download
 * carries only the strategies' complete scenarios (strategyScenarios.json, written by
 * `npm run schema`): the default scenario is one of them and the strategy switcher offers the rest.
 * The checker (valibot, the schema, parseScenario) and the other presets (real systems, failures)
 * follow at once without holding up the first paint (warm). A link that names any preset
 * (?preset=kafka) does not wait here: the link reader brings the checker and every preset before
 * the store is made, so the linked scenario is the first one drawn.
 */
import type { ParseResult } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import strategyScenarios from '../sim/strategyScenarios.json';

export interface ScenarioCatalogue {
  /** A preset's complete scenario if it is at hand now; undefined while it has still to load. */
  presetNow(id: string): Scenario | undefined;
  /** A preset's complete scenario, loading it first if need be; fails for an unknown preset. */
  presetLater(id: string): Promise<Scenario>;
  /** Checks a scenario and fills in its defaults (parseScenario). */
  check(input: unknown): ParseResult<Scenario>;
}

/** The file's scenarios were made by parseScenario (a test keeps the file current). */
const STRATEGIES = strategyScenarios as unknown as Readonly<Record<string, Scenario>>;

/** What arrives after the first paint: the checker and every preset. */
export interface Checker {
  presetScenario(id: string): Scenario;
  parseScenario(input: unknown): ParseResult<Scenario>;
}

export interface LazyCatalogue extends ScenarioCatalogue {
  /** Starts bringing the checker and the other presets (the page calls it once its store is made). */
  warm(): void;
  /** Settles once the checker is in: a part that changes the scenario loads together with it. */
  ready(): Promise<void>;
}

const STILL_LOADING =
  'could not be checked yet: the page is still loading. Try it again in a moment';

async function bringChecker(): Promise<Checker> {
  const [presets, parse] = await Promise.all([
    import('../sim/presets.ts'),
    import('../sim/parseScenario.ts'),
  ]);
  return { presetScenario: presets.presetScenario, parseScenario: parse.parseScenario };
}

/** The strategies at once, the rest when `load` has brought it. */
export function lazyCatalogue(load: () => Promise<Checker> = bringChecker): LazyCatalogue {
  let checker: Checker | undefined;
  let loading: Promise<Checker> | undefined;

  const loadChecker = (): Promise<Checker> => {
    loading ??= load().then(
      (loaded) => (checker = loaded),
      (error: unknown) => {
        // A failed download (the network dropped) is tried again at the next request.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const warm = () => {
    loadChecker().catch(() => {
      // Nothing to say yet: the change or the preset that needs it asks again and says why.
    });
  };

  return {
    presetNow(id) {
      if (Object.hasOwn(STRATEGIES, id)) return structuredClone(STRATEGIES[id]);
      return checker?.presetScenario(id);
    },
    presetLater: (id) => loadChecker().then((loaded) => loaded.presetScenario(id)),
    check(input) {
      if (checker) return checker.parseScenario(input);
      warm();
      return { ok: false, problems: [{ path: '', message: STILL_LOADING }] };
    },
    warm,
    ready: () => loadChecker().then(() => undefined),
  };
}

/** The page's one catalogue. */
export const pageCatalogue = lazyCatalogue();
