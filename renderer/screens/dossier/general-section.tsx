// Section 1 of the dossier (seed 002): general information, each field saved when it changes
// or loses the focus. Name, segment, region and seller come from the import: when the user's
// edit differs, the imported value stays visible with a way back to it. In print (and in the
// read-only dossiers) every field shows as plain text.
import type { ReactNode } from 'react';
import type { Dossier } from '../../../shared/api/customers-api';
import type { CustomerPatch, Editable, RelationshipType, TeamMember } from '../../../shared/kam/kam-types';
import { UPSELL_POTENTIALS } from '../../../shared/kam/record-input';
import { useMessages, useSettings } from '../../i18n/settings';
import { dossierMessages } from './dossier-messages';
import { generalMessages } from './general-messages';
import type { DossierEditor } from './use-dossier-editor';

const RELATIONSHIP_TYPES: RelationshipType[] = ['transactional', 'partnership', 'strategic'];

type Props = { dossier: Dossier; team: TeamMember[]; editor: DossierEditor | null };

/** A labelled value: the editor on screen, the text in print. */
function Field({ label, text, editor, extra, wide }: { label: string; text: ReactNode; editor?: ReactNode; extra?: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'info-field wide' : 'info-field'}>
      <div className="info-label">{label}</div>
      {editor ? (
        <>
          <div className="screen-only">{editor}</div>
          <div className="info-value print-only">{text}</div>
        </>
      ) : (
        <div className="info-value">{text}</div>
      )}
      {extra}
    </div>
  );
}

/** A text input saved on blur (and Enter), reset to the stored value when that changes. */
function TextInput({ value, onSave, label, testId, multiline }: { value: string; onSave(v: string): void; label: string; testId: string; multiline?: boolean }) {
  const common = {
    defaultValue: value,
    'aria-label': label,
    'data-testid': testId,
    onBlur: (e: { target: HTMLInputElement | HTMLTextAreaElement }) => {
      if (e.target.value !== value) onSave(e.target.value);
    },
  };
  // `key` re-mounts the input when the stored value changes (after a save or "use imported").
  return multiline ? (
    <textarea key={value} rows={3} {...common} />
  ) : (
    <input key={value} {...common} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} />
  );
}

