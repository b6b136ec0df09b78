/**
 * "Start here" in the page header: the way into the guided tour (see tour/openTour.ts), which for
 * now opens "How to read the page".
 */
import { useCallback } from 'react';
import { Popover } from './Popover.tsx';
import { ReadingGuide } from './ReadingGuide.tsx';
import { openTour, setReadingGuideOpen, useReadingGuideOpen } from './tour/openTour.ts';

export function StartHere() {
  const open = useReadingGuideOpen();
  const onOpenChange = useCallback((next: boolean) => {
    if (next) openTour();
    else setReadingGuideOpen(false);
  }, []);
  return (
    <div className="start-here" data-testid="start-here">
      <Popover
        label="Start here"
        title="How to read the page"
        open={open}
        onOpenChange={onOpenChange}
        className="button primary"
        panelClassName="guide-panel"
      >
        <ReadingGuide />
      </Popover>
    </div>
  );
}
