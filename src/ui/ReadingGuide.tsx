/** "How to read the page": where to look, and how to read the stage, in five lines. */
export function ReadingGuide() {
  return (
    <ol className="reading-guide">
      <li>
        <strong>The story.</strong> A producer makes messages faster than its consumers can take
        them, so something has to give: memory, messages, time, or the producer itself.
      </li>
      <li>
        <strong>The stage</strong> reads left to right: the producer and its rate, the queue drawn
        as a well that fills like a Tetris board, the consumers at work, and what they finished.
        What is lost falls into the box at the bottom left, by reason.
      </li>
      <li>
        <strong>The strategy</strong> (beside the stage, or under it on a phone) decides what gives.
        Pick one and watch the well change within a second.
      </li>
      <li>
        <strong>The cards</strong> under the stage count the whole run so far (from your last change
        of a setting, once you make one), and the last second under that. Hover over a card or focus
        it for its formula.
      </li>
      <li>
        <strong>The queue-depth chart</strong> shows how the well filled over time. More charts, the
        settings, the presets and what each strategy costs follow further down the page.
      </li>
    </ol>
  );
}
