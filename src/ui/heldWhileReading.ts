/** The line a dialog shows when opening it paused the run (the glossary, "How to read this"). */
export const HELD_WHILE_READING =
  'The run is paused while you read; it goes on when you close this.';
