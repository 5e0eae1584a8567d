const DRILL_STEPS = ['Claim command', 'Declare severity', 'Page responders', 'Mitigate', 'Debrief'];

export function App() {
  return (
    <main className="landing">
      <section className="landing__card" aria-labelledby="landing-title">
        <p className="landing__eyebrow">
          <span className="pager-dot" aria-hidden="true" />
          Training build
        </p>
        <h1 id="landing-title" className="landing__title">
          Firedrill — <span className="nowrap">incident-response drills</span>
        </h1>
        <p className="landing__lede">
          Alerts fire, teammates talk in the incident channel, and you run the response. Practise
          the calls that matter before the real pager goes off.
        </p>
        <ol className="landing__steps" aria-label="What a drill covers">
          {DRILL_STEPS.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="landing__status" role="status">
          The war room is coming soon.
        </p>
      </section>
    </main>
  );
}
