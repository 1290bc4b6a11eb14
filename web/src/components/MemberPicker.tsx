/** Choose some members (requesters, supporters, sponsors): a fieldset of checkboxes. */
import { useI18n } from '../i18n/index.js';
import type { Member } from '../session/view.js';

interface Props {
  legend: string;
  members: Member[];
  chosen: string[];
  onChange(chosen: string[]): void;
  idPrefix: string;
}

export function MemberPicker({ legend, members, chosen, onChange, idPrefix }: Props) {
  const { stateName } = useI18n();
  const toggle = (code: string) => onChange(chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code]);
  return (
    <fieldset className="picker">
      <legend>{legend}</legend>
      {members.map((m) => (
        <label key={m.code} htmlFor={`${idPrefix}-${m.code}`} className="check">
          <input id={`${idPrefix}-${m.code}`} type="checkbox" checked={chosen.includes(m.code)} onChange={() => toggle(m.code)} />
          {stateName(m.code, m.name)}
        </label>
      ))}
    </fieldset>
  );
}
