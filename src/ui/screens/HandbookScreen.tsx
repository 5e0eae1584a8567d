// The handbook: the doctrine in five short sections with a table of contents. Every rule has an
// anchor (#/handbook/<rule id>) that the debrief's findings link to; numbers come from the pack.
import { useEffect, useMemo, useRef } from 'react';
import { DEFAULT_DOCTRINE, type DoctrinePack } from '../../doctrine/pack';
import { RULES, isRuleId, ruleAnchor } from '../../scoring/ruleCatalog';
import { buildHandbook, severityTable } from '../handbook';

/** The element a handbook route points at: a rule, a section, or nothing (the top). */
function targetId(target: string | undefined): string | null {
  if (!target) return null;
  if (isRuleId(target)) return ruleAnchor(target);
  return `section-${target}`;
}

export function HandbookScreen({ target, pack = DEFAULT_DOCTRINE }: { target?: string; pack?: DoctrinePack }) {
  const chapters = useMemo(() => buildHandbook(pack), [pack]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wanted = targetId(target);
  const unknown = target !== undefined && !chapters.some((c) => c.anchor === wanted || c.rules.some((r) => r.anchor === wanted));
  useEffect(() => {
    const element = wanted ? document.getElementById(wanted) : null;
    const focusable = element ?? headingRef.current;
    focusable?.focus();
    if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'start' });
  }, [wanted]);
  const table = severityTable(pack);
  return (
    <main className="screen handbook" id="main">
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">All drills</a>
        <span aria-hidden="true"> / </span>
        <a href="#/progress">Your progress</a>
      </nav>
      <header className="handbook__header">
        <p className="eyebrow">Handbook · {pack.name}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          How we run incidents
        </h1>
        <p className="lede">The doctrine every drill scores, in five short sections. Each rule has its own link; the debrief’s findings point here.</p>
        {unknown && (
          <p className="notice" role="status">
            There is no rule called “{target}” in this handbook; here is the whole of it.
          </p>
        )}
      </header>
      <div className="handbook__layout">
        <nav className="handbook__toc" aria-labelledby="toc-title">
          <h2 id="toc-title">Contents</h2>
          <ol>
            {chapters.map((chapter) => (
              <li key={chapter.id}>
                <a href={`#/handbook/${chapter.id}`} aria-current={wanted === chapter.anchor ? 'location' : undefined}>
                  {chapter.title}
                </a>
                <ol>
                  {chapter.rules.map((rule) => (
                    <li key={rule.id}>
                      <a href={`#/handbook/${rule.id}`} aria-current={wanted === rule.anchor ? 'location' : undefined}>
                        {rule.title}
                      </a>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </nav>
        <div className="handbook__body">
          {chapters.map((chapter, index) => (
            <section key={chapter.id} id={chapter.anchor} tabIndex={-1} className="handbook__section" aria-labelledby={`${chapter.anchor}-title`}>
              <h2 id={`${chapter.anchor}-title`}>
                <span className="handbook__number" aria-hidden="true">
                  {index + 1}
                </span>
                {chapter.title}
              </h2>
              {chapter.intro.map((p) => (
                <p key={p}>{p}</p>
              ))}
              {chapter.id === 'severity' && (
                <table className="handbook__table">
                  <caption>Severity levels in the {pack.name.toLowerCase()}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Level</th>
                      <th scope="col">Business impact</th>
                      <th scope="col">Users affected</th>
                    </tr>
                  </thead>
                  <tbody>
                    {table.map((level) => (
                      <tr key={level.level}>
                        <th scope="row">
                          <span className={`sev-badge sev-badge--${level.level}`}>{level.name}</span> {level.label}
                          {level.level <= pack.severity.majorAtOrAbove && <span className="handbook__major"> · major</span>}
                        </th>
                        <td>{level.impact}</td>
                        <td>{level.from}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {chapter.rules.map((rule) => (
                <article key={rule.id} id={rule.anchor} tabIndex={-1} className={`handbook__rule${wanted === rule.anchor ? ' handbook__rule--target' : ''}`} aria-labelledby={`${rule.anchor}-title`}>
                  <h3 id={`${rule.anchor}-title`}>{rule.title}</h3>
                  <p className="handbook__id">
                    <code>{rule.id}</code>
                    {RULES[rule.id].dimension === null && <span className="handbook__untested"> · taught, not scored on its own</span>}
                  </p>
                  {rule.text.map((p) => (
                    <p key={p}>{p}</p>
                  ))}
                </article>
              ))}
              <p className="handbook__top">
                <a href="#/handbook">Back to the contents</a>
              </p>
            </section>
          ))}
        </div>
      </div>
    </main>
  );
}
