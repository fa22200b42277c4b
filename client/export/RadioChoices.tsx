/** A fieldset of radio choices, each with a label and a hint: the export menu's format and variant pickers. */
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/I18nProvider';

export interface RadioChoice<T extends string> {
  value: T;
  label: MessageKey;
  hint: MessageKey;
}

interface RadioChoicesProps<T extends string> {
  name: string;
  legend: MessageKey;
  choices: readonly RadioChoice<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled: boolean;
  /** `cards` lays the choices out as a grid of cards, `rows` as a list. */
  layout: 'cards' | 'rows';
}

export function RadioChoices<T extends string>({ name, legend, choices, value, onChange, disabled, layout }: RadioChoicesProps<T>) {
  const { t } = useI18n();
  const item = layout === 'cards' ? 'choice-card' : 'choice-row';
  return (
    <fieldset className="export-fieldset" disabled={disabled}>
      <legend className="field__label">{t(legend)}</legend>
      <div className={layout === 'cards' ? 'export-formats' : 'export-variants'}>
        {choices.map((choice) => (
          <label key={choice.value} className={item}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              data-testid={`${name}-${choice.value}`}
            />
            <span className={`${item}__text`}>
              <span className={`${item}__label`}>{t(choice.label)}</span>
              <span className={`${item}__hint`}>{t(choice.hint)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
