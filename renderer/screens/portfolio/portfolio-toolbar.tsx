// The portfolio's filters (class, KAM, seller, segment, tag), the grouping and the quick search.
import { useEffect, useState } from 'react';
import type { PortfolioChoices } from '../../../shared/api/customers-api';
import type { TeamMember } from '../../../shared/kam/kam-types';
import { useMessages } from '../../i18n/settings';
import { GROUP_BYS, hasFilter, type GroupBy, type PortfolioView } from './portfolio-filter';
import { portfolioMessages } from './portfolio-messages';

type Props = {
  /** The values the filters offer, from the whole portfolio. */
  choices: PortfolioChoices;
  team: TeamMember[];
  view: PortfolioView;
  onView(change: Partial<Record<keyof PortfolioView, string | undefined>>): void;
  onClear(): void;
  search: string;
  onSearch(text: string): void;
  shown: string;
  /** A new answer is on its way (the count is the previous one's). */
  busy: boolean;
};

export function PortfolioToolbar({ choices, team, view, onView, onClear, search, onSearch, shown, busy }: Props) {
  const m = useMessages(portfolioMessages);
  // The box shows the click at once; the address (and so `view`) follows a moment later, and a
  // box held to the address alone flicked back unticked until then.
  const [losing, setLosing] = useState(view.losing);
  useEffect(() => setLosing(view.losing), [view.losing]);
  // KAMs: the team, plus any KAM still named on a customer after leaving the team.
  const kams = new Map<string, string>(team.map((t) => [String(t.id), t.name]));
  for (const k of choices.kams) if (!kams.has(String(k.id))) kams.set(String(k.id), k.name);
  const select = (key: 'abc' | 'kam' | 'seller' | 'segment' | 'tag', label: string, anyLabel: string, options: [string, string][]) => (
    <label className="field">
      {label}
      <select value={view[key] ?? ''} onChange={(e) => onView({ [key]: e.target.value || undefined })} data-testid={`filter-${key}`}>
        <option value="">{anyLabel}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const pairs = (values: string[]): [string, string][] => values.map((v) => [v, v]);
  return (
    <div className="portfolio-toolbar">
      <label className="field search">
        {m.search}
        <input type="search" value={search} placeholder={m.searchHint} onChange={(e) => onSearch(e.target.value)} data-testid="portfolio-search" />
      </label>
      {select('abc', m.filterClass, m.anyClass, [['A', 'A'], ['B', 'B'], ['C', 'C'], ['none', m.noClass]])}
      {select('kam', m.filterKam, m.any, [...kams].sort((a, b) => a[1].localeCompare(b[1])))}
      {select('seller', m.filterSeller, m.any, pairs(choices.sellers))}
      {select('segment', m.filterSegment, m.any, pairs(choices.segments))}
      {select('tag', m.filterTag, m.anyTag, pairs(choices.tags))}
      <label className="field check">
        <input
          type="checkbox"
          checked={losing}
          onChange={(e) => {
            setLosing(e.target.checked);
            onView({ losing: e.target.checked ? '1' : undefined });
          }}
          data-testid="filter-losing"
        />
        {m.onlyLosing}
      </label>
      <label className="field">
        {m.groupBy}
        <select value={view.group} onChange={(e) => onView({ group: e.target.value === 'none' ? undefined : e.target.value })} data-testid="group-by">
          {GROUP_BYS.map((g: GroupBy) => (
            <option key={g} value={g}>
              {m.groups[g]}
            </option>
          ))}
        </select>
      </label>
      {hasFilter(view) && (
        <button type="button" onClick={onClear}>
          {m.clearFilters}
        </button>
      )}
      <span className="shown-count" role="status" aria-busy={busy}>
        {shown}
      </span>
    </div>
  );
}
