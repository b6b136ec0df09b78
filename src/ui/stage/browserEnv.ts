/** The real browser behind `StageEnv`. */
import type { StageEnv } from './mountStage.ts';

export function browserStageEnv(): StageEnv {
  return {
    devicePixelRatio: () => window.devicePixelRatio || 1,
    observeWidth(element, callback) {
      callback(element.clientWidth);
      const observer = new ResizeObserver((entries) => {
        const entry = entries[entries.length - 1];
        if (entry !== undefined) callback(entry.contentRect.width);
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    watchMedia(query, callback) {
      const list = window.matchMedia(query);
      const listener = () => callback(list.matches);
      callback(list.matches);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    watchDisplay(callback) {
      // The page puts its theme, contrast and text size on <html> as data attributes.
      const observer = new MutationObserver(() => callback());
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['data-theme', 'data-contrast', 'data-text', 'class', 'style'],
      });
      return () => observer.disconnect();
    },
    cssVar: (element, name) => getComputedStyle(element).getPropertyValue(name),
    display() {
      const data = document.documentElement.dataset;
      return {
        theme: data.theme,
        highContrast: data.contrast === 'high',
        largeText: data.text === 'large',
      };
    },
    observeOnScreen(element, callback) {
      // A margin of half a screen: a stage scrolled back into view is already drawn every frame.
      const observer = new IntersectionObserver(
        (entries) => {
          const entry = entries[entries.length - 1];
          if (entry !== undefined) callback(entry.isIntersecting);
        },
        { rootMargin: '50% 0px' },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    clock: () => performance.now(),
  };
}
