// One of the options page's four groups: a titled section (Alerts, Badge and list, Holding replies, Your data).
import type { ComponentChildren } from 'preact';

export function OptionsGroup({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="group" data-group={id} aria-labelledby={`group-${id}`}>
      <h2 id={`group-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
