/** The application shell. The playground itself arrives with the stage, controls and charts. */
export function App() {
  return (
    <main className="app">
      <h1>Backpressure Playground</h1>
      <p>
        When a producer makes work faster than its consumers can take it, something gives: memory,
        data, time, or the producer itself. This playground lets you watch which.
      </p>
    </main>
  );
}