export function GeneralSection({ dossier, team, editor }: Props) {
  const m = useMessages(dossierMessages);
  const g = useMessages(generalMessages);
  const { fmt } = useSettings();
  const r = dossier.record;
  const update = (patch: CustomerPatch) => void editor?.update(patch);

  const imported = (key: 'name' | 'segment' | 'region' | 'seller', label: string) => {
    const f: Editable<string | null> = r[key];
    return (
      <Field
        label={label}
        text={f.value ?? g.notSet}
        editor={editor && <TextInput value={f.value ?? ''} label={label} testId={`field-${key}`} onSave={(v) => update({ [key]: v.trim() === '' ? null : v })} />}
        extra={
          f.edited && f.value !== f.imported ? (
            <div className="imported-value" data-testid={`imported-${key}`}>
              {f.imported === null ? g.importedEmpty : g.imported(f.imported)}{' '}
              {editor && (
                <button type="button" className="link-button no-print" onClick={() => update({ [key]: null })} data-testid={`use-imported-${key}`}>
                  {g.useImported}
                </button>
              )}
            </div>
          ) : null
        }
      />
    );
  };

  const kams = team.filter((t) => t.role === 'kam' || t.id === r.kamId);
  // The KAM may have left the team since; the dossier still names them.
  if (dossier.kam && !kams.some((t) => t.id === dossier.kam!.id)) kams.push(dossier.kam);
  const relationshipLabel = (v: string | null) => (v === null ? g.notSet : (g.relationshipTypes[RELATIONSHIP_TYPES.find((t) => t === v) ?? 'transactional'] ?? v));
  // Check boxes are uncontrolled, keyed by the stored value: the tick shows at once while the
  // save runs, and the box re-mounts with what is stored once the dossier reloads.
  const check = (key: 'need' | 'pay' | 'authority', label: string) => (
    <label className="check" key={key}>
      {editor ? (
        <input type="checkbox" className="screen-only" key={String(r.threeP[key])} defaultChecked={r.threeP[key]} onChange={(e) => update({ [key]: e.target.checked })} data-testid={`threeP-${key}`} />
      ) : null}
      <span className={editor ? 'print-only check-mark' : 'check-mark'}>{r.threeP[key] ? '☑' : '☐'}</span> {label}
    </label>
  );
  const toggle = (key: 'imageMaker' | 'expert', label: string) => (
    <label className="check" key={key}>
      {editor ? <input type="checkbox" className="screen-only" key={String(r[key])} defaultChecked={r[key]} onChange={(e) => update({ [key]: e.target.checked })} data-testid={`toggle-${key}`} /> : null}
      <span className={editor ? 'print-only check-mark' : 'check-mark'}>{r[key] ? '☑' : '☐'}</span> {label}
    </label>
  );

  return (
    <section className="dossier-section panel" aria-labelledby="sec-general">
      <h2 id="sec-general">{m.sections.general}</h2>
      <div className="info-grid">
        {imported('name', g.name)}
        {imported('segment', g.segment)}
        {imported('region', g.region)}
        {imported('seller', g.seller)}
        <Field
          label={g.businessType}
          text={r.businessType ?? g.notSet}
          editor={editor && <TextInput value={r.businessType ?? ''} label={g.businessType} testId="field-businessType" onSave={(v) => update({ businessType: v.trim() || null })} />}
        />
        <Field
          label={g.kam}
          text={dossier.kam?.name ?? g.notSet}
          editor={
            editor && (
              <select value={r.kamId ?? ''} onChange={(e) => update({ kamId: e.target.value ? Number(e.target.value) : null })} aria-label={g.kam} data-testid="field-kam">
                <option value="">{g.noKam}</option>
                {kams.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            )
          }
        />
        <Field
          label={g.relationshipType}
          text={relationshipLabel(r.relationshipType)}
          editor={
            editor && (
              <select value={r.relationshipType ?? ''} onChange={(e) => update({ relationshipType: e.target.value || null })} aria-label={g.relationshipType} data-testid="field-relationshipType">
                <option value="">{g.notSet}</option>
                {RELATIONSHIP_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {g.relationshipTypes[t]}
                  </option>
                ))}
                {r.relationshipType !== null && !RELATIONSHIP_TYPES.some((t) => t === r.relationshipType) && <option value={r.relationshipType}>{r.relationshipType}</option>}
              </select>
            )
          }
        />
        <Field
          label={g.upsell}
          text={r.upsellPotential === null ? g.notSet : g.upsells[r.upsellPotential]}
          editor={
            editor && (
              <select
                value={r.upsellPotential ?? ''}
                onChange={(e) => update({ upsellPotential: UPSELL_POTENTIALS.find((u) => u === e.target.value) ?? null })}
                aria-label={g.upsell}
                data-testid="field-upsell"
              >
                <option value="">{g.notSet}</option>
                {UPSELL_POTENTIALS.map((u) => (
                  <option key={u} value={u}>
                    {g.upsells[u]}
                  </option>
                ))}
              </select>
            )
          }
        />
        <Field
          label={g.tags}
          text={r.tags.length ? r.tags.join(', ') : g.notSet}
          editor={
            editor && (
              <TextInput
                value={r.tags.join(', ')}
                label={`${g.tags} (${g.tagsHint})`}
                testId="field-tags"
                onSave={(v) => update({ tags: v.split(',').map((t) => t.trim()).filter(Boolean) })}
              />
            )
          }
        />
      </div>
      <div className="info-row">
        <fieldset className="three-p" data-testid="three-p">
          <legend>{g.threeP}</legend>
          {check('need', g.need)}
          {check('pay', g.pay)}
          {check('authority', g.authority)}
          <div className="muted small" data-testid="three-p-checked">
            {r.threeP.checkedOn === null ? g.notChecked : g.checkedOn(fmt.day(r.threeP.checkedOn))}
          </div>
        </fieldset>
        <fieldset className="hand-types">
          <legend>{g.handTypes}</legend>
          {toggle('imageMaker', g.imageMaker)}
          {toggle('expert', g.expert)}
        </fieldset>
        <div className="grow notes">
          <Field
            wide
            label={g.notes}
            text={<span className="pre-wrap">{r.notes ?? g.notSet}</span>}
            editor={editor && <TextInput multiline value={r.notes ?? ''} label={g.notes} testId="field-notes" onSave={(v) => update({ notes: v.trim() || null })} />}
          />
        </div>
      </div>
    </section>
  );
}
